import type { ClipboardAdapter } from '../../adapters/types';
import type { Deadlines } from './deadlines';

const DEADLINE = 'vault:clipboard-clear';

/**
 * Main writes copied secrets to the clipboard and later clears them — but only if the clipboard
 * still holds exactly what it wrote, so something the user copied since is never wiped.
 */
export function createClipboardGuard(deps: { clipboard: ClipboardAdapter; deadlines: Deadlines; now: () => number; onCleared: () => void }) {
  let written: string | null = null;

  async function clearIfOurs() {
    deps.deadlines.clear(DEADLINE);
    const ours = written;
    written = null;
    if (ours === null) return false;
    if ((await deps.clipboard.readText()) !== ours) return false;
    await deps.clipboard.clear();
    deps.onCleared();
    return true;
  }

  return {
    /** Writes exactly `text` (no whitespace added). `clearAfterSeconds` 0 = leave it. */
    async copy(text: string, clearAfterSeconds: number): Promise<{ delivered: boolean; clearsAt: number | null }> {
      const { delivered } = await deps.clipboard.writeText(text);
      written = text;
      if (clearAfterSeconds <= 0) {
        deps.deadlines.clear(DEADLINE);
        return { delivered, clearsAt: null };
      }
      const clearsAt = deps.now() + clearAfterSeconds * 1000;
      deps.deadlines.set(DEADLINE, clearsAt, () => void clearIfOurs());
      return { delivered, clearsAt };
    },
    clearIfOurs,
  };
}
