import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideNavigation } from '../services/portals/allowList';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { TOOLBAR_IPC } from '../../shared/ipc/toolbarChannels';
import { PORTAL_IPC } from './portalChannels';
import { standInViews } from './electronViewsStandIn';
import { createElectronPortalWindows, portalPartition, type ElectronPortalApi } from './portalWindowsElectron';
import type { PortalWindowEvent, PortalWindowSpec } from './types';

/**
 * The Electron adapter against stand-ins for BrowserWindow, session and ipcMain (the runtime cannot
 * be downloaded here): what it asks of Electron, and what it does with Electron's events.
 */
let nextId = 1;
class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { sent: [] as unknown[][], send: (...args: unknown[]) => this.mainFrame.sent.push(args) };
  readonly sent: unknown[][] = [];
  url = '';
  openHandler: ((details: { url: string }) => { action: string; overrideBrowserWindowOptions?: { webPreferences: Record<string, unknown> } }) | null = null;
  setWindowOpenHandler(handler: NonNullable<FakeContents['openHandler']>) {
    this.openHandler = handler;
  }
  getURL() {
    return this.url;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  readonly loaded: string[] = [];
  closed = false;
  /** Every load of every stand-in webContents, in the order they started. */
  static loadOrder: string[] = [];
  async loadURL(url: string) {
    FakeContents.loadOrder.push(url);
    this.loaded.push(url);
    this.url = url;
  }
  close() {
    this.closed = true;
  }
}
const { FakeBaseWindow: FakeWindow, FakeView } = standInViews(() => new FakeContents());
type BeforeRequest = (details: { url: string; resourceType: string }, callback: (response: { cancel?: boolean }) => void) => void;
class FakeSession extends EventEmitter {
  readonly calls: string[] = [];
  beforeRequest: BeforeRequest | null = null;
  readonly webRequest = { onBeforeRequest: (listener: BeforeRequest) => void (this.beforeRequest = listener), onBeforeSendHeaders() {} };
  readonly serviceWorkers = new EventEmitter();
  /** What the session's request filter answers for a request, as Electron would call it. */
  cancels(url: string, resourceType: string) {
    let answer: { cancel?: boolean } | undefined;
    this.beforeRequest!({ url, resourceType }, (response) => (answer = response));
    return answer!.cancel === true;
  }
  permissionRequest: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
  permissionCheck: (() => boolean) | null = null;
  constructor(
    readonly partition: string,
    readonly options: unknown,
  ) {
    super();
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
  async clearStorageData() {
    this.calls.push('clearStorageData');
  }
  async clearCache() {
    this.calls.push('clearCache');
  }
  async clearAuthCache() {
    this.calls.push('clearAuthCache');
  }
}

let sessions: FakeSession[];
let ipcMain: EventEmitter;
let events: PortalWindowEvent[];
let downloads: string;
let hooked: { contents: unknown; key: string }[];
const spec: PortalWindowSpec = {
  key: 'ann00001:practice-mate',
  title: 'Practice Mate — Ann',
  url: 'https://cms.officeally.com/practicemate',
  sessionName: 'ann00001-practice-mate',
};
const policy = { navigation: (url: string) => decideNavigation(url, { configuredUrls: {}, testHooks: false }), phrases: AUTOPAY_PHRASES };

function make() {
  const api = {
    BaseWindow: FakeWindow,
    WebContentsView: FakeView,
    // Like Electron: one session per partition name.
    session: {
      fromPartition: (partition: string, options: unknown) =>
        sessions.find((s) => s.partition === partition) ?? (sessions.push(new FakeSession(partition, options)), sessions.at(-1)!),
    },
    ipcMain,
  } as unknown as ElectronPortalApi;
  const adapter = createElectronPortalWindows(api, {
    preload: '/app/out/preload/portal.cjs',
    downloadsDir: downloads,
    policy,
    toolbar: { preload: '/app/out/preload/toolbar.cjs', url: (key) => `app://allydesk/toolbar.html#window=${encodeURIComponent(key)}` },
    onPortalContents: (contents, key) => hooked.push({ contents, key }),
  });
  adapter.onEvent((event) => events.push(event));
  return adapter;
}
const settled = () => new Promise((resolve) => setImmediate(resolve));
const prevented = () => {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
};

beforeEach(() => {
  FakeWindow.made = [];
  FakeView.made = [];
  hooked = [];
  sessions = [];
  ipcMain = new EventEmitter();
  events = [];
  downloads = mkdtempSync(join(tmpdir(), 'allydesk-dl-'));
});
afterEach(() => rmSync(downloads, { recursive: true, force: true }));

describe('Electron portal windows', () => {
  it("opens a hardened window on the staff member's own persistent partition, cache off, permissions denied, titled with their name", async () => {
    const adapter = make();
    await adapter.open(spec);
    const [win] = FakeWindow.made;
    expect(win!.options.title).toBe('Practice Mate — Ann');
    expect(win!.portal.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      backgroundThrottling: false,
      preload: '/app/out/preload/portal.cjs',
    });
    expect(sessions[0]).toMatchObject({ partition: 'persist:portal-ann00001-practice-mate', options: { cache: false } });
    expect(portalPartition('ann00001-practice-mate')).toBe(sessions[0]!.partition);
    let granted: boolean | undefined;
    sessions[0]!.permissionRequest!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(sessions[0]!.permissionCheck!()).toBe(false);
    expect(win!.webContents.loaded).toEqual([spec.url]);
    // The per-portal-webContents hooks (keyboard shortcuts) get the portal's page, never the toolbar's.
    expect(hooked).toEqual([{ contents: win!.portal.webContents, key: spec.key }]);
    // A second open brings the same window forward; a private window gets an in-memory partition.
    await adapter.open(spec);
    await adapter.open({ ...spec, key: 'private:practice-mate', sessionName: null });
    expect(FakeWindow.made).toHaveLength(2);
    expect(sessions[1]!.partition).toMatch(/^portal-private-/);
  });

  it('keeps navigation on allowed hosts, offers others to the system browser, and opens allowed pop-ups on the same session', async () => {
    const adapter = make();
    await adapter.open(spec);
    const contents = FakeWindow.made[0]!.webContents;
    const inside = Object.assign(prevented(), { url: 'https://sc.officeally.com/claims' });
    contents.emit('will-navigate', inside);
    expect(inside.prevented).toBe(false);
    const outside = Object.assign(prevented(), { url: 'https://example.com/phish' });
    contents.emit('will-navigate', outside);
    expect(outside.prevented).toBe(true);
    expect(events).toEqual([{ type: 'external', key: spec.key, url: 'https://example.com/phish' }]);
    const popup = contents.openHandler!({ url: 'https://cms.officeally.com/claimfix' });
    expect(popup.action).toBe('allow');
    expect(popup.overrideBrowserWindowOptions!.webPreferences.session).toBe(sessions[0]);
    expect(contents.openHandler!({ url: 'https://evil.example/' }).action).toBe('deny');
  });

  it('passes page reports only from its own top-level frame, real input, and downloads to the Downloads folder', async () => {
    const adapter = make();
    await adapter.open(spec);
    const contents = FakeWindow.made[0]!.webContents;
    const report = JSON.stringify({
      type: 'page',
      report: { url: spec.url, login: 'one-step', twoFactor: false, botCheck: false, signedIn: false, autopay: null },
    });
    ipcMain.emit(PORTAL_IPC.report, { sender: contents, senderFrame: { other: true } }, report);
    ipcMain.emit(PORTAL_IPC.report, { sender: new FakeContents(), senderFrame: null }, report);
    expect(events).toEqual([]);
    ipcMain.emit(PORTAL_IPC.report, { sender: contents, senderFrame: contents.mainFrame }, report);
    expect(events).toEqual([{ type: 'page', key: spec.key, report: JSON.parse(report).report }]);
    contents.emit('input-event', {}, { type: 'mouseMove' });
    contents.emit('input-event', {}, { type: 'keyDown' });
    expect(events.at(-1)).toEqual({ type: 'input', key: spec.key });
    contents.url = 'https://sc.officeally.com/reports';
    const item = Object.assign(new EventEmitter(), {
      getFilename: () => 'era.835',
      getURL: () => 'https://sc.officeally.com/reports/era.835',
      savePath: '',
      setSavePath(path: string) {
        item.savePath = path;
      },
    });
    sessions[0]!.emit('will-download', prevented(), item, contents);
    expect(item.savePath).toBe(join(downloads, 'era.835'));
    item.emit('done', {}, 'completed');
    await settled();
    expect(events.at(-1)).toEqual({ type: 'download', key: spec.key, file: 'era.835', shortenedFrom: null });
    // A name too long for the disk is shortened (keeping .835) and the event says so.
    const long = 'R'.repeat(296) + '.835';
    const longItem = Object.assign(new EventEmitter(), { getFilename: () => long, getURL: () => 'https://sc.officeally.com/r', savePath: '' });
    Object.assign(longItem, { setSavePath: (path: string) => (longItem.savePath = path) });
    sessions[0]!.emit('will-download', prevented(), longItem, contents);
    expect(longItem.savePath).toBe(join(downloads, 'R'.repeat(236) + '.835'));
    longItem.emit('done', {}, 'completed');
    await settled();
    expect(events.at(-1)).toEqual({ type: 'download', key: spec.key, file: 'R'.repeat(236) + '.835', shortenedFrom: long });
    // One that breaks off tells the user, and leaves no empty file under its name.
    const broken = Object.assign(new EventEmitter(), { getFilename: () => 'era-2.835', getURL: () => 'https://sc.officeally.com/r', setSavePath() {} });
    sessions[0]!.emit('will-download', prevented(), broken, contents);
    broken.emit('done', {}, 'interrupted');
    await settled();
    expect(events.at(-1)).toEqual({ type: 'download-failed', key: spec.key, file: 'era-2.835' });
    expect(readdirSync(downloads).sort()).toEqual(['R'.repeat(236) + '.835', 'era.835']);
    // Closing and reopening the window reuses its session without a second download handler.
    FakeWindow.made[0]!.close();
    await adapter.open(spec);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.listenerCount('will-download')).toBe(1);
  });

