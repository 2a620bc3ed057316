import { chromium, expect, type Browser, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
import type { BrowserWindow } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { portalPartition } from '../../electron/adapters/portalWindowsElectron';

/**
 * What a portal-window spec needs from the runtime under test, the same in both projects: the
 * staff member's portal window to click in like a user, its next pop-up, where its saved session
 * lives on disk, whether that session still holds anything, and the user's own browser.
 * Browser mode: the host's Chromium per session, reached through its DevTools port (test hooks
 * only), the session in `<data>/portal-sessions/<name>/`. Electron: the BrowserWindows Playwright
 * sees, the session in the `persist:` partition the adapter names (under the data folder, which
 * main makes Electron's userData).
 */
export interface PortalProbe {
  /** The window of session `<profileId>-<portalId>` whose address matches `url` (waits for it). */
  page(sessionName: string, url: RegExp): Promise<Page>;
  /** Call before the click: resolves with the pop-up (a child window) that `opener`'s window opens next. */
  nextPopup(opener: Page): Promise<Page>;
  /** The folder that holds the session's cookies and storage. */
  storagePath(sessionName: string): Promise<string>;
  /** Whether the saved session still keeps anything (browser: its profile folder; Electron: cookies in its partition). */
  keepsSavedSession(sessionName: string): Promise<boolean>;
  /** Runs `action` and resolves once the user's own browser was asked for `url`. */
  opensInUserBrowser(url: string, action: () => Promise<void>, appPage: Page): Promise<void>;
  dispose(): Promise<void>;
}

const POLL = { timeout: 20_000 };

export function browserPortalProbe(dataDir: string): PortalProbe {
  const folderOf = (sessionName: string) => join(dataDir, 'portal-sessions', sessionName.replace(/[^A-Za-z0-9_-]/g, '_'));
  const connected: Browser[] = [];
  return {
    async page(sessionName, url) {
      const portFile = join(folderOf(sessionName), 'DevToolsActivePort');
      await expect.poll(() => existsSync(portFile), POLL).toBe(true);
      const port = readFileSync(portFile, 'utf8').split('\n')[0];
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      connected.push(browser);
      let found: Page | undefined;
      const pages = () => browser.contexts().flatMap((context: BrowserContext) => context.pages());
      await expect.poll(() => (found = pages().find((p) => url.test(p.url()))) !== undefined, POLL).toBe(true);
      return found!;
    },
    nextPopup: (opener) => opener.context().waitForEvent('page'),
    storagePath: async (sessionName) => folderOf(sessionName),
    keepsSavedSession: async (sessionName) => existsSync(folderOf(sessionName)),
    async opensInUserBrowser(url, action, appPage) {
      // This machine has no internet: the user's browser (a new tab of the one showing AllyDesk) asking for the address is the proof.
      const asked = appPage.context().waitForEvent('request', (request) => request.url() === url);
      await action();
      expect((await asked).isNavigationRequest()).toBe(true);
    },
    async dispose() {
      await Promise.all(connected.map((browser) => browser.close().catch(() => undefined)));
    },
  };
}

export function electronPortalProbe(electronApp: ElectronApplication, invoke: (channel: string) => Promise<{ data?: unknown }>): PortalProbe {
  // fromPartition makes a partition that does not exist yet (with Electron's defaults, cache on): ask
  // only once the adapter has made it (a window of it is open, or was), so the adapter's options stand.
  const partitionPath = (sessionName: string) =>
    electronApp.evaluate(({ session }, partition) => session.fromPartition(partition).storagePath, portalPartition(sessionName));
  const pathOfWindow = async (page: Page) => (await electronApp.browserWindow(page)).evaluate((win: BrowserWindow) => win.webContents.session.storagePath);
  return {
    async page(sessionName, url) {
      let found: Page | undefined;
      await expect
        .poll(async () => {
          const candidates = electronApp.windows().filter((p) => url.test(p.url()));
          if (candidates.length === 0) return false;
          const wanted = await partitionPath(sessionName);
          for (const candidate of candidates) {
            if ((await pathOfWindow(candidate).catch(() => null)) === wanted) found = candidate;
          }
          return found !== undefined;
        }, POLL)
        .toBe(true);
      return found!;
    },
    nextPopup: (opener) => electronApp.waitForEvent('window', (page) => page !== opener),
    async storagePath(sessionName) {
      const path = await partitionPath(sessionName);
      expect(path, 'a persist: partition is kept on disk').not.toBeNull();
      return path!;
    },
    keepsSavedSession: async (sessionName) =>
      electronApp.evaluate(async ({ session }, partition) => (await session.fromPartition(partition).cookies.get({})).length > 0, portalPartition(sessionName)),
    async opensInUserBrowser(url, action) {
      // Under test hooks main records shell.openExternal instead of opening a browser.
      await action();
      await expect.poll(async () => (await invoke('test:openedLinks')).data, POLL).toContain(url);
    },
    dispose: async () => undefined,
  };
}
