import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** A file name in `dir` for a download: the portal's suggested name, made safe, never overwriting ("x (1).835"). */
export function freeDownloadName(dir: string, suggested: string) {
  mkdirSync(dir, { recursive: true });
  const clean = basename(suggested.replace(/\\/g, '/')).replace(/[:*?"<>|]/g, '_') || 'download';
  const ext = extname(clean);
  const stem = clean.slice(0, clean.length - ext.length);
  let candidate = join(dir, clean);
  for (let n = 1; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return candidate;
}
