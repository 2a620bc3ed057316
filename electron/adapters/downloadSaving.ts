import { basename } from 'node:path';
import type { Download } from 'playwright-core';
import { freeDownloadName, releaseDownloadName } from './downloads';

/** How a download ended, for its window's event (the adapter adds the key). */
type DownloadEnd = { type: 'download'; file: string; shortenedFrom: string | null } | { type: 'download-failed'; file: string };

/**
 * Browser mode: saves a portal download into `dir` under a free name (shortened when the disk would
 * refuse it) and says how it ended. It always ends in an event: saved, or failed with the name it
 * would have had, so the user is told rather than left waiting for a file that never comes.
 */
export async function saveDownload(download: Pick<Download, 'suggestedFilename' | 'saveAs' | 'cancel'>, dir: string): Promise<DownloadEnd> {
  const suggested = download.suggestedFilename();
  let taken: ReturnType<typeof freeDownloadName>;
  try {
    taken = freeDownloadName(dir, suggested);
  } catch {
    await download.cancel().catch(() => undefined);
    return { type: 'download-failed', file: suggested };
  }
  try {
    await download.saveAs(taken.path);
    return { type: 'download', file: basename(taken.path), shortenedFrom: taken.shortenedFrom };
  } catch {
    releaseDownloadName(taken.path);
    return { type: 'download-failed', file: basename(taken.path) };
  }
}

/** The parts of Electron's DownloadItem the desktop save uses. */
export interface ElectronDownloadItem {
  getFilename(): string;
  setSavePath(path: string): void;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}

/** The desktop's twin of saveDownload, for Electron's `will-download`: the same free name, the same two endings. */
export function saveElectronDownload(event: { preventDefault(): void }, item: ElectronDownloadItem, dir: string): Promise<DownloadEnd> {
  const suggested = item.getFilename();
  let taken: ReturnType<typeof freeDownloadName>;
  try {
    taken = freeDownloadName(dir, suggested);
  } catch {
    event.preventDefault();
    return Promise.resolve({ type: 'download-failed', file: suggested });
  }
  item.setSavePath(taken.path);
  return new Promise((resolve) =>
    item.once('done', (_event, state) => {
      if (state === 'completed') return resolve({ type: 'download', file: basename(taken.path), shortenedFrom: taken.shortenedFrom });
      releaseDownloadName(taken.path);
      resolve({ type: 'download-failed', file: basename(taken.path) });
    }),
  );
}