  it("sends a fill only to that window's top-level frame and waits for its preload's answer; clear wipes storage and cache and reopens the login page", async () => {
    const adapter = make();
    await adapter.open(spec);
    await adapter.open({ ...spec, key: 'bob00002:practice-mate', sessionName: 'bob00002-practice-mate' });
    const [ann, bob] = FakeWindow.made;
    const request = {
      origin: 'https://cms.officeally.com',
      sendTo: { domains: ['officeally.com'], origins: [] },
      username: 'ann',
      password: 'pw',
      submit: true,
    };
    const filling = adapter.fill(spec.key, request);
    expect(ann!.webContents.mainFrame.sent).toEqual([[PORTAL_IPC.fill, expect.any(String), request]]);
    expect(bob!.webContents.mainFrame.sent).toEqual([]);
    const id = ann!.webContents.mainFrame.sent[0]![1];
    ipcMain.emit(PORTAL_IPC.filled, { sender: bob!.webContents, senderFrame: bob!.webContents.mainFrame }, id, { ok: true, filled: [], submitted: false }); // not the asked window: ignored
    ipcMain.emit(PORTAL_IPC.filled, { sender: ann!.webContents, senderFrame: ann!.webContents.mainFrame }, id, {
      ok: true,
      filled: ['username', 'password'],
      submitted: true,
    });
    await expect(filling).resolves.toEqual({ ok: true, filled: ['username', 'password'], submitted: true });
    await adapter.clear(spec.key, spec);
    expect(sessions[0]!.calls).toEqual(['clearStorageData', 'clearCache', 'clearAuthCache']);
    expect(sessions[1]!.calls).toEqual([]);
    expect(ann!.webContents.loaded).toEqual([spec.url, spec.url]);
    ann!.close();
    expect(events.at(-1)).toEqual({ type: 'closed', key: spec.key });
  });

