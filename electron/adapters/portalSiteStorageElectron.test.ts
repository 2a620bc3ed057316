import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { decideNavigation } from '../services/portals/allowList';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { standInViews } from './electronViewsStandIn';
import { createElectronPortalWindows, type ElectronPortalApi } from './portalWindowsElectron';
import type { PortalWindowSpec } from './types';

/**
 * Issue 20: a desktop portal session keeps its cookies and nothing else of a portal's pages. The
 * stand-in session holds what a portal page would have written, by kind of storage, and empties
 * the kinds Electron's clearStorageData is asked to (all when none are named, as Electron does).
 */
let nextId = 1;
class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { send() {} };
  url = '';
  setWindowOpenHandler() {}
  getURL = () => this.url;
  async loadURL(url: string) {
    this.url = url;
  }
  close() {}
}
const { FakeBaseWindow: FakeWindow, FakeView } = standInViews(() => new FakeContents());

type Headers = Record<string, string>;
type SendHeaders = (details: { url: string; requestHeaders: Headers }, callback: (response: { cancel?: boolean; requestHeaders?: Headers }) => void) => void;
class FakeSession extends EventEmitter {
  /** What the portal's pages left in this session, by Electron's storage names, per origin. */
  readonly held = new Map<string, Set<string>>();
  sendHeaders: SendHeaders | null = null;
  readonly webRequest = { onBeforeRequest() {}, onBeforeSendHeaders: (listener: SendHeaders) => void (this.sendHeaders = listener) };
  readonly serviceWorkers = new EventEmitter();
  cacheCleared = 0;
  /** Until the test lets it: a clearing in progress, as Electron's takes a while on disk. */
  gate: Promise<void> = Promise.resolve();
  setPermissionRequestHandler() {}
  setPermissionCheckHandler() {}
  write(origin: string, ...storages: string[]) {
    for (const storage of storages) (this.held.get(storage) ?? this.held.set(storage, new Set()).get(storage)!).add(origin);
  }
  async clearStorageData(options: { origin?: string; storages?: string[] } = {}) {
    await this.gate;
    for (const [storage, origins] of this.held) {
      if (options.storages && !options.storages.includes(storage)) continue;
      if (options.origin) origins.delete(options.origin);
      else origins.clear();
      if (origins.size === 0) this.held.delete(storage);
    }
  }
  async clearCache() {
    this.cacheCleared++;
  }
  async clearAuthCache() {}
  /** A request as Chromium would send it: was it cancelled, and with what headers did it go? */
  send(url: string, requestHeaders: Headers) {
    let answer: { cancel?: boolean; requestHeaders?: Headers } = {};
    this.sendHeaders!({ url, requestHeaders }, (response) => (answer = response));
    return answer;
  }
}

const PORTAL = 'https://cms.officeally.com';
const spec: PortalWindowSpec = {
  key: 'ann00001:practice-mate',
  title: 'Practice Mate — Ann',
  url: `${PORTAL}/practicemate`,
  sessionName: 'ann00001-practice-mate',
};
let session: FakeSession;
let downloads: string;
beforeEach(() => {
  FakeWindow.made.length = 0;
  session = new FakeSession();
  downloads = mkdtempSync(join(tmpdir(), 'allydesk-site-storage-'));
});
afterEach(() => rmSync(downloads, { recursive: true, force: true }));

function make() {
  const api = {
    BaseWindow: FakeWindow,
    WebContentsView: FakeView,
    session: { fromPartition: () => session },
    ipcMain: new EventEmitter(),
  } as unknown as ElectronPortalApi;
  const policy = { navigation: (url: string) => decideNavigation(url, { configuredUrls: {}, testHooks: false }), phrases: AUTOPAY_PHRASES };
  const toolbar = { preload: '/app/out/preload/toolbar.cjs', url: () => 'app://allydesk/toolbar.html' };
  return createElectronPortalWindows(api, { preload: '/app/out/preload/portal.cjs', downloadsDir: downloads, policy, toolbar });
}

it('refuses a portal service worker: its script request is cancelled, one that registered anyway is removed with its cache', async () => {
  await make().open(spec);
  expect(session.send(`${PORTAL}/sw.js`, { 'Service-Worker': 'script', Accept: '*/*' })).toEqual({ cancel: true });
  expect(session.send(`${PORTAL}/sw.js`, { 'service-worker': 'script' })).toEqual({ cancel: true });
  // Every other request goes as it was.
  expect(session.send(`${PORTAL}/practicemate`, { Accept: 'text/html' })).toEqual({ requestHeaders: { Accept: 'text/html' } });

  session.write(PORTAL, 'serviceworkers', 'cachestorage', 'cookies');
  session.serviceWorkers.emit('registration-completed', {}, { scope: `${PORTAL}/app/` });
  await expect.poll(() => [...session.held.keys()]).toEqual(['cookies']);
});

it('when the window closes, IndexedDB, localStorage, caches and workers go and the login cookie stays; a reopen waits for that', async () => {
  const adapter = make();
  await adapter.open(spec);
  session.write(PORTAL, 'cookies', 'indexdb', 'localstorage', 'cachestorage', 'serviceworkers', 'filesystem');
  session.write('https://www.officeally.com', 'indexdb');
  let finish!: () => void;
  session.gate = new Promise((resolve) => (finish = resolve));
  FakeWindow.made[0]!.close(); // the staff member closes the window

  // Opened again at once: the window waits until the last one's storage is gone.
  const reopening = adapter.open(spec);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(FakeWindow.made).toHaveLength(1);
  finish();
  await reopening;
  expect(FakeWindow.made).toHaveLength(2);
  expect([...session.held.keys()]).toEqual(['cookies']);
  expect([...session.held.get('cookies')!]).toEqual([PORTAL]);
  expect(session.cacheCleared).toBe(1);
});
