import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialJs, median } from './pages.mjs';
import { findPerfFiles, runPerfFiles } from './perf.mjs';
import { compareStarts, measureStart, residentBytes } from './start.mjs';

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
    write(
      'shared/c/malformed.perf.ts',
      "export default async function measure() { return [{ name: 'x', value: 'fast', unit: 'ms', budget: 2, pass: true }]; }\n",
    );
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
    write(
      'page/index.html',
      '<script type="module" crossorigin src="./assets/entry.js"></script><link rel="modulepreload" crossorigin href="./assets/shared.js">',
    );
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

describe('start figures of npm run bench (browser host beside a bare Node server)', () => {
  it('reads a running process’s resident memory', () => {
    const ours = residentBytes(process.pid);
    const reported = process.memoryUsage().rss;
    expect(ours).toBeGreaterThan(reported * 0.8);
    expect(ours).toBeLessThan(reported * 1.2);
  });

  it('times a script to its first line and to the answer to a first request, reads its memory then, and stops it', async () => {
    const run = await measureStart(join(import.meta.dirname, '../../bench/bare-server.mjs'));
    expect(run.line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(run.ms).toBeGreaterThan(0);
    expect(run.answeredMs).toBeGreaterThan(run.ms);
    expect(run.rssBytes).toBeGreaterThan(10e6);
    await expect(fetch(run.line)).rejects.toThrow();
  });

  it('sends the first request as the page does: app:info, with the launch token from the address’s fragment in its header', async () => {
    write(
      'tokened.mjs',
      `import { createServer } from 'node:http';
const server = createServer((request, response) => {
  const ok = request.method === 'POST' && request.url === '/ipc/app:info' && request.headers['x-allydesk-token'] === 'abc-123';
  response.writeHead(ok ? 200 : 401).end(ok ? 'answered' : 'refused');
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/#token=abc-123'));
`,
    );
    expect((await measureStart(join(root, 'tokened.mjs'))).answer).toBe('answered');
    write('refusing.mjs', readFileSync(join(root, 'tokened.mjs'), 'utf8').replace("'abc-123';", "'another';"));
    await expect(measureStart(join(root, 'refusing.mjs'))).rejects.toThrow(/answered its first request with HTTP 401: refused/);
  });

  it('starts each script without NODE_EXTRA_CA_CERTS, which slows every Node start alike', async () => {
    write(
      'env.mjs',
      `import { createServer } from 'node:http';
const server = createServer((_, response) => response.end(String(process.env.NODE_EXTRA_CA_CERTS)));
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`,
    );
    const run = await measureStart(join(root, 'env.mjs'), { env: { NODE_EXTRA_CA_CERTS: join(root, 'no-such-bundle.pem') } });
    expect(run.answer).toBe('undefined');
  });

  it('says which script exited before printing, and which stayed silent', async () => {
    write('exits.mjs', 'process.exit(3);\n');
    write('silent.mjs', 'setTimeout(() => {}, 60_000);\n');
    await expect(measureStart(join(root, 'exits.mjs'))).rejects.toThrow(/exits\.mjs exited \(code 3\) before printing its address/);
    await expect(measureStart(join(root, 'silent.mjs'), { timeoutMs: 500 })).rejects.toThrow(/silent\.mjs printed nothing within 0\.5 s/);
  });

  it('alternates the two, after a discarded warm-up, giving every host start its own fresh data folder', async () => {
    const log = join(root, 'order.log');
    write(
      'host.mjs',
      `import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
const dir = process.env.ALLYDESK_DATA_DIR;
appendFileSync(${JSON.stringify(log)}, 'host ' + dir + ' ' + (existsSync(dir) && readdirSync(dir).length === 0) + '\\n');
const server = createServer((_, response) => response.end());
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`,
    );
    write(
      'bare.mjs',
      `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, 'bare\\n');\nimport(${JSON.stringify(join(import.meta.dirname, '../../bench/bare-server.mjs'))});\n`,
    );
    const result = await compareStarts({ host: join(root, 'host.mjs'), bare: join(root, 'bare.mjs'), runs: 2 });
    expect(result.host).toHaveLength(2);
    expect(result.bare).toHaveLength(2);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['host', 'bare', 'host', 'bare', 'host', 'bare']);
    const hostRuns = lines.filter((l) => l.startsWith('host ')).map((l) => l.split(' '));
    expect(hostRuns.every(([, , fresh]) => fresh === 'true')).toBe(true);
    expect(new Set(hostRuns.map(([, dir]) => dir)).size).toBe(3);
    expect(hostRuns.map(([, dir]) => existsSync(dir!))).toEqual([false, false, false]);
  });
});
