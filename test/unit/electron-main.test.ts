import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The built main process (out/main/main.js, an ES module as Electron 45 loads it) run under Node
 * with a stand-in 'electron' module that records what main asks of Electron. The real runtime
 * cannot be downloaded here; this still proves the bundle links, starts and opens the hardened
 * window on the built page — the part a wrong path or module format would break.
 */
const root = join(import.meta.dirname, '../..');
const mainJs = join(root, 'out/main/main.js');

/** Every name the built main process imports from 'electron' (named imports, beside a default one or not, across its chunks). */
function importedElectronNames(): string[] {
  const dir = join(root, 'out/main');
  const files = [mainJs, ...readdirSync(join(dir, 'chunks')).map((f) => join(dir, 'chunks', f))];
  const names = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\s*(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*"electron"/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)),
  );
  return [...new Set(names.filter(Boolean))];
}

// Records each call main makes on the APIs that matter; anything else answers with a harmless recorder.
const STUB = (names: string[]) => `
import { writeSync } from 'node:fs';
const report = (event, data = {}) => writeSync(1, JSON.stringify({ event, ...data }) + '\\n');
const anything = (name) => new Proxy(function () {}, {
  get: (_t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => '' : anything(name + '.' + String(p))),
  apply: () => anything(name + '()'),
  construct: () => anything('new ' + name),
});
const paths = {};
const known = {
  app: new Proxy({
    enableSandbox: () => report('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setPath: (name, value) => { paths[name] = value; report('setPath', { name, value }); },
    getPath: (name) => paths[name] ?? process.env.ALLYDESK_DATA_DIR,
    getVersion: () => '0.0.0-stub',
    on: () => {}, once: () => {}, quit: () => report('quit'),
  }, { get: (t, p) => (p in t ? t[p] : anything('app.' + String(p))) }),
  BrowserWindow: class {
    constructor(options) { report('BrowserWindow', { options }); this.webContents = anything('webContents'); }
    loadFile(path) { report('loadFile', { path }); return Promise.resolve(); }
    loadURL(url) { report('loadURL', { url }); return Promise.resolve(); }
    on() {} once() {} show() {} focus() {} isMinimized() { return false; }
  },
  ipcMain: { handle: (channel) => report('ipcMain.handle', { channel }), on: () => {}, removeHandler: () => {} },
  session: { defaultSession: new Proxy({
    setPermissionRequestHandler: () => report('setPermissionRequestHandler'),
    setPermissionCheckHandler: () => report('setPermissionCheckHandler'),
  }, { get: (t, p) => (p in t ? t[p] : anything('session.' + String(p))) }) },
  safeStorage: new Proxy({ isEncryptionAvailable: () => false }, { get: (t, p) => (p in t ? t[p] : anything('safeStorage.' + String(p))) }),
};
const pick = (name) => known[name] ?? anything(name);
${names.map((n) => `export const ${n} = pick(${JSON.stringify(n)});`).join('\n')}
export default new Proxy(known, { get: (t, p) => pick(String(p)) });
`;

interface Event {
  event: string;
  [key: string]: unknown;
}

let work: string;
let events: Event[];

beforeAll(async () => {
  if (!existsSync(mainJs)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'allydesk-main-'));
  writeFileSync(join(work, 'electron-stub.mjs'), STUB(importedElectronNames()));
  const resolveHook = `export async function resolve(specifier, context, next) {
    return specifier === 'electron' ? { url: ${JSON.stringify(pathToFileURL(join(work, 'electron-stub.mjs')).href)}, shortCircuit: true } : next(specifier, context);
  }`;
  writeFileSync(join(work, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(resolveHook)}`)});\n`);
  const child = spawn(process.execPath, ['--import', pathToFileURL(join(work, 'register.mjs')).href, mainJs], {
    cwd: root,
    env: { ...process.env, ALLYDESK_DATA_DIR: join(work, 'data'), ALLYDESK_TEST_HOOKS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  events = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`main.js never loaded a page within 20 s. stderr:\n${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`main.js exited (${code}) before loading a page. stderr:\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const event = JSON.parse(line) as Event;
      events.push(event);
      if (event.event === 'loadFile' || event.event === 'loadURL') {
        clearTimeout(timer);
        resolve();
      }
    });
  }).finally(() => child.kill());
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built main process (out/main/main.js)', () => {
  it('enables the sandbox for every renderer before opening a window, and honours ALLYDESK_DATA_DIR', () => {
    const order = events.map((e) => e.event);
    expect(order.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('BrowserWindow'));
    expect(events).toContainEqual({ event: 'setPath', name: 'userData', value: join(work, 'data') });
  });

  it('opens one hardened window with the built sandboxed preload', () => {
    const windows = events.filter((e) => e.event === 'BrowserWindow');
    expect(windows).toHaveLength(1);
    const prefs = (windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(join(root, 'out/preload/preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
  });

  it('loads the built renderer page from disk into it', () => {
    const load = events.find((e) => e.event === 'loadFile');
    expect(load?.path).toBe(join(root, 'out/renderer/index.html'));
    expect(existsSync(load!.path as string)).toBe(true);
  });

  it('denies permissions and answers the bridge channel before the page loads', () => {
    const order = events.map((e) => e.event);
    expect(order).toContain('setPermissionRequestHandler');
    expect(order).toContain('setPermissionCheckHandler');
    expect(events.filter((e) => e.event === 'ipcMain.handle').map((e) => e.channel)).toEqual(['allydesk:invoke']);
    expect(order.indexOf('ipcMain.handle')).toBeLessThan(order.indexOf('loadFile'));
  });
});
