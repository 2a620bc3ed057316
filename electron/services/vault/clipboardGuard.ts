import type { ClipboardAdapter } from '../../adapters/types';
import type { Deadlines } from './deadlines';

const DEADLINE = 'vault:clipboard-clear';

/**
 * Main writes copied secrets to the clipboard and later clears them — but only if the clipboard
 * still holds exactly what it wrote, so something the user copied since is never wiped.
 */
export function createClipboardGuard(deps: { clipboard: ClipboardAdapter; deadlines: Deadlines; now: () => number; onCleared: () => void }) {
  let written: string | null = null;
  let clearsAt: number | null = null;

  async function clearIfOurs() {
    deps.deadlines.clear(DEADLINE);
    const ours = written;
    written = null;
    clearsAt = null;
    if (ours === null) return false;
    if ((await deps.clipboard.readText()) !== ours) return false;
    await deps.clipboard.clear();
    deps.onCleared();
    return true;
  }

  return {
    /**
     * Writes exactly `text` (no whitespace added), marked as a secret so clipboard history and cloud
     * sync skip it where the platform allows (`marked`). `clearAfterSeconds` 0 = leave it.
     */
    async copy(text: string, clearAfterSeconds: number): Promise<{ delivered: boolean; marked: boolean; clearsAt: number | null }> {
      const { delivered, marked } = await deps.clipboard.writeText(text, { secret: true });
      written = text;
      if (clearAfterSeconds <= 0) {
        deps.deadlines.clear(DEADLINE);
        clearsAt = null;
        return { delivered, marked, clearsAt };
      }
      clearsAt = deps.now() + clearAfterSeconds * 1000;
      deps.deadlines.set(DEADLINE, clearsAt, () => void clearIfOurs());
      return { delivered, marked, clearsAt };
    },
    /** Whether the clipboard still holds exactly the secret AllyDesk copied (End my shift says so first). */
    async holdsSecret(): Promise<boolean> {
      return written !== null && (await deps.clipboard.readText()) === written;
    },
    clearIfOurs,
  };
}
