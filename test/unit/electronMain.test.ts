import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataFolder, LOCK_NAME, OWNER_FILE } from '../../electron/services/dataFolderLock';

/**
 * The built main process (out/main/main.cjs, CommonJS as Electron 45 loads it) run under Node
 * with a stand-in 'electron' module that records what main asks of Electron. The real runtime
 * cannot be downloaded here; this still proves the bundle links, starts and opens the hardened
 * window on the built page, served on app:// — the part a wrong path or module format would break.
 */
const root = join(import.meta.dirname, '../..');
const mainJs = join(root, 'out/main/main.cjs');

/**
 * Every name Electron's main process exports, read from its type definitions (namespaces Main and
 * Common): the bundle's CommonJS interop copies the stand-in's own properties, so each must be there.
 */
function electronMainExports(): string[] {
  const types = readFileSync(join(root, 'node_modules/electron/electron.d.ts'), 'utf8');
  const names = ['Main', 'Common'].flatMap((namespace) => {
    const body = new RegExp(`\\n {2}namespace ${namespace} \\{\\n([\\s\\S]*?)\\n {2}\\}`).exec(types)?.[1] ?? '';
    return [...body.matchAll(/^ {4}(?:const|class) (\w+)/gm)].map((m) => m[1]!);
  });
  if (!names.includes('app') || !names.includes('shell')) throw new Error('electron.d.ts no longer has namespaces Main and Common as this test reads them');
  return names;
}

const PROBES = [
  'app://allydesk/index.html',
  'app://allydesk/',
  'app://allydesk/%2e%2e/main/main.cjs',
  'app://allydesk/..%2f..%2fpackage.json',
  'app://allydesk/.vite/manifest.json',
  'app://allydesk/no-such-file.js',
  'app://elsewhere/index.html',
];

// Records each call main makes on the APIs that matter; anything else answers with a harmless recorder.
const STUB = (names: string[]) => `
const { writeSync } = require('node:fs');
const report = (event, data = {}) => writeSync(1, JSON.stringify({ event, ...data }) + '\\n');
const anything = (name) => new Proxy(function () {}, {
  get: (_t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => '' : anything(name + '.' + String(p))),
  apply: () => anything(name + '()'),
  construct: () => anything('new ' + name),
});
const paths = {};
// What the app:// handler answers, asked as the window would; the page loads only once these are in.
const PROBES = ${JSON.stringify(PROBES)};
let probing = Promise.resolve();
const probe = (handler) => (probing = (async () => {
  for (const url of PROBES) {
    const response = await handler(new Request(url));
    const body = await response.text();
    report('protocol.response', { url, status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: body.slice(0, 200) });
  }
})());
const handlers = {};
const ipcHandlers = {};
let lastWindow = null;
// Once the page has loaded, it asks its first question over the bridge, as the real page does at once.
const askFirst = async () => {
  const answer = await ipcHandlers['allydesk:invoke']({ sender: lastWindow.webContents, senderFrame: { url: 'app://allydesk/index.html' } }, 'app:info', undefined);
  const language = await ipcHandlers['allydesk:invoke']({ sender: lastWindow.webContents, senderFrame: { url: 'app://allydesk/index.html' } }, 'language:get', { browserLanguages: ['en-US'] });
  report('invoke.answer', { answer, language });
};
// Electron's own loop keeps the app running until it quits; stand in for it.
setInterval(() => {}, 1 << 30);
// SIGUSR2 stands in for the user quitting: Electron emits 'will-quit' and quits unless it is prevented.
process.on('SIGUSR2', () => {
  let prevented = false;
  for (const handler of handlers['will-quit'] ?? []) handler({ preventDefault: () => { prevented = true; } });
  if (!prevented) report('quit');
});
const known = {
  protocol: {
    registerSchemesAsPrivileged: (schemes) => report('protocol.registerSchemesAsPrivileged', { schemes }),
    handle: (scheme, handler) => { report('protocol.handle', { scheme }); probe(handler); },
  },
  app: new Proxy({
    enableSandbox: () => report('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setPath: (name, value) => { paths[name] = value; report('setPath', { name, value }); },
    getPath: (name) => paths[name] ?? process.env.ALLYDESK_DATA_DIR,
    getVersion: () => '0.0.0-stub',
    getPreferredSystemLanguages: () => ['es-MX', 'en-US'],
    on: (name, handler) => { (handlers[name] ??= []).push(handler); }, once: () => {}, quit: () => report('quit'),
    exit: (code) => { report('exit', { code }); process.exit(code); },
  }, { get: (t, p) => (p in t ? t[p] : anything('app.' + String(p))) }),
  BrowserWindow: class {
    constructor(options) { report('BrowserWindow', { options }); this.webContents = anything('webContents'); lastWindow = this; }
    loadFile(path) { report('loadFile', { path }); return Promise.resolve(); }
    loadURL(url) { return probing.then(() => { report('loadURL', { url }); void askFirst(); }); }
    on() {} once() {} show() {} focus() {} isMinimized() { return false; }
  },
  dialog: new Proxy({ showErrorBox: (title, content) => report('showErrorBox', { title, content }) }, { get: (t, p) => (p in t ? t[p] : anything('dialog.' + String(p))) }),
  ipcMain: { handle: (channel, handler) => { report('ipcMain.handle', { channel }); ipcHandlers[channel] = handler; }, on: () => {}, removeHandler: () => {} },
  session: { defaultSession: new Proxy({
    setPermissionRequestHandler: () => report('setPermissionRequestHandler'),
    setPermissionCheckHandler: () => report('setPermissionCheckHandler'),
  }, { get: (t, p) => (p in t ? t[p] : anything('session.' + String(p))) }) },
  Menu: {
    buildFromTemplate: (template) => template,
    setApplicationMenu: (menu) => report('Menu.setApplicationMenu', { labels: menu.map((item) => item.label), items: JSON.stringify(menu) }),
  },
  safeStorage: new Proxy({ isEncryptionAvailable: () => false }, { get: (t, p) => (p in t ? t[p] : anything('safeStorage.' + String(p))) }),
};
const pick = (name) => known[name] ?? anything(name);
module.exports = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, pick(name)]));
`;

