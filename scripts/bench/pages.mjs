// Page-level figures for `npm run bench`: the blank baseline's build and server, the AllyDesk
// browser host, initial-JS size, first contentful paint and JS heap, measured in Chromium.
import react from '@vitejs/plugin-react';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Builds the blank React 19 + Vite page with the renderer's settings (minified, plugin-react). */
export async function buildBlankPage(root, outDir) {
  await build({
    configFile: false,
    root: join(root, 'bench/blank'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  });
}

/**
 * Bytes (gzip, level 9) of the JS a page's index.html loads directly: its module entry scripts and
 * the modulepreload links Vite adds for their static imports. Lazy chunks are not counted.
 */
export function initialJs(pageDir) {
  const html = readFileSync(join(pageDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g), ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  if (refs.length === 0) throw new Error(`${pageDir}/index.html loads no script: is the build broken?`);
  const files = [...new Set(refs)];
  const gzipBytes = files.reduce((sum, ref) => sum + gzipSync(readFileSync(join(pageDir, ref.replace(/^\.?\//, ''))), { level: 9 }).length, 0);
  return { files, gzipBytes };
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * The response headers the AllyDesk host sends with its page (electron/host/server.ts, `send`), so
 * the blank page is measured the same way. Without them the comparison was unfair: the
 * Cross-Origin-Opener-Policy makes Chromium commit the page in a new renderer process, which cost
 * AllyDesk's FCP (not the blank page's) ~70 ms here, whatever the renderer's code does.
 */
const HOST_PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** Serves a built page on loopback the way the AllyDesk host serves its renderer (same headers, no cache, no compression). */
export function serveStatic(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    try {
      if (!file.startsWith(normalize(dir) + sep) || !(await stat(file)).isFile()) throw new Error('not found');
      const pageHeaders = extname(file) === '.html' ? HOST_PAGE_HEADERS : { 'x-content-type-options': 'nosniff' };
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...pageHeaders });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))) });
    }),
  );
}

/** The real browser host (out/main/host.cjs) on a free port with a throwaway data folder. */
export async function startAllyDeskHost(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-bench-'));
  const child = spawn(process.execPath, [join(root, 'out/main/host.cjs')], {
    env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_PORT: '0', ALLYDESK_TEST_HOOKS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the browser host did not print its address within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`the browser host exited early (code ${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One cold load of `url` in a fresh page (cache disabled): its first contentful paint; with
 * `interactiveMark`, when the page set that performance mark (AllyDesk: hydration done); with
 * `heap`, the JS heap in use once the page has settled, after a full garbage collection.
 */
export async function measureLoad(context, url, { heap = false, settleMs = 1000, interactiveMark } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const fcpMs = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no first-contentful-paint within 10 s')), 10_000);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          clearTimeout(timer);
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  const interactiveMs = interactiveMark
    ? await page.evaluate(
        (name) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no "${name}" mark within 10 s`)), 10_000);
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName(name)[0];
              if (!entry) return;
              clearTimeout(timer);
              resolve(entry.startTime);
            }).observe({ type: 'mark', buffered: true });
          }),
        interactiveMark,
      )
    : undefined;
  let heapBytes;
  if (heap) {
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (heapBytes === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  }
  await page.close();
  return { fcpMs, interactiveMs, heapBytes };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
