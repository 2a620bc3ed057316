import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { freeDownloadName, releaseDownloadName } from './downloads';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'allydesk-names-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('a 300-character name is shortened to what the disk takes, keeps its type, can be written, and says it was shortened', () => {
  const long = 'Remittance-Advice-'.repeat(20).slice(0, 296) + '.835';
  expect(long).toHaveLength(300);
  const { path, shortenedFrom } = freeDownloadName(dir, long);
  expect(shortenedFrom).toBe(long);
  expect(Buffer.byteLength(basename(path))).toBeLessThanOrEqual(240);
  expect(basename(path).endsWith('.835')).toBe(true);
  expect(long.startsWith(basename(path).slice(0, -4))).toBe(true);
  writeFileSync(path, 'ISA*00');
  // Taken: the next one gets " (1)" and still fits.
  const again = freeDownloadName(dir, long);
  expect(basename(again.path)).toBe(`${basename(path).slice(0, -4)} (1).835`);
  writeFileSync(again.path, 'ISA*00');
});

it('never cuts a character in half, and keeps short names as they are', () => {
  const { path, shortenedFrom } = freeDownloadName(dir, `${'é'.repeat(200)}.pdf`);
  expect(shortenedFrom).not.toBeNull();
  expect(basename(path)).toBe(`${'é'.repeat(118)}.pdf`);
  expect(freeDownloadName(dir, 'era-2026-11.835')).toEqual({ path: join(dir, 'era-2026-11.835'), shortenedFrom: null });
  expect(freeDownloadName(dir, '..\\..\\evil:name.txt').path).toBe(join(dir, 'evil_name.txt'));
});

it('two downloads of the same name in flight together get two files (the name is taken at once), and a failed one gives its name back', () => {
  const first = freeDownloadName(dir, 'era-2026-11.835');
  const second = freeDownloadName(dir, 'era-2026-11.835');
  expect([basename(first.path), basename(second.path)]).toEqual(['era-2026-11.835', 'era-2026-11 (1).835']);
  releaseDownloadName(second.path);
  expect(readdirSync(dir)).toEqual(['era-2026-11.835']);
  // A Downloads "folder" that is a file cannot take a download: that is an error to report, not a silent loss.
  writeFileSync(join(dir, 'blocked'), '');
  expect(() => freeDownloadName(join(dir, 'blocked'), 'era.835')).toThrow();
});
