import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type {
  BaseWindow,
  BaseWindowConstructorOptions,
  IpcMainEvent,
  Session,
  WebContents,
  WebContentsView,
  WebContentsViewConstructorOptions,
} from 'electron';
import { TOOLBAR_DEFAULT_HEIGHT, TOOLBAR_IPC, TOOLBAR_MAX_HEIGHT, TOOLBAR_MIN_HEIGHT } from '../../shared/ipc/toolbarChannels';
import { freeDownloadName } from './downloads';
import { saveElectronDownload } from './downloadSaving';
import { PORTAL_IPC } from './portalChannels';
import { keepOnlyCookies, refuseServiceWorkers, siteStorageCleared } from './portalSiteStorage';
import { wirePortalKeys } from './portalKeys';
import { createElectronPopups } from './portalPopupsElectron';
import { createNavigationGuard, type NavigationFrame } from '../services/portals/navigationGuard';
import type { FillRequest, FillResult, PageReport } from '../services/portals/pageScript';
import type { FindResult, PortalWindowEvent, PortalWindowPolicy, PortalWindowsAdapter, PortalWindowSpec } from './types';

/** The parts of Electron this adapter uses, passed in by main (so a test can hand it stand-ins). */
export interface ElectronPortalApi {
  BaseWindow: new (options: BaseWindowConstructorOptions) => BaseWindow;
  WebContentsView: new (options: WebContentsViewConstructorOptions) => WebContentsView;
  session: { fromPartition(partition: string, options?: { cache?: boolean }): Session };
  ipcMain: {
    on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
    off(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
  };
}

export interface ElectronPortalWindowsOptions {
  /** The built portal preload (out/preload/portal.cjs). */
  preload: string;
  downloadsDir: string;
  policy: PortalWindowPolicy;
  /** The window's own toolbar: AllyDesk's page (app://allydesk/toolbar.html) and its preload (out/preload/toolbar.cjs). */
  toolbar: { url: (key: string) => string; preload: string };
  /**
   * Per-portal-webContents hooks (keyboard shortcuts, …): called once for each portal page's
   * webContents as its view is made, with the window's key. The toolbar's webContents never gets them.
   */
  onPortalContents?: (contents: WebContents, key: string) => void;
}

/** What main needs of the toolbars besides the adapter: who a toolbar belongs to, and sending it its state. */
export interface ElectronToolbarHost {
  /** The window key a toolbar's webContents belongs to, or null when it is not one of ours. */
  toolbarOwner(contentsId: number): string | null;
  /** Sends `message` to that window's toolbar only. */
  sendToolbar(key: string, message: { event: string; payload: unknown }): void;
  /** Sends `message` to every toolbar (the language changed). */
  sendAllToolbars(message: { event: string; payload: unknown }): void;
}
/** What the application menu needs: which portal window a window is (its View and Go act on the focused one). */
export interface ElectronPortalMenuHost {
  /** The key of the portal window `win` is, or null when it is not one. */
  windowKeyOf(win: unknown): string | null;
}

interface OpenWindow {
  spec: PortalWindowSpec;
  win: BaseWindow;
  /** The portal's page, below the toolbar. */
  portal: WebContentsView;
  /** AllyDesk's own toolbar page, above it: the portal's pixels never reach this view. */
  toolbar: WebContentsView;
  /** The height the toolbar's page asked for; 'full' while its own dialog is open. */
  toolbarHeight: number | 'full';
  session: Session;
  bar: string | null;
  /** The zoom factor the window keeps across its navigations (1 = 100 %). */
  zoom: number;
  /** A pop-up (portalPopupsElectron.ts): the portal window it belongs to. */
  popupOf?: string;
}

const FILL_TIMEOUT_MS = 10_000;
const FIND_TIMEOUT_MS = 3_000;
/** Chromium's zoom level: factor = 1.2 ^ level. */
export const zoomLevelOf = (factor: number) => Math.log(factor) / Math.log(1.2);
const INPUT_TYPES = new Set(['keyDown', 'rawKeyDown', 'mouseDown', 'mouseWheel', 'touchStart']);
/** The persistent partition of a staff member's portal session (end-to-end tests look it up by this name too). */
export const portalPartition = (sessionName: string) => `persist:portal-${sessionName.replace(/[^A-Za-z0-9_-]/g, '_')}`;
const partitionOf = (spec: PortalWindowSpec) => (spec.sessionName ? portalPartition(spec.sessionName) : `portal-private-${randomUUID()}`);

/**
 * Desktop portal windows: a BrowserWindow per staff member and portal on its own `persist:`
 * partition (a private window: an in-memory one), sandboxed and isolated, no Node, a preload that
 * exposes nothing to the page, permissions denied, no background throttling (a sleeping tab gets
 * logged out), the HTTP cache off. Navigation and pop-ups follow the portals service's policy.
 */
export function createElectronPortalWindows(
  api: ElectronPortalApi,
  options: ElectronPortalWindowsOptions,
): PortalWindowsAdapter & ElectronToolbarHost & ElectronPortalMenuHost {
  const windows = new Map<string, OpenWindow>();
  const toolbars = new Map<number, string>();
  const byContents = new Map<number, { key: string; main: boolean }>();
  const listeners = new Set<(event: PortalWindowEvent) => void>();
  const fills = new Map<string, { contentsId: number; resolve: (result: FillResult) => void }>();
  const lastInput = new Map<string, number>();
  const emit = (event: PortalWindowEvent) => listeners.forEach((listener) => listener(event));
  const navigationGuard = createNavigationGuard((url) => options.policy.navigation(url));
  const keyOfSession = (session: Session) => [...windows.values()].find((w) => w.session === session)?.spec.key;
  const popups = createElectronPopups({
    guard: navigationGuard,
    emit,
    currentUrl: (key) => windows.get(key)?.portal.webContents.getURL() ?? null,
    openAround: (key, parent, contents) => {
      const opener = windows.get(parent);
      if (opener) create({ ...opener.spec, key }, opener.session, { parent, contents });
    },
    close: (key) => windows.get(key)?.win.close(),
  });

  const webPreferences = (session: Session) => ({
    session,
    preload: options.preload, // eng-disable PRELOAD_JS_CHECK: sandboxed, exposes nothing to the page; it only reports page state and fills on main's request.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    backgroundThrottling: false,
  });

  const prepared = new Map<string, Session>();
  function prepareSession(partition: string): Session {
    // Electron hands back the same session for a partition: set it up once (else each reopen adds a download handler).
    const known = prepared.get(partition);
    if (known) return known;
    // cache: false — portal pages hold patient data; only the session's cookies are kept.
    const session = api.session.fromPartition(partition, { cache: false });
    prepared.set(partition, session);
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.setPermissionCheckHandler(() => false);
    refuseServiceWorkers(session); // a service worker would keep its own copy of portal pages
    // Every document of every frame and pop-up, redirects included, before its request leaves: the
    // events below decide and offer; this is the net under them (issue 20, item 2).
    session.webRequest.onBeforeRequest((details, callback) => {
      if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({});
      const frame: NavigationFrame = details.resourceType === 'mainFrame' ? 'top' : 'subframe';
      callback({ cancel: !navigationGuard.navigation({ url: details.url, frame }).allow });
    });
    session.on('will-download', (event, item, contents) => {
      const key = keyOfSession(session);
      // A download starts only from an allowed page, from an allowed address (or one that page made).
      if (!navigationGuard.download({ pageUrl: contents?.getURL() ?? null, url: item.getURL() })) {
        event.preventDefault();
        if (key) emit({ type: 'blocked-download', key, url: item.getURL() });
        return;
      }
      void saveElectronDownload(event, item, options.downloadsDir).then((end) => key && emit({ ...end, key }));
    });
    return session;
  }

  function guard(key: string, contents: WebContents, main: boolean, session: Session) {
    byContents.set(contents.id, { key, main });
    // One guard for every navigation (navigationGuard.ts): this page's, each of its frames', and a pop-up's first.
    const police = (event: { preventDefault(): void }, url: string, frame: NavigationFrame) => {
      const verdict = navigationGuard.navigation({ url, frame });
      if (verdict.allow) return;
      event.preventDefault();
      if (verdict.offerExternal) emit({ type: 'external', key, url: verdict.offerExternal });
    };
    contents.on('will-navigate', (event) => police(event, event.url, 'top'));
    // will-frame-navigate also fires for the top frame (will-navigate above polices that one).
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame) police(event, event.url, 'subframe');
    });
    contents.on('will-redirect', (event) => police(event, event.url, event.isMainFrame === false ? 'subframe' : 'top'));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The pop-up's first address (window.open, a link or a form with a target), checked before it exists: an
    // allowed one is a window of ours on the same session, guarded the same way, with its own toolbar (portalPopupsElectron.ts).
    contents.setWindowOpenHandler(popups.openHandler(key, contents, () => webPreferences(session)));
    // Real input only: this event carries what the OS delivered, not events a page script made up.
    contents.on('input-event', (_event, input) => {
      if (!INPUT_TYPES.has(input.type)) return;
      const now = Date.now();
      if (now - (lastInput.get(key) ?? 0) < 1000) return;
      lastInput.set(key, now);
      emit({ type: 'input', key });
    });
    contents.once('destroyed', () => byContents.delete(contents.id));
  }

  // Messages from portal preloads: only from a window of ours, only from its top-level frame.
  const onReport = (event: IpcMainEvent, payload: unknown) => {
    const owner = byContents.get(event.sender.id);
    if (!owner?.main || event.senderFrame !== event.sender.mainFrame || typeof payload !== 'string') return;
    let message: { type?: string; report?: PageReport };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (message.type !== 'page' || !message.report) return;
    emit({ type: 'page', key: owner.key, report: message.report });
    const open = windows.get(owner.key);
    if (open?.bar) event.sender.send(PORTAL_IPC.bar, open.bar);
  };
  const onFilled = (event: IpcMainEvent, id: unknown, result: unknown) => {
    // Only the window that was asked may answer (and only its top-level frame).
    const pending = typeof id === 'string' ? fills.get(id) : undefined;
    if (!pending || pending.contentsId !== event.sender.id || event.senderFrame !== event.sender.mainFrame) return;
    fills.delete(id as string);
    pending.resolve(result as FillResult);
  };
  api.ipcMain.on(PORTAL_IPC.report, onReport as never);
  api.ipcMain.on(PORTAL_IPC.filled, onFilled as never);

  /**
   * The toolbar is AllyDesk's own page on the app's own session (never the portal's): sandboxed,
   * isolated, a preload that offers only the toolbar's channels, no navigation, no pop-ups.
   */
  function makeToolbar(key: string): WebContentsView {
    const view = new api.WebContentsView({
      webPreferences: {
        preload: options.toolbar.preload, // eng-disable PRELOAD_JS_CHECK: sandboxed; offers only the toolbar's channels, and main checks the sender.
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
      },
    });
    const contents = view.webContents;
    toolbars.set(contents.id, key);
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.once('destroyed', () => toolbars.delete(contents.id));
    return view;
  }

  /** The toolbar across the top at the height its page asked for, the portal in the rest; the toolbar's own dialog covers the window. */
  function layout(open: OpenWindow) {
    const { width, height } = open.win.getContentBounds();
    const bar = open.toolbarHeight === 'full' ? TOOLBAR_DEFAULT_HEIGHT : Math.min(open.toolbarHeight, height);
    open.portal.setBounds({ x: 0, y: bar, width, height: Math.max(0, height - bar) });
    open.toolbar.setBounds({ x: 0, y: 0, width, height: open.toolbarHeight === 'full' ? height : bar });
  }

  /** The portal page's own hooks: navigation guard, input, zoom, load state, and what other parts attach (onPortalContents). */
  function attachPortalContents(open: OpenWindow) {
    const contents = open.portal.webContents;
    const key = open.spec.key;
    guard(key, contents, !open.popupOf, open.session);
    // Electron keeps zoom per origin; the staff member's choice holds on every page of this window.
    contents.on('did-navigate', () => open.zoom !== 1 && contents.setZoomLevel(zoomLevelOf(open.zoom)));
    contents.on('did-start-loading', () => emit({ type: 'loading', key, loading: true }));
    contents.on('did-stop-loading', () => emit({ type: 'loading', key, loading: false }));
    // HTML full screen (a video, a PDF viewer) makes the window full screen; the toolbar stays on
    // top of it (the layout follows the window's size), and Esc leaves full screen as in Chromium.
    contents.on('enter-html-full-screen', () => layout(open));
    contents.on('leave-html-full-screen', () => layout(open));
    options.onPortalContents?.(contents, key);
  }

  /** A portal window, or (`adopt`) a pop-up's window around the webContents Chromium made for it. */
  function create(spec: PortalWindowSpec, session: Session, adopt?: { parent: string; contents: WebContents }) {
    const win = new api.BaseWindow({
      width: 1200,
      height: 860,
      minWidth: 640,
      minHeight: 400,
      title: spec.title,
      show: true,
      backgroundColor: '#ffffff',
    });
    const portal = new api.WebContentsView({ webPreferences: webPreferences(session), ...(adopt && { webContents: adopt.contents }) }); // eng-disable AUXCLICK_JS_CHECK: new windows go through setWindowOpenHandler and the portals policy.
    const toolbar = makeToolbar(spec.key);
    const open: OpenWindow = { spec, win, portal, toolbar, toolbarHeight: TOOLBAR_DEFAULT_HEIGHT, session, bar: null, zoom: 1, popupOf: adopt?.parent };
    windows.set(spec.key, open);
    // The portal first, the toolbar after it: the toolbar is the top view, and the portal's bounds start below it.
    win.contentView.addChildView(portal);
    win.contentView.addChildView(toolbar);
    layout(open);
    win.on('resize', () => layout(open));
    win.on('enter-full-screen', () => layout(open));
    win.on('leave-full-screen', () => layout(open));
    win.on('closed', () => {
      // A BaseWindow does not destroy its views' webContents: close them, or their processes stay.
      portal.webContents.close();
      toolbar.webContents.close();
      // The login cookie stays; IndexedDB, localStorage, caches go — not while a pop-up's opener still works in them.
      if (!adopt) void keepOnlyCookies(session);
      popups.closeFor(spec.key);
      if (windows.get(spec.key) !== open) return;
      windows.delete(spec.key);
      emit({ type: 'closed', key: spec.key });
    });
    attachPortalContents(open);
    wirePortalKeys({ win, portal: portal.webContents, toolbar: toolbar.webContents }, spec.key, options.policy);
    // A pop-up's page closes itself (window.close(), or Electron with its opener): its window goes with it.
    if (adopt) portal.webContents.once('destroyed', () => !win.isDestroyed() && win.close());
    // The portal's request leaves first and the toolbar's small local page loads beside it: the
    // toolbar never holds up the portal's first paint (issue 21 item 8, open-to-paint).
    else void portal.webContents.loadURL(spec.url).catch(() => undefined);
    void toolbar.webContents.loadURL(options.toolbar.url(spec.key)).catch(() => undefined);
    return open;
  }

  // The toolbar's page says how tall it is (it wraps at a narrow window) or that its dialog is open.
  const onToolbarLayout = (event: IpcMainEvent, wanted: unknown) => {
    const key = toolbars.get(event.sender.id);
    const open = key ? windows.get(key) : undefined;
    if (!open || open.toolbar.webContents !== event.sender) return;
    if (wanted === 'full') open.toolbarHeight = 'full';
    else if (typeof wanted === 'number' && Number.isFinite(wanted))
      open.toolbarHeight = Math.round(Math.min(TOOLBAR_MAX_HEIGHT, Math.max(TOOLBAR_MIN_HEIGHT, wanted)));
    else return;
    layout(open);
  };
  api.ipcMain.on(TOOLBAR_IPC.layout, onToolbarLayout as never);

  return {
    async open(spec) {
      const existing = windows.get(spec.key);
      if (existing) {
        if (existing.win.isMinimized()) existing.win.restore();
        existing.win.focus();
        return;
      }
      const session = prepareSession(partitionOf(spec));
      await siteStorageCleared(session); // the last window's site storage is gone before the next opens
      if (!windows.has(spec.key)) create(spec, session);
    },
    isOpen: (key) => windows.has(key),
    currentUrl: (key) => windows.get(key)?.portal.webContents.getURL() ?? null,
    fill(key, request: FillRequest) {
      const open = windows.get(key);
      // Never a pop-up: its about:blank or blob: page shares its opener's origin, and the opener's script could read the fill.
      if (!open || open.popupOf) return Promise.resolve({ ok: false, reason: 'no-field' } as FillResult);
      const id = randomUUID();
      return new Promise<FillResult>((resolve) => {
        const timer = setTimeout(() => fills.delete(id) && resolve({ ok: false, reason: 'no-field' }), FILL_TIMEOUT_MS);
        fills.set(id, { contentsId: open.portal.webContents.id, resolve: (result) => (clearTimeout(timer), resolve(result)) });
        // To this window's top-level frame only; its preload checks the origin again before filling.
        open.portal.webContents.mainFrame.send(PORTAL_IPC.fill, id, request);
      });
    },
    async clear(key, spec) {
      const open = windows.get(key);
      const session = open?.session ?? prepareSession(partitionOf(spec));
      popups.closeFor(key);
      await session.clearStorageData();
      await session.clearCache();
      await session.clearAuthCache();
      if (open) await open.portal.webContents.loadURL(spec.url).catch(() => undefined);
      else create(spec, session);
    },
    async wipe(key, sessionName) {
      const open = windows.get(key);
      popups.closeFor(key);
      if (open) {
        windows.delete(key);
        open.win.close();
      }
      const session = open?.session ?? prepareSession(partitionOf({ key, sessionName, title: '', url: '' }));
      await session.clearStorageData();
      await session.clearCache();
      await session.clearAuthCache();
    },
    showBar(key, message) {
      const open = windows.get(key);
      if (!open) return;
      open.bar = message;
      open.portal.webContents.mainFrame.send(PORTAL_IPC.bar, message);
    },
    async close(key) {
      const open = windows.get(key);
      if (!open) return;
      windows.delete(key);
      open.win.close();
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // --- window commands (issue 21): webContents calls only ---------------------------------
    async navigate(key, move) {
      const contents = windows.get(key)?.portal.webContents;
      if (!contents) return false;
      const history = contents.navigationHistory;
      if (move === 'back') return history.canGoBack() ? (history.goBack(), true) : false;
      if (move === 'forward') return history.canGoForward() ? (history.goForward(), true) : false;
      if (move === 'reload') contents.reload();
      else contents.stop();
      return true;
    },
    async setZoom(key, factor) {
      const open = windows.get(key);
      if (!open) return;
      open.zoom = factor;
      open.portal.webContents.setZoomLevel(zoomLevelOf(factor));
    },
    find(key, text, { backwards, next }) {
      const contents = windows.get(key)?.portal.webContents;
      if (!contents) return Promise.resolve({ matches: 0, active: 0 });
      return new Promise<FindResult>((resolve) => {
        let requestId = -1;
        const done = (result: FindResult) => {
          clearTimeout(timer);
          contents.off('found-in-page', onFound);
          resolve(result);
        };
        const onFound = (_event: unknown, found: { requestId: number; activeMatchOrdinal: number; matches: number; finalUpdate: boolean }) => {
          if (found.requestId === requestId && found.finalUpdate) done({ matches: found.matches, active: found.matches ? found.activeMatchOrdinal : 0 });
        };
        const timer = setTimeout(() => done({ matches: 0, active: 0 }), FIND_TIMEOUT_MS);
        contents.on('found-in-page', onFound as never);
        // findNext: true starts a new search; false moves within the one in progress.
        requestId = contents.findInPage(text, { forward: !backwards, findNext: !next });
      });
    },
    async stopFind(key) {
      windows.get(key)?.portal.webContents.stopFindInPage('clearSelection');
    },
    print(key) {
      const contents = windows.get(key)?.portal.webContents;
      if (!contents) return Promise.resolve();
      return new Promise<void>((resolve) => contents.print({}, () => resolve()));
    },
    async savePdf(key, name) {
      const contents = windows.get(key)?.portal.webContents;
      if (!contents) throw new Error('portal window closed');
      const data = await contents.printToPDF({ printBackground: true });
      const file = freeDownloadName(options.downloadsDir, name).path;
      writeFileSync(file, data, { mode: 0o600 });
      return basename(file);
    },
    focusView(key, view) {
      const open = windows.get(key);
      (view === 'toolbar' ? open?.toolbar : open?.portal)?.webContents.focus();
    },
    windowKeyOf: (win) => [...windows.values()].find((open) => open.win === win)?.spec.key ?? null,
    // --- the toolbars (electron/adapters/toolbarIpc.ts) ---
    toolbarOwner: (contentsId) => toolbars.get(contentsId) ?? null,
    sendToolbar(key, message) {
      windows.get(key)?.toolbar.webContents.send(TOOLBAR_IPC.event, message);
    },
    sendAllToolbars(message) {
      for (const open of windows.values()) open.toolbar.webContents.send(TOOLBAR_IPC.event, message);
    },
    async dispose() {
      api.ipcMain.off(PORTAL_IPC.report, onReport as never);
      api.ipcMain.off(PORTAL_IPC.filled, onFilled as never);
      api.ipcMain.off(TOOLBAR_IPC.layout, onToolbarLayout as never);
      for (const open of windows.values()) open.win.close();
      windows.clear();
    },
  };
}