// Node 20 has no hook for CommonJS resolution (module.registerHooks arrived in 22.15), so the
// preload answers require('electron') with the stand-in at the resolver Node's require calls.
// It also reports each of the bundle's own chunks as it is required, so the test sees when code loads.
const REGISTER = (stub: string) => `const Module = require('node:module');
const { writeSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request.startsWith('.')) writeSync(1, JSON.stringify({ event: 'require', id: request }) + '\\n');
  return load.call(this, request, ...rest);
};
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? ${JSON.stringify(stub)} : resolveFilename.call(this, request, ...rest);
};
`;

interface Event {
  event: string;
  [key: string]: unknown;
}

let work: string;
let events: Event[];

/** Runs the built main.cjs under the stand-in on a data folder; `until` resolves at the first event of that name. */
function launchMain(dataDir: string) {
  const child = spawn(process.execPath, ['--require', join(work, 'register.cjs'), mainJs], {
    cwd: root,
    env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_TEST_HOOKS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const seen: Event[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => line.startsWith('{') && seen.push(JSON.parse(line) as Event));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const until = (name: string) =>
    new Promise<Event>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`main.cjs never reported ${name} within 20 s. stderr:\n${stderr}`)), 20_000);
      const check = () => {
        const found = seen.find((e) => e.event === name);
        if (!found) return;
        clearTimeout(timer);
        lines.off('line', check);
        resolve(found);
      };
      lines.on('line', check);
      check();
      void exited.then((code) =>
        setTimeout(
          () => reject(new Error(`main.cjs exited (${code}) before ${name}; it reported ${seen.map((e) => e.event).join(', ')}. stderr:\n${stderr}`)),
          50,
        ),
      );
    });
  return { child, events: seen, until, exited, stderr: () => stderr };
}

