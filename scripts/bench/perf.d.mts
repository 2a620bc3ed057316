export interface PerfRow {
  file: string;
  name: string;
  value: number;
  unit: string;
  budget: number;
  pass: boolean;
  error?: string;
}
export declare const PERF_DIRS: string[];
export declare function findPerfFiles(root: string, dirs?: string[]): string[];
export declare function figureProblem(figure: unknown): string | null;
export declare function runPerfFiles(root: string, files: string[]): Promise<PerfRow[]>;
