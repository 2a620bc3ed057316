import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, BrowserType, CDPSession, Frame, Page, Route } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { createNavigationGuard, type NavigationFrame, type NavigationGuard } from '../services/portals/navigationGuard';
import { detectPage, fillLoginForm, findInDocument, startPageAgent, type FillRequest, type FillResult, type PageReport } from '../services/portals/pageScript';
import { startKeyAgent } from '../services/portals/keyAgent';
import { commandForKey, parseShortcutInput, type ShortcutInput } from '../services/portals/keys';
import { freeDownloadName } from './downloads';
import { saveDownload } from './downloadSaving';
import { PORTAL_BAR_STYLE } from './portalChannels';
import { createNodePopups, watchLoading, type NodePopups } from './portalPopupsNode';
import { diskCacheArgs, PORTAL_PRIVACY_ARGS, preparePortalProfile, prunePortalProfile, withTempFolder } from './portalProfile';
import type { FindResult, HistoryMove, PortalWindowEvent, PortalWindowPolicy, PortalWindowsAdapter, PortalWindowSpec } from './types';

/**
 * Browser mode's portal windows: Chromium through playwright-core, one persistent profile folder
 * per staff member and portal (`<data>/portal-sessions/<profile>-<portal>/`, owner-only), a fresh
 * in-memory context for a private window. The page agent and the fill script run in an isolated
 * world (Chrome DevTools Protocol), so the portal's own scripts can neither call AllyDesk nor
 * watch the fill; the HTTP cache is switched off so no copy of a portal page is written to disk.
 */
export interface NodePortalWindowsOptions {
  dataDir: string;
  policy: PortalWindowPolicy;
  /** Where downloads go (the user's Downloads folder by default). */
  downloadsDir?: string;
  /** Headless where there is no display (Linux without DISPLAY/WAYLAND_DISPLAY). */
  headless?: boolean;
  executablePath?: string | null;
  /**
   * ALLYDESK_TEST_HOOKS=1 only: each persistent window also listens for DevTools on a free loopback
   * port (written to DevToolsActivePort in its folder), so end-to-end tests can click in it like a user.
   */
  testDebugPort?: boolean;
  /** Tests only: more Chromium flags (a counting proxy). */
  extraArgs?: string[];
}

const AGENT_WORLD = 'allydesk-agent';
// One isolated world for the agent, the fill and the bar: a second world would cost the page another heap.
const FILL_WORLD = AGENT_WORLD;
const BINDING = '__allydeskReport';
/** Chromium still creates a disk cache folder; this keeps it tiny, and DevTools' cache switch keeps it unused. */
const NO_DISK_CACHE = ['--disk-cache-size=1', '--media-cache-size=1'];

interface OpenWindow {
  spec: PortalWindowSpec;
  context: BrowserContext;
  page: Page;
  sessions: Map<Page, CDPSession>;
  bar: string | null;
  /** The zoom factor the window keeps across its navigations (1 = 100 %). */
  zoom: number;
  /** The search in progress: its text, active match (0-based) and the page it is on. */
  find: { text: string; index: number; url: string } | null;
  /** A pop-up (portalPopupsNode.ts): the portal window whose context it is a page of. */
  popupOf?: string;
}

