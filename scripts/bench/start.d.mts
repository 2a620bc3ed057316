export interface StartRun {
  ms: number;
  rssBytes: number;
  line: string;
}
export declare const START_NEUTRAL_ENV: string[];
export declare function residentBytes(pid: number): number;
export declare function measureStart(script: string, options?: { env?: Record<string, string>; timeoutMs?: number }): Promise<StartRun>;
export declare function compareStarts(options: {
  host: string;
  bare: string;
  runs: number;
  env?: Record<string, string>;
}): Promise<{ host: StartRun[]; bare: StartRun[] }>;
