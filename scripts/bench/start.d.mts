export interface StartRun {
  /** Spawn to the first line on stdout (the address). */
  ms: number;
  /** Spawn to the answer to the first request, sent when that line arrived. */
  answeredMs: number;
  /** Resident memory once answered. */
  rssBytes: number;
  line: string;
  /** The body of that answer. */
  answer: string;
}
export declare function firstRequest(address: string): Promise<string>;
export declare const START_NEUTRAL_ENV: string[];
export declare function residentBytes(pid: number): number;
export declare function measureStart(script: string, options?: { env?: Record<string, string>; timeoutMs?: number }): Promise<StartRun>;
export declare function compareStarts(options: {
  host: string;
  bare: string;
  runs: number;
  env?: Record<string, string>;
}): Promise<{ host: StartRun[]; bare: StartRun[] }>;
