import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataFolder, LOCK_NAME, OWNER_FILE } from '../../electron/services/dataFolderLock';

/**
 * The built main process (out/main/main.js, an ES module as Electron 45 loads it) run under Node
 * with a stand-in 'electron' module that records what main asks of Electron. The real runtime
 * cannot be downloaded here; this still proves the bundle links, starts and opens the hardened
 * window on the built page, served on app:// — the part a wrong path or module format would break.
 */
const root = join(import.meta.dirname, '../..');
const mainJs = join(root, 'out/main/main.js');

/** Every name the built main process imports from 'electron' (named imports, beside a default one or not, across its chunks). */
function importedElectronNames(): string[] {
  const dir = join(root, 'out/main');
  const files = [mainJs, ...readdirSync(join(dir, 'chunks')).map((f) => join(dir, 'chunks', f))];
  const names = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\s*(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*"electron"/g)].flatMap((m) =>
      m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!),
    ),
  );
  return [...new Set(names.filter(Boolean))];
}

const PROBES = [
  'app://allydesk/index.html',
  'app://allydesk/',
  'app://allydesk/%2e%2e/main/main.js',
  'app://allydesk/..%2f..%2fpackage.json',
  'app://allydesk/.vite/manifest.json',
  'app://allydesk/no-such-file.js',
  'app://elsewhere/index.html',
];

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
    on: (name, handler) => { (handlers[name] ??= []).push(handler); }, once: () => {}, quit: () => report('quit'),
    exit: (code) => { report('exit', { code }); process.exit(code); },
  }, { get: (t, p) => (p in t ? t[p] : anything('app.' + String(p))) }),
  BrowserWindow: class {
    constructor(options) { report('BrowserWindow', { options }); this.webContents = anything('webContents'); }
    loadFile(path) { report('loadFile', { path }); return Promise.resolve(); }
    loadURL(url) { return probing.then(() => report('loadURL', { url })); }
    on() {} once() {} show() {} focus() {} isMinimized() { return false; }
  },
  dialog: new Proxy({ showErrorBox: (title, content) => report('showErrorBox', { title, content }) }, { get: (t, p) => (p in t ? t[p] : anything('dialog.' + String(p))) }),
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

/** Runs the built main.js under the stand-in on a data folder; `until` resolves at the first event of that name. */
function launchMain(dataDir: string) {
  const child = spawn(process.execPath, ['--import', pathToFileURL(join(work, 'register.mjs')).href, mainJs], {
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
      const timer = setTimeout(() => reject(new Error(`main.js never reported ${name} within 20 s. stderr:\n${stderr}`)), 20_000);
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
          () => reject(new Error(`main.js exited (${code}) before ${name}; it reported ${seen.map((e) => e.event).join(', ')}. stderr:\n${stderr}`)),
          50,
        ),
      );
    });
  return { child, events: seen, until, exited, stderr: () => stderr };
}

beforeAll(async () => {
  if (!existsSync(mainJs)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'allydesk-main-'));
  writeFileSync(join(work, 'electron-stub.mjs'), STUB(importedElectronNames()));
  const resolveHook = `export async function resolve(specifier, context, next) {
    return specifier === 'electron' ? { url: ${JSON.stringify(pathToFileURL(join(work, 'electron-stub.mjs')).href)}, shortCircuit: true } : next(specifier, context);
  }`;
  writeFileSync(
    join(work, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(resolveHook)}`)});\n`,
  );
  const main = launchMain(join(work, 'data'));
  await main.until('loadURL').finally(() => main.child.kill());
  events = main.events;
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

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    const order = events.map((e) => e.event);
    const registered = events.find((e) => e.event === 'protocol.registerSchemesAsPrivileged');
    expect(registered?.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    // Electron accepts the registration only before 'ready'; in the stub, whenReady's work starts with the permission handlers.
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('setPermissionRequestHandler'));
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('BrowserWindow'));
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
      'app://allydesk/%2e%2e/main/main.js',
      'app://allydesk/..%2f..%2fpackage.json',
      'app://allydesk/.vite/manifest.json',
      'app://allydesk/no-such-file.js',
      'app://elsewhere/index.html',
    ]) {
      expect(responses[refused], refused).toMatchObject({ status: 404, body: 'Not found.' });
    }
  });

  it('denies permissions and answers the bridge channel before the page loads', () => {
    const order = events.map((e) => e.event);
    expect(order).toContain('setPermissionRequestHandler');
    expect(order).toContain('setPermissionCheckHandler');
    expect(events.filter((e) => e.event === 'ipcMain.handle').map((e) => e.channel)).toEqual(['allydesk:invoke']);
    expect(order.indexOf('ipcMain.handle')).toBeLessThan(order.indexOf('loadURL'));
  });
});

describe('one instance per data folder (main.js)', () => {
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
