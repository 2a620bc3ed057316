import type { BrowserContext } from '@playwright/test';

export declare function buildBlankPage(root: string, outDir: string): Promise<void>;
export declare function initialJs(pageDir: string): { files: string[]; gzipBytes: number };
export declare function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }>;
export declare function startAllyDeskHost(root: string): Promise<{ url: string; close(): Promise<void> }>;
export declare function measureLoad(
  context: BrowserContext,
  url: string,
  options?: { heap?: boolean; settleMs?: number; interactiveMark?: string },
): Promise<{ fcpMs: number; interactiveMs: number | undefined; heapBytes: number | undefined }>;
export declare function median(values: number[]): number;
