import { existsSync, mkdirSync } from 'node:fs';
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
 * the disk takes (keeping its type, ".835"), never overwriting ("x (1).835").
 */
export function freeDownloadName(dir: string, suggested: string): DownloadName {
  mkdirSync(dir, { recursive: true });
  const clean = basename(suggested.replace(/\\/g, '/')).replace(/[:*?"<>|]/g, '_') || 'download';
  let ext = extname(clean);
  if (bytes(ext) > MAX_EXT_BYTES) ext = '';
  const name = bytes(clean) > MAX_NAME_BYTES ? fit(clean.slice(0, clean.length - ext.length), ext) : clean;
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let n = 1; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return { path: candidate, shortenedFrom: name === clean ? null : clean };
}
