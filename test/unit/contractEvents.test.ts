import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events } from '../../shared/ipc';

// An event the contract declares but main never sends is dead weight a reader must still puzzle over.
const root = join(import.meta.dirname, '../..');

/** The app's own source under `dir`: no tests, and not the renderer's test doubles (they answer everything). */
function sourceText(dir: string): string {
  return readdirSync(join(root, dir))
    .map((name) => {
      const path = join(dir, name);
      if (path === join('renderer', 'testing')) return '';
      if (statSync(join(root, path)).isDirectory()) return sourceText(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? readFileSync(join(root, path), 'utf8') : '';
    })
    .join('\n');
}

describe('the contract declares only events that are used', () => {
  const main = sourceText('electron');
  const renderer = sourceText('renderer');

  it('every event is sent by the main process', () => {
    expect(Object.keys(events).filter((name) => !main.includes(`'${name}'`))).toEqual([]);
  });

  it('every event is listened to by the renderer', () => {
    expect(Object.keys(events).filter((name) => !renderer.includes(`'${name}'`))).toEqual([]);
  });
});
