import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideNavigation } from '../services/portals/allowList';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { standInViews } from './electronViewsStandIn';
import { createElectronPortalWindows, zoomLevelOf, type ElectronPortalApi } from './portalWindowsElectron';
import type { PortalWindowSpec } from './types';

/**
 * The window commands of the Electron adapter (issue 21) against a stand-in webContents: which
 * Electron calls each command makes (navigationHistory, findInPage, setZoomLevel, print,
 * printToPDF), and what it does with Electron's answers ('found-in-page', 'did-navigate').
 */
let nextId = 1;
class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { send: () => undefined };
  readonly calls: string[] = [];
  url = '';
  back = 0;
  forward = 0;
  zoomLevel = 0;
  findAnswer = { matches: 7, active: 1 };
  readonly navigationHistory = {
    canGoBack: () => this.back > 0,
    canGoForward: () => this.forward > 0,
    goBack: () => void this.calls.push('goBack'),
    goForward: () => void this.calls.push('goForward'),
  };
  setWindowOpenHandler() {}
  async loadURL(url: string) {
    this.url = url;
  }
  close() {}
  send() {}
  getURL() {
    return this.url;
  }
  reload() {
    this.calls.push('reload');
  }
  stop() {
    this.calls.push('stop');
  }
  setZoomLevel(level: number) {
    this.zoomLevel = level;
    this.calls.push(`setZoomLevel:${level.toFixed(3)}`);
  }
  findInPage(text: string, options: { forward: boolean; findNext: boolean }) {
    const requestId = nextId++;
    this.calls.push(`findInPage:${text}:${options.forward ? 'forward' : 'backward'}:${options.findNext ? 'new' : 'next'}`);
    // Electron answers asynchronously, with interim updates first.
    setTimeout(() => {
      this.emit('found-in-page', {}, { requestId, activeMatchOrdinal: 0, matches: 3, finalUpdate: false });
      this.emit('found-in-page', {}, { requestId: requestId + 1000, activeMatchOrdinal: 9, matches: 9, finalUpdate: true }); // another search's
      this.emit('found-in-page', {}, { requestId, activeMatchOrdinal: this.findAnswer.active, matches: this.findAnswer.matches, finalUpdate: true });
    }, 1);
    return requestId;
  }
  stopFindInPage(action: string) {
    this.calls.push(`stopFindInPage:${action}`);
  }
  print(_options: unknown, done: (ok: boolean) => void) {
    this.calls.push('print');
    done(true);
  }
  async printToPDF(options: { printBackground: boolean }) {
    this.calls.push(`printToPDF:${options.printBackground}`);
    return Buffer.from('%PDF-1.4 stand-in');
  }
}
const { FakeBaseWindow: FakeWindow, FakeView } = standInViews(() => new FakeContents());
class FakeSession extends EventEmitter {
  readonly webRequest = { onBeforeRequest() {}, onBeforeSendHeaders() {} };
  readonly serviceWorkers = new EventEmitter();
  clearStorageData = async () => undefined;
  clearCache = async () => undefined;
  setPermissionRequestHandler() {}
  setPermissionCheckHandler() {}
}

let downloads: string;
const spec: PortalWindowSpec = {
  key: 'ann00001:practice-mate',
  title: 'Practice Mate — Ann',
  url: 'https://cms.officeally.com/practicemate',
  sessionName: 'ann00001-practice-mate',
};
const policy = { navigation: (url: string) => decideNavigation(url, { configuredUrls: {}, testHooks: false }), phrases: AUTOPAY_PHRASES };

async function opened() {
  const api = {
    BaseWindow: FakeWindow,
    WebContentsView: FakeView,
    session: { fromPartition: () => new FakeSession() },
    ipcMain: new EventEmitter(),
  } as unknown as ElectronPortalApi;
  const toolbar = { preload: '/app/out/preload/toolbar.cjs', url: () => 'app://allydesk/toolbar.html' };
  const adapter = createElectronPortalWindows(api, { preload: '/app/out/preload/portal.cjs', downloadsDir: downloads, policy, toolbar });
  await adapter.open(spec);
  return { adapter, contents: FakeWindow.made.at(-1)!.webContents };
}

beforeEach(() => {
  FakeWindow.made = [];
  downloads = mkdtempSync(join(tmpdir(), 'allydesk-dl-'));
});
afterEach(() => rmSync(downloads, { recursive: true, force: true }));

describe('Electron portal window commands', () => {
  it('back and forward through navigationHistory only when there is somewhere to go; reload and stop', async () => {
    const { adapter, contents } = await opened();
    expect(await adapter.navigate(spec.key, 'back')).toBe(false);
    contents.back = 1;
    expect(await adapter.navigate(spec.key, 'back')).toBe(true);
    expect(await adapter.navigate(spec.key, 'forward')).toBe(false);
    contents.forward = 1;
    expect(await adapter.navigate(spec.key, 'forward')).toBe(true);
    expect(await adapter.navigate(spec.key, 'reload')).toBe(true);
    expect(await adapter.navigate(spec.key, 'stop')).toBe(true);
    expect(contents.calls).toEqual(['goBack', 'goForward', 'reload', 'stop']);
    expect(await adapter.navigate('bob00001:ehr', 'back')).toBe(false);
  });

  it('zoom through setZoomLevel (1.2 ^ level), laid again after each navigation since Electron keeps zoom per origin', async () => {
    const { adapter, contents } = await opened();
    await adapter.setZoom(spec.key, 1.25);
    expect(1.2 ** contents.zoomLevel).toBeCloseTo(1.25, 6);
    expect(zoomLevelOf(1)).toBe(0);
    contents.zoomLevel = 0;
    contents.emit('did-navigate');
    expect(1.2 ** contents.zoomLevel).toBeCloseTo(1.25, 6);
  });

  it('find: a new search, then next and previous in it, answered from the final found-in-page of its own request; close clears the selection', async () => {
    const { adapter, contents } = await opened();
    expect(await adapter.find(spec.key, 'Jane', { backwards: false, next: false })).toEqual({ matches: 7, active: 1 });
    contents.findAnswer = { matches: 7, active: 2 };
    expect(await adapter.find(spec.key, 'Jane', { backwards: false, next: true })).toEqual({ matches: 7, active: 2 });
    contents.findAnswer = { matches: 0, active: 0 };
    expect(await adapter.find(spec.key, 'Jane', { backwards: true, next: true })).toEqual({ matches: 0, active: 0 });
    await adapter.stopFind(spec.key);
    expect(contents.calls).toEqual([
      'findInPage:Jane:forward:new',
      'findInPage:Jane:forward:next',
      'findInPage:Jane:backward:next',
      'stopFindInPage:clearSelection',
    ]);
    expect(contents.listenerCount('found-in-page')).toBe(0);
  });

  it('print through the system dialog; Save as PDF writes printToPDF into Downloads, owner-only, under a free name', async () => {
    const { adapter, contents } = await opened();
    await adapter.print(spec.key);
    expect(await adapter.savePdf(spec.key, 'Practice Mate 2027-01-15.pdf')).toBe('Practice Mate 2027-01-15.pdf');
    expect(await adapter.savePdf(spec.key, 'Practice Mate 2027-01-15.pdf')).toMatch(/^Practice Mate 2027-01-15.*\.pdf$/);
    const file = join(downloads, 'Practice Mate 2027-01-15.pdf');
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.4 stand-in');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(contents.calls).toEqual(['print', 'printToPDF:true', 'printToPDF:true']);
  });
});