beforeAll(async () => {
  if (!existsSync(mainJs)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'allydesk-main-'));
  writeFileSync(join(work, 'electron-stub.cjs'), STUB(electronMainExports()));
  writeFileSync(join(work, 'register.cjs'), REGISTER(join(work, 'electron-stub.cjs')));
  const main = launchMain(join(work, 'data'));
  await main.until('invoke.answer').finally(() => main.child.kill());
  events = main.events;
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built main process (out/main/main.cjs)', () => {
  it('is CommonJS in every file, lazy chunks included: no import.meta, import/export or top-level await left', () => {
    const dir = join(root, 'out/main');
    const files = [...readdirSync(dir).filter((name) => name !== 'chunks'), ...readdirSync(join(dir, 'chunks')).map((name) => `chunks/${name}`)];
    expect(files).toEqual(expect.arrayContaining(['main.cjs', 'host.cjs']));
    for (const file of files) {
      expect(file, 'with "type": "module", only a .cjs file is CommonJS').toMatch(/\.cjs$/);
      // Compiled as Node's require compiles a file; a module-only construct is a SyntaxError here.
      expect(() => compileFunction(readFileSync(join(dir, file), 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname']), file).not.toThrow();
    }
  });

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

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    const order = events.map((e) => e.event);
    const registered = events.find((e) => e.event === 'protocol.registerSchemesAsPrivileged');
    expect(registered?.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    // Electron accepts the registration only before 'ready'; in the stub, whenReady's work starts with the permission handlers.
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('setPermissionRequestHandler'));
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('BrowserWindow'));
  });

  it('replaces Electron’s default menu with AllyDesk’s own, in the language in force (this system prefers Spanish)', () => {
    const menu = events.find((e) => e.event === 'Menu.setApplicationMenu');
    expect(menu?.labels).toEqual([process.platform === 'darwin' ? 'AllyDesk' : 'Archivo', 'Edición', 'Ver', 'Ir', 'Ventana', 'Ayuda']);
    expect(menu?.items).toContain('Iniciar sesión');
  });

  it('loads the page from app://allydesk/, never from file://', () => {
    expect(events.filter((e) => e.event === 'loadFile')).toEqual([]);
    expect(events.find((e) => e.event === 'loadURL')?.url).toBe('app://allydesk/index.html');
  });

  it('serves the built page on app:// with its CSP, and nothing outside the renderer folder', () => {
    const responses = Object.fromEntries(events.filter((e) => e.event === 'protocol.response').map((e) => [e.url as string, e]));
    const page = responses['app://allydesk/index.html']!;
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toBe(readFileSync(join(root, 'out/renderer/index.html'), 'utf8').slice(0, 200));
    expect(page.csp).toContain("default-src 'self'");
    expect(responses['app://allydesk/']).toMatchObject({ status: 200, body: page.body });
    for (const refused of [
      'app://allydesk/%2e%2e/main/main.cjs',
      'app://allydesk/..%2f..%2fpackage.json',
      'app://allydesk/.vite/manifest.json',
      'app://allydesk/no-such-file.js',
      'app://elsewhere/index.html',
    ]) {
      expect(responses[refused], refused).toMatchObject({ status: 404, body: 'Not found.' });
    }
  });

  it('opens the window before it loads its services’ code, and answers the page’s first request once they are composed', () => {
    const order = events.map((e) => (e.event === 'require' ? `require ${String(e.id).replace(/^.*\//, '')}` : e.event));
    const composeLoaded = order.findIndex((e) => /^require compose-[\w-]+\.cjs$/.test(e));
    expect(order.indexOf('BrowserWindow')).toBeGreaterThan(0);
    expect(composeLoaded).toBeGreaterThan(order.indexOf('BrowserWindow'));
    expect(events.find((e) => e.event === 'invoke.answer')?.answer).toMatchObject({ ok: true, data: { runtime: 'electron' } });
    // The language comes from app.getPreferredSystemLanguages(), not from the page's browser languages.
    expect(events.find((e) => e.event === 'invoke.answer')?.language).toMatchObject({ ok: true, data: { locale: 'es-US', from: 'system' } });
  });

  it('denies permissions and answers the bridge channel before the page loads', () => {
    const order = events.map((e) => e.event);
    expect(order).toContain('setPermissionRequestHandler');
    expect(order).toContain('setPermissionCheckHandler');
    // The main page's door, and the portal toolbar's own door (its sender is checked per call).
    expect(events.filter((e) => e.event === 'ipcMain.handle').map((e) => e.channel)).toEqual(['allydesk:invoke', 'allydesk-toolbar:invoke']);
    expect(order.indexOf('ipcMain.handle')).toBeLessThan(order.indexOf('loadURL'));
  });
});

describe('one instance per data folder (main.cjs)', () => {
  it('holds the data folder while it runs, and frees it when the app quits', async () => {
    const dataDir = join(work, 'quits');
    const main = launchMain(dataDir);
    try {
      await main.until('loadURL');
      const owner = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as { pid: number; hostname: string };
      expect(owner).toMatchObject({ pid: main.child.pid, hostname: hostname() });
      main.child.kill('SIGUSR2');
      await main.until('quit');
      expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
      expect(existsSync(join(dataDir, OWNER_FILE))).toBe(false);
    } finally {
      main.child.kill();
    }
  }, 30_000);

  it('on a folder another AllyDesk (a browser host) holds, says where it runs and exits without a window', async () => {
    const dataDir = join(work, 'taken');
    mkdirSync(dataDir);
    const held = await lockDataFolder(dataDir, { hostname: hostname() });
    try {
      const main = launchMain(dataDir);
      const message = `AllyDesk is already running on the data folder ${dataDir} (process ${process.pid} on host ${hostname()}).`;
      expect(await main.until('showErrorBox')).toMatchObject({ title: 'AllyDesk is already running', content: message });
      expect(await main.exited).toBe(1);
      expect(main.stderr()).toContain(`${message}\n`);
      expect(main.events.map((e) => e.event)).not.toContain('BrowserWindow');
    } finally {
      await held.release();
    }
  }, 30_000);
});
