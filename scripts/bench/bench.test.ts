import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialJs, median } from './pages.mjs';
import { findPerfFiles, runPerfFiles } from './perf.mjs';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'allydesk-bench-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the perf-file runner of npm run bench', () => {
  it('finds *.perf.ts files under electron/, shared/ and renderer/, not elsewhere or in node_modules', () => {
    write('electron/services/timers/timers.perf.ts', '');
    write('shared/search/search.perf.ts', '');
    write('shared/search/search.ts', '');
    write('renderer/node_modules/x/y.perf.ts', '');
    write('test/other.perf.ts', '');
    expect(findPerfFiles(root).map((f) => f.slice(root.length + 1))).toEqual(['electron/services/timers/timers.perf.ts', 'shared/search/search.perf.ts']);
  });

  it('runs a TypeScript perf file (with its TypeScript imports) and returns its figures', async () => {
    write('shared/demo/work.ts', 'export const square = (n: number): number => n * n;\n');
    write(
      'shared/demo/demo.perf.ts',
      `import { square } from './work';
interface Figure { name: string; value: number; unit: string; budget: number; pass: boolean }
export default async function measure(): Promise<Figure[]> {
  const value: number = square(3);
  return [{ name: 'demo square', value, unit: 'ms', budget: 10, pass: value < 10 }];
}
`,
    );
    const rows = await runPerfFiles(root, findPerfFiles(root));
    expect(rows).toEqual([{ file: 'shared/demo/demo.perf.ts', name: 'demo square', value: 9, unit: 'ms', budget: 10, pass: true }]);
  });

  it('turns a perf file that is broken, throws or returns malformed figures into a failing row saying why', async () => {
    write('shared/a/noexport.perf.ts', 'export const measure = 1;\n');
    write('shared/b/throws.perf.ts', "export default async function measure() { throw new Error('index not built'); }\n");
    write('shared/c/malformed.perf.ts', "export default async function measure() { return [{ name: 'x', value: 'fast', unit: 'ms', budget: 2, pass: true }]; }\n");
    const rows = await runPerfFiles(root, findPerfFiles(root));
    expect(rows.map((r) => [r.file, r.pass, r.error])).toEqual([
      ['shared/a/noexport.perf.ts', false, 'its default export is not a measure() function'],
      ['shared/b/throws.perf.ts', false, 'measure() failed: index not built'],
      ['shared/c/malformed.perf.ts', false, 'a figure "x": value is not a finite number'],
    ]);
  });
});

describe('page figures of npm run bench', () => {
  it('counts the scripts index.html loads directly (entry and modulepreload), not lazy chunks', () => {
    const entry = 'import "./shared.js";'.repeat(200);
    const shared = 'export const x = 1;'.repeat(300);
    write('page/assets/entry.js', entry);
    write('page/assets/shared.js', shared);
    write('page/assets/lazy.js', 'export const lazy = 2;'.repeat(5000));
    write('page/index.html', '<script type="module" crossorigin src="./assets/entry.js"></script><link rel="modulepreload" crossorigin href="./assets/shared.js">');
    const result = initialJs(join(root, 'page'));
    expect(result.files).toEqual(['./assets/entry.js', './assets/shared.js']);
    const gz = (file: string) => gzipSync(readFileSync(join(root, 'page/assets', file)), { level: 9 }).length;
    expect(result.gzipBytes).toBe(gz('entry.js') + gz('shared.js'));
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