  it('checks every frame, redirect and pop-up navigation (the first included) with the one guard, and a download only from an allowed page', async () => {
    const adapter = make();
    await adapter.open(spec);
    const contents = FakeWindow.made[0]!.webContents;
    const frame = (url: string, isMainFrame: boolean) => Object.assign(prevented(), { url, isMainFrame });
    // A frame of the page: allowed hosts and empty documents load; another host never, and is not offered to the browser.
    for (const url of ['https://sc.officeally.com/frame', 'about:blank', 'about:srcdoc']) {
      const event = frame(url, false);
      contents.emit('will-frame-navigate', event);
      expect(event.prevented, url).toBe(false);
    }
    for (const url of ['https://officeally.com.evil.test/steal', 'data:text/html,<form>', 'https://xn--fficeally-m4a.com/']) {
      const event = frame(url, false);
      contents.emit('will-frame-navigate', event);
      expect(event.prevented, url).toBe(true);
    }
    const redirect = frame('https://officeally.com.evil.test/steal', false);
    contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
    expect(events).toEqual([]);
    // A pop-up: a form posting to another host with target=_blank is refused and not offered; window.open to one is offered.
    expect(contents.openHandler!({ url: 'https://officeally.com.evil.test/steal', postBody: { data: [] } } as never).action).toBe('deny');
    expect(events).toEqual([]);
    expect(contents.openHandler!({ url: 'about:blank' }).action).toBe('allow');
    expect(contents.openHandler!({ url: 'https://unlisted.example/report' }).action).toBe('deny');
    expect(events).toEqual([{ type: 'external', key: spec.key, url: 'https://unlisted.example/report' }]);
    // The child's own navigations (an about:blank pop-up the opener then sends elsewhere) go through the same guard.
    const child = { webContents: new FakeContents() };
    const allowed = contents.openHandler!({ url: 'about:blank' }) as unknown as { createWindow(options: { webContents: FakeContents }): FakeContents };
    expect(allowed.createWindow({ webContents: child.webContents })).toBe(child.webContents);
    const away = Object.assign(prevented(), { url: 'https://officeally.com.evil.test/steal' });
    child.webContents.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    const childFrame = frame('https://evil.test/', false);
    child.webContents.emit('will-frame-navigate', childFrame);
    expect(childFrame.prevented).toBe(true);
    // The session's request filter: every document of every frame, before it leaves; other requests pass.
    const session = sessions[0]!;
    expect(session.cancels('https://officeally.com.evil.test/steal', 'mainFrame')).toBe(true);
    expect(session.cancels('https://officeally.com.evil.test/steal', 'subFrame')).toBe(true);
    expect(session.cancels('https://sc.officeally.com/claims', 'mainFrame')).toBe(false);
    expect(session.cancels('https://cdn.example/app.js', 'script')).toBe(false);
    // A download from a page off the allow-list, or from an address off it, is cancelled and said.
    const download = (pageUrl: string, url: string) => {
      const item = Object.assign(new EventEmitter(), { getFilename: () => 'x.exe', getURL: () => url, setSavePath: () => undefined });
      const event = prevented();
      session.emit('will-download', event, item, Object.assign(new FakeContents(), { url: pageUrl }));
      return event.prevented;
    };
    expect(download('https://evil.test/', 'https://sc.officeally.com/x.exe')).toBe(true);
    expect(download('https://sc.officeally.com/', 'https://evil.test/x.exe')).toBe(true);
    expect(download('about:blank', 'data:text/plain,x')).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'blocked-download', key: spec.key, url: 'data:text/plain,x' });
    expect(download('https://sc.officeally.com/', 'blob:https://sc.officeally.com/6f1c')).toBe(false);
    expect(download('https://sc.officeally.com/', 'blob:https://evil.test/6f1c')).toBe(true);
  });

  it("puts AllyDesk's toolbar page above the portal's, sandboxed on its own preload, lays both out on resize and keeps the toolbar through full screen", async () => {
    const adapter = make();
    await adapter.open(spec);
    const win = FakeWindow.made[0]!;
    // Two views: the portal first, the toolbar last (the top view); the portal never gets the toolbar's preload.
    expect(win.views).toHaveLength(2);
    expect(win.toolbar.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/app/out/preload/toolbar.cjs',
    });
    expect(win.toolbar.options.webPreferences.session).toBeUndefined();
    expect(win.toolbar.webContents.loaded).toEqual(['app://allydesk/toolbar.html#window=ann00001%3Apractice-mate']);
    // The portal's navigation starts before the toolbar's page, which loads beside it (never before it).
    expect(FakeContents.loadOrder.slice(-2)).toEqual([spec.url, 'app://allydesk/toolbar.html#window=ann00001%3Apractice-mate']);
    expect(adapter.toolbarOwner(win.toolbar.webContents.id)).toBe(spec.key);
    expect(adapter.toolbarOwner(win.portal.webContents.id)).toBeNull();
    // The toolbar's page says how tall it is; the portal starts below it and never overlaps it.
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.toolbar.webContents }, 96);
    expect(win.toolbar.bounds).toEqual({ x: 0, y: 0, width: 1200, height: 96 });
    expect(win.portal.bounds).toEqual({ x: 0, y: 96, width: 1200, height: 860 - 96 });
    // The portal's page cannot set the toolbar's height, and a silly height is clamped.
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.portal.webContents }, 4);
    expect(win.toolbar.bounds.height).toBe(96);
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.toolbar.webContents }, 5000);
    expect(win.toolbar.bounds.height).toBe(320);
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.toolbar.webContents }, 96);
    win.resizeTo(800, 600);
    expect(win.toolbar.bounds).toEqual({ x: 0, y: 0, width: 800, height: 96 });
    expect(win.portal.bounds).toEqual({ x: 0, y: 96, width: 800, height: 504 });
    // HTML full screen makes the window full screen: the toolbar stays across the top.
    win.portal.webContents.emit('enter-html-full-screen');
    win.resizeTo(1920, 1080);
    expect(win.toolbar.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 96 });
    expect(win.portal.bounds.y).toBe(96);
    // The toolbar's own dialog covers the whole window while it is open, then gives the portal its place back.
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.toolbar.webContents }, 'full');
    expect(win.toolbar.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    ipcMain.emit(TOOLBAR_IPC.layout, { sender: win.toolbar.webContents }, 96);
    expect(win.toolbar.bounds.height).toBe(96);
    // The toolbar may not navigate or open windows; its state goes to it alone.
    const away = prevented();
    win.toolbar.webContents.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    expect(win.toolbar.webContents.openHandler!({ url: 'https://sc.officeally.com/' }).action).toBe('deny');
    adapter.sendToolbar(spec.key, { event: 'portals:toolbar', payload: { id: spec.key } });
    expect(win.toolbar.webContents.sent).toEqual([[TOOLBAR_IPC.event, { event: 'portals:toolbar', payload: { id: spec.key } }]]);
    expect(win.portal.webContents.sent).toEqual([]);
    // Loading, for Reload/Stop; closing the window closes both pages' processes.
    win.portal.webContents.emit('did-start-loading');
    win.portal.webContents.emit('did-stop-loading');
    expect(events.filter((e) => e.type === 'loading')).toEqual([
      { type: 'loading', key: spec.key, loading: true },
      { type: 'loading', key: spec.key, loading: false },
    ]);
    win.close();
    expect([win.portal.webContents.closed, win.toolbar.webContents.closed]).toEqual([true, true]);
  });
});
