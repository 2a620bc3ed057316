import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/**
 * A file name's longest form on the disks AllyDesk runs on is 255 bytes (ext4, APFS, NTFS count
 * 255 units); this leaves room for a " (12)" added when the name is taken.
 */
const MAX_NAME_BYTES = 240;
/** An "extension" longer than this is part of the name (a portal's odd name, not a file type). */
const MAX_EXT_BYTES = 32;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cuts `stem` (whole characters, never half of one) until stem + ext fits. */
function fit(stem: string, ext: string) {
  const chars = Array.from(stem);
  while (chars.length > 1 && bytes(chars.join('') + ext) > MAX_NAME_BYTES) chars.pop();
  return chars.join('').trimEnd() + ext;
}

export interface DownloadName {
  /** Where to save it. */
  path: string;
  /** The portal's name when it was too long for the disk and had to be shortened, else null. */
  shortenedFrom: string | null;
}

/**
 * A file name in `dir` for a download: the portal's suggested name, made safe, shortened to what
 * the disk takes (keeping its type, ".835"), never overwriting ("x (1).835"). The name is taken at
 * once (an empty owner-only file), so two downloads of the same report that are in flight together
 * get two files instead of one overwriting the other. Throws when `dir` cannot be written.
 */
export function freeDownloadName(dir: string, suggested: string): DownloadName {
  mkdirSync(dir, { recursive: true });
  const clean = basename(suggested.replace(/\\/g, '/')).replace(/[:*?"<>|]/g, '_') || 'download';
  let ext = extname(clean);
  if (bytes(ext) > MAX_EXT_BYTES) ext = '';
  const name = bytes(clean) > MAX_NAME_BYTES ? fit(clean.slice(0, clean.length - ext.length), ext) : clean;
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 0; ; n++) {
    const candidate = join(dir, n === 0 ? name : `${stem} (${n})${ext}`);
    try {
      closeSync(openSync(candidate, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    return { path: candidate, shortenedFrom: name === clean ? null : clean };
  }
}

/** A download that could not be saved leaves no empty file behind under the name it had taken. */
export function releaseDownloadName(path: string) {
  rmSync(path, { force: true });
}
