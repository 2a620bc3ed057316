import type { Logger } from '../../../adapters/types';

/** How often an unlocked shared profile looks for changes saved at other PCs (file watching is unreliable on shares). */
export const POLL_MS = 5_000;

/** Polls the unlocked shared profile; returns the function that stops it. */
export function pollSharedProfiles(vault: { syncShared(): Promise<void> }, logger: Logger, every = POLL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    vault
      .syncShared()
      .catch((error: unknown) => logger.warn('Shared profile poll failed', { error: error instanceof Error ? error.name : 'unknown' }))
      .finally(() => (running = false));
  }, every);
  timer.unref?.();
  return () => clearInterval(timer);
}