export const portalSessionsDir = (dataDir: string) => join(dataDir, 'portal-sessions');
/** Playwright's and Chromium's temporary folders (a download's first copy, the private window's browser profile). */
export const portalTempDir = (dataDir: string) => join(dataDir, 'portal-temp');
const safeName = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_');
export function defaultHeadless(env: NodeJS.ProcessEnv = process.env, platform = process.platform) {
  return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

export class NodePortalWindows implements PortalWindowsAdapter {
  private readonly windows = new Map<string, OpenWindow>();
  private readonly opening = new Map<string, Promise<OpenWindow>>();
  private readonly cancelled = new Set<string>();
  /** Contexts launched but not yet at their first page, so a cancel can close them at once. */
  private readonly starting = new Map<string, BrowserContext>();
  private readonly listeners = new Set<(event: PortalWindowEvent) => void>();
  private privateBrowser: Promise<Browser> | null = null;
  private readonly agentSource: string;
  private readonly guard: NavigationGuard;
  private readonly popups: NodePopups;

  constructor(private readonly options: NodePortalWindowsOptions) {
    this.guard = createNavigationGuard((url) => options.policy.navigation(url));
    this.popups = createNodePopups({ guard: this.guard, emit: (event) => this.emit(event), currentUrl: (key) => this.currentUrl(key) });
    // A crashed run's temporary folders (a download's copy, a private profile) go at the next start.
    rmSync(portalTempDir(options.dataDir), { recursive: true, force: true });
    const send = `(m) => globalThis[${JSON.stringify(BINDING)}](m)`;
    this.agentSource = `(${String(startPageAgent)})(${send}, ${String(detectPage)}, ${JSON.stringify(options.policy.phrases)});
      (${String(startKeyAgent)})(${send}, ${String(commandForKey)}, ${process.platform === 'darwin'})`;
  }

  private sessionDir(sessionName: string) {
    return join(portalSessionsDir(this.options.dataDir), safeName(sessionName));
  }

  private emit(event: PortalWindowEvent) {
    for (const listener of this.listeners) listener(event);
  }

  private async chromium() {
    // Loaded on first use: the desktop app never needs it, and browser mode only when a portal opens.
    const specifier = 'playwright-core';
    const { chromium } = (await import(/* @vite-ignore */ specifier)) as { chromium: BrowserType };
    return chromium;
  }

  private launchOptions() {
    return {
      executablePath: this.options.executablePath ?? chromiumPath() ?? undefined,
      headless: this.options.headless ?? defaultHeadless(),
      args: [...CHROMIUM_ARGS, ...NO_DISK_CACHE, ...PORTAL_PRIVACY_ARGS, ...(this.options.extraArgs ?? [])],
      // A portal's service worker would keep its own copy of pages: none may register.
      serviceWorkers: 'block' as const,
    };
  }

  private async launch(spec: PortalWindowSpec): Promise<OpenWindow> {
    const chromium = await this.chromium();
    let context: BrowserContext;
    // Playwright's temporary folders (a download's first copy, the private window's browser profile) go in the data folder.
    const temp = portalTempDir(this.options.dataDir);
    if (spec.sessionName) {
      const dir = this.sessionDir(spec.sessionName);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(portalSessionsDir(this.options.dataDir), 0o700);
      chmodSync(dir, 0o700);
      prunePortalProfile(dir); // what a crash may have left besides the cookies
      preparePortalProfile(dir);
      const launch = this.launchOptions();
      launch.args.push(...diskCacheArgs(dir));
      if (this.options.testDebugPort) launch.args.push('--remote-debugging-port=0');
      context = await withTempFolder(temp, () => chromium.launchPersistentContext(dir, { ...launch, acceptDownloads: true, viewport: null }));
    } else {
      this.privateBrowser ??= withTempFolder(temp, () => chromium.launch(this.launchOptions()));
      context = await (await this.privateBrowser).newContext({ acceptDownloads: true, viewport: null, serviceWorkers: 'block' });
    }
    if (this.cancelled.has(spec.key)) await context.close().catch(() => undefined);
    else this.starting.set(spec.key, context);
    let main: Page | null = context.pages()[0] ?? null;
    // The guard's route and the window's page at once: both are in place before the first navigation.
    const [, page] = await Promise.all([this.guardContext(context, spec.key, () => main), main ?? context.newPage()]);
    main = page;
    const win: OpenWindow = { spec, context, page, sessions: new Map(), bar: null, zoom: 1, find: null };
    await this.attach(win, page, true).catch(async (error: unknown) => {
      await context.close().catch(() => undefined);
      throw error;
    });
    context.on('page', (popup) => void this.adoptPopup(win, popup));
    page.on('close', () => {
      if (this.windows.get(spec.key) !== win) return;
      this.windows.delete(spec.key);
      void this.shut(win);
      this.emit({ type: 'closed', key: spec.key });
    });
    await page.goto(spec.url).catch(() => undefined);
    this.starting.delete(spec.key);
    return win;
  }

  /**
   * Every navigation of every frame and pop-up of this context, the first included, is judged by
   * the navigation guard before its request leaves (Playwright holds a new pop-up until its routes
   * apply). Other requests pass untouched. Redirect hops are judged in attach() (Playwright does not
   * route them).
   */
  private async guardContext(context: BrowserContext, key: string, mainPage: () => Page | null) {
    await context.route('**/*', async (route: Route) => {
      const request = route.request();
      if (!request.isNavigationRequest()) return route.continue().catch(() => undefined);
      let frame: Frame | null = null;
      try {
        frame = request.frame();
      } catch {
        // A pop-up's first navigation can come before Playwright knows its frame.
      }
      const page = frame?.page() ?? null;
      const kind: NavigationFrame = frame?.parentFrame() ? 'subframe' : page && page === mainPage() ? 'top' : 'popup';
      const verdict = this.guard.navigation({ url: request.url(), frame: kind, post: request.method() !== 'GET' });
      if (verdict.allow) return route.continue().catch(() => undefined);
      // 'aborted' cancels the navigation and keeps the current page (as Electron's preventDefault does).
      await route.abort('aborted').catch(() => undefined);
      // Said in the window it happened in (a pop-up's own toolbar names it), else in the portal window.
      if (verdict.offerExternal) this.emit({ type: 'external', key: this.keyOfPage(page) ?? key, url: verdict.offerExternal });
      // A pop-up whose first page was refused has nothing to show: it goes.
      if (kind === 'popup' && page && ['', 'about:blank'].includes(page.url())) await page.close().catch(() => undefined);
    });
  }

  private keyOfPage(page: Page | null): string | null {
    for (const win of this.windows.values()) if (win.page === page) return win.spec.key;
    return null;
  }

  /**
   * A pop-up (claim fix, report, PDF) is a page of the same context: same cookies, its navigations
   * guarded with the context's. One the pop-up rules allow is a window of its own (its own toolbar,
   * commands, events); any other is closed (portalPopupsNode.ts).
   */
  private async adoptPopup(win: OpenWindow, popup: Page) {
    if (popup === win.page) return;
    const key = this.popups.nextKey(win.spec.key);
    const child: OpenWindow = { ...win, spec: { ...win.spec, key }, page: popup, bar: null, zoom: 1, find: null, popupOf: win.spec.key };
    await this.attach(child, popup, false).catch(() => undefined);
    if (!(await this.popups.admit(win.spec.key, popup)) || popup.isClosed()) return;
    this.windows.set(key, child);
    popup.on('close', () => {
      if (this.windows.get(key) !== child) return;
      this.windows.delete(key);
      this.emit({ type: 'closed', key });
    });
    this.emit({ type: 'popup', key, parent: win.spec.key });
  }

  private async attach(win: OpenWindow, page: Page, main: boolean) {
    const key = win.spec.key;
    const cdp = await win.context.newCDPSession(page);
    win.sessions.set(page, cdp);
    cdp.on('Runtime.bindingCalled', ({ name, payload }: { name: string; payload: string }) => {
      if (name !== BINDING) return;
      let message: { type?: string; report?: PageReport; input?: unknown };
      try {
        message = JSON.parse(payload) as typeof message;
      } catch {
        return;
      }
      if (message.type === 'input') this.emit({ type: 'input', key });
      // A key or mouse button the page agent described (keyAgent.ts): main decides and runs the toolbar's command.
      else if (message.type === 'shortcut') this.runShortcut(key, parseShortcutInput(message.input));
      else if (message.type === 'page' && main && message.report) {
        this.emit({ type: 'page', key, report: message.report });
        if (win.bar) void this.paintBar(win);
        if (win.zoom !== 1) void this.paintZoom(win);
        if (win.find && win.find.url !== message.report.url) win.find = null; // a navigation ends the search
      }
    });
    page.on('download', (download) => {
      // A download starts only from an allowed page, from an allowed address (or one that page made).
      if (!this.guard.download({ pageUrl: page.url(), url: download.url() })) {
        void download.cancel().then(
          () => download.delete(),
          () => undefined,
        );
        this.emit({ type: 'blocked-download', key, url: download.url() });
        return;
      }
      void saveDownload(download, this.options.downloadsDir ?? join(homedir(), 'Downloads')).then((event) => this.emit({ ...event, key }));
    });
    // A redirect hop of any frame's document (Playwright's routes see only the first request of a navigation).
    // The top frame's id is asked for together with the domains below (one round trip, not two).
    const frameTree = cdp.send('Page.getFrameTree') as Promise<{ frameTree: { frame: { id: string } } }>;
    let topFrame = '';
    // Reload/Stop on its toolbar (the top frame's id once known); what it asks to open (the pop-up rules judge it).
    watchLoading(
      cdp,
      () => topFrame,
      (loading) => this.emit({ type: 'loading', key, loading }),
    );
    this.popups.watchOpener(win.popupOf ?? key, cdp);
    cdp.on(
      'Fetch.requestPaused',
      ({
        requestId,
        request,
        frameId,
        redirectedRequestId,
      }: {
        requestId: string;
        request: { url: string };
        frameId: string;
        redirectedRequestId?: string;
      }) => {
        const frame: NavigationFrame = frameId === topFrame ? (main ? 'top' : 'popup') : 'subframe';
        const verdict = redirectedRequestId ? this.guard.navigation({ url: request.url, frame }) : { allow: true as const };
        if (verdict.allow) return void cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
        void cdp.send('Fetch.failRequest', { requestId, errorReason: 'Aborted' }).catch(() => undefined);
        if (verdict.offerExternal) this.emit({ type: 'external', key, url: verdict.offerExternal });
      },
    );
    await Promise.all([
      frameTree.then(({ frameTree: tree }) => (topFrame = tree.frame.id)),
      cdp.send('Runtime.enable'),
      cdp.send('Page.enable'),
      cdp.send('Network.enable').then(() => cdp.send('Network.setCacheDisabled', { cacheDisabled: true })),
      cdp.send('Fetch.enable', { patterns: [{ resourceType: 'Document', requestStage: 'Request' }] }),
      cdp.send('Runtime.addBinding', { name: BINDING, executionContextName: AGENT_WORLD }),
      cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: this.agentSource, worldName: AGENT_WORLD, runImmediately: true }),
    ]);
    // A pop-up may have its document already: start the agent there too (it runs once per document).
    // The window's own page is still the empty one it starts with: its first page gets the agent as a new document.
    if (!main) await this.evaluateIsolated(cdp, topFrame, AGENT_WORLD, this.agentSource).catch(() => undefined);
  }

  private runShortcut(key: string, input: ShortcutInput | null) {
    if (input) this.options.policy.shortcut?.(key, input, 'portal');
  }

  private async evaluateIsolated(cdp: CDPSession, frameId: string, worldName: string, expression: string): Promise<unknown> {
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId, worldName })) as { executionContextId: number };
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: unknown;
    };
    if (exceptionDetails) throw new Error('portal page script failed');
    return result.value;
  }

  private async topFrame(win: OpenWindow) {
    const cdp = win.sessions.get(win.page)!;
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    return { cdp, frameId: frameTree.frame.id };
  }

  /** Never rejects: it is fired and forgotten, and a window (a pop-up above all) may close under it. */
  private async paintBar(win: OpenWindow) {
    const top = await this.topFrame(win).catch(() => null);
    if (!top) return;
    const { cdp, frameId } = top;
    const message = JSON.stringify(win.bar);
    await this.evaluateIsolated(
      cdp,
      frameId,
      FILL_WORLD,
      `(() => { const old = document.getElementById('allydesk-session-bar'); if (old) old.remove(); const text = ${message}; if (!text) return;
        const bar = document.createElement('div'); bar.id = 'allydesk-session-bar'; bar.setAttribute('role', 'alert'); bar.textContent = text;
        bar.style.cssText = ${JSON.stringify(PORTAL_BAR_STYLE)};
        document.documentElement.appendChild(bar); })()`,
    ).catch(() => undefined);
  }

  // --- PortalWindowsAdapter ------------------------------------------------------------------
  async open(spec: PortalWindowSpec) {
    const existing = this.windows.get(spec.key);
    if (existing) {
      await existing.page.bringToFront().catch(() => undefined);
      return;
    }
    let pending = this.opening.get(spec.key);
    if (!pending) {
      pending = this.launch(spec)
        .then(async (win) => {
          // Closed or wiped while Chromium was starting (End my shift): close it rather than keep it.
          if (this.cancelled.delete(spec.key)) {
            await win.context.close().catch(() => undefined);
            throw new Error('portal window closed while opening');
          }
          this.windows.set(spec.key, win);
          return win;
        })
        .finally(() => {
          this.starting.delete(spec.key);
          this.cancelled.delete(spec.key);
          this.opening.delete(spec.key);
        });
      this.opening.set(spec.key, pending);
    }
    await pending;
  }

  /** Cancels a window still opening and waits until its Chromium has gone. */
  private async cancelOpening(key: string) {
    const pending = this.opening.get(key);
    if (!pending) return;
    this.cancelled.add(key);
    // Already started: closing it now ends the page load at once instead of waiting for it.
    await this.starting
      .get(key)
      ?.close()
      .catch(() => undefined);
    await pending.catch(() => undefined);
  }

  isOpen(key: string) {
    return this.windows.has(key) || this.opening.has(key);
  }

  currentUrl(key: string) {
    return this.windows.get(key)?.page.url() ?? null;
  }

  async fill(key: string, request: FillRequest): Promise<FillResult> {
    const win = this.windows.get(key);
    // Never a pop-up: its about:blank or blob: page shares its opener's origin, and the opener's script could read the fill.
    if (!win || win.popupOf) return { ok: false, reason: 'no-field' };
    const { cdp, frameId } = await this.topFrame(win);
    return (await this.evaluateIsolated(cdp, frameId, FILL_WORLD, `(${String(fillLoginForm)})(${JSON.stringify(request)})`)) as FillResult;
  }

  async clear(key: string, spec: PortalWindowSpec) {
    await this.close(key);
    if (spec.sessionName) rmSync(this.sessionDir(spec.sessionName), { recursive: true, force: true, maxRetries: 5 });
    await this.open(spec);
  }

  async wipe(key: string, sessionName: string) {
    await this.close(key);
    // Retries: a Chromium helper may still be letting go of a file as the folder goes.
    rmSync(this.sessionDir(sessionName), { recursive: true, force: true, maxRetries: 5 });
  }

  showBar(key: string, message: string | null) {
    const win = this.windows.get(key);
    if (!win) return;
    win.bar = message;
    void this.paintBar(win);
  }

  async close(key: string) {
    await this.cancelOpening(key);
    const win = this.windows.get(key);
    if (!win) return;
    this.windows.delete(key);
    // A pop-up is one page of its portal's context; closing the portal window closes them all.
    if (win.popupOf) await win.page.close().catch(() => undefined);
    else await this.shut(win);
  }

  /** Closes the window's Chromium, then keeps only the session's cookies on disk (see portalProfile.ts). */
  private async shut(win: OpenWindow) {
    await win.context.close().catch(() => undefined);
    if (win.spec.sessionName) prunePortalProfile(this.sessionDir(win.spec.sessionName));
  }

  onEvent(listener: (event: PortalWindowEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The window's pages (tests and the bench drive them like a user would). */
  pages(key: string): Page[] {
    const win = this.windows.get(key);
    // A pop-up's: its own page; a portal window's: every page of its context, its own first.
    return win?.popupOf ? [win.page] : (win?.context.pages() ?? []);
  }

  // --- window commands (issue 21): the same page, through CDP --------------------------------
  async navigate(key: string, move: HistoryMove) {
    const win = this.windows.get(key);
    if (!win) return false;
    const cdp = win.sessions.get(win.page)!;
    if (move === 'stop') return (await cdp.send('Page.stopLoading'), true);
    if (move === 'reload') return (await cdp.send('Page.reload', {}), true);
    const { currentIndex, entries } = (await cdp.send('Page.getNavigationHistory')) as { currentIndex: number; entries: { id: number }[] };
    const target = entries[currentIndex + (move === 'back' ? -1 : 1)];
    if (!target) return false;
    // The request goes out like any other navigation: through the same guard (Fetch.requestPaused).
    await cdp.send('Page.navigateToHistoryEntry', { entryId: target.id });
    return true;
  }

  async setZoom(key: string, factor: number) {
    const win = this.windows.get(key);
    if (!win) return;
    win.zoom = factor;
    await this.paintZoom(win);
  }

  /** Browser mode's zoom: CSS zoom on the page's root, laid again on each new document (Chromium's own zoom has no CDP call). */
  private async paintZoom(win: OpenWindow) {
    const top = await this.topFrame(win).catch(() => null);
    if (!top) return;
    const { cdp, frameId } = top;
    await this.evaluateIsolated(cdp, frameId, FILL_WORLD, `document.documentElement.style.zoom = ${JSON.stringify(String(win.zoom))}`).catch(() => undefined);
  }

  async find(key: string, text: string, options: { backwards: boolean; next: boolean }): Promise<FindResult> {
    const win = this.windows.get(key);
    if (!win) return { matches: 0, active: 0 };
    const step = options.backwards ? -1 : 1;
    const index = options.next && win.find?.text === text ? win.find.index + step : options.backwards ? -1 : 0;
    const { cdp, frameId } = await this.topFrame(win);
    const result = (await this.evaluateIsolated(cdp, frameId, FILL_WORLD, `(${String(findInDocument)})(${JSON.stringify(text)}, ${index})`)) as FindResult;
    win.find = { text, index: result.active - 1, url: win.page.url() };
    return result;
  }

  async stopFind(key: string) {
    const win = this.windows.get(key);
    if (!win) return;
    win.find = null;
    const { cdp, frameId } = await this.topFrame(win);
    await this.evaluateIsolated(cdp, frameId, FILL_WORLD, `(${String(findInDocument)})('', 0)`).catch(() => undefined);
  }

  async print(key: string) {
    const win = this.windows.get(key);
    if (!win) return;
    const { cdp, frameId } = await this.topFrame(win);
    // Not awaited: a visible Chromium holds print() until its dialog closes.
    void this.evaluateIsolated(cdp, frameId, FILL_WORLD, 'window.print()').catch(() => undefined);
  }

  async savePdf(key: string, name: string) {
    const win = this.windows.get(key);
    if (!win) throw new Error('portal window closed');
    const cdp = win.sessions.get(win.page)!;
    const { data } = (await cdp.send('Page.printToPDF', { printBackground: true })) as { data: string };
    const file = freeDownloadName(this.options.downloadsDir ?? join(homedir(), 'Downloads'), name).path;
    writeFileSync(file, Buffer.from(data, 'base64'), { mode: 0o600 });
    return basename(file);
  }

  async dispose() {
    await Promise.all([...new Set([...this.windows.keys(), ...this.opening.keys()])].map((key) => this.close(key)));
    if (this.privateBrowser) await (await this.privateBrowser).close().catch(() => undefined);
    this.privateBrowser = null;
    rmSync(portalTempDir(this.options.dataDir), { recursive: true, force: true, maxRetries: 3 });
  }
}
