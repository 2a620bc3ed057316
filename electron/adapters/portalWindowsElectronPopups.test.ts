import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideNavigation } from '../services/portals/allowList';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { StandInSession, standInViews } from './electronViewsStandIn';
import { PORTAL_IPC } from './portalChannels';
import { createElectronPortalWindows, type ElectronPortalApi } from './portalWindowsElectron';
import type { PortalWindowEvent, PortalWindowSpec } from './types';

/**
 * The desktop app's print and report pop-ups (issue 21, item 4) against stand-ins for Electron: an
 * allowed page's own about:blank or blob: pop-up becomes a BaseWindow of its own, adopting the
 * webContents Chromium made for it, with its own toolbar, the same session and the same guard;
 * everything else is refused, and nothing is ever filled into a pop-up.
 */
let nextId = 1;
type OpenHandler = (details: { url: string; postBody?: unknown }) => {
  action: 'allow' | 'deny';
  overrideBrowserWindowOptions?: { webPreferences: Record<string, unknown> };
  createWindow?: (options: { webContents?: FakeContents; webPreferences?: unknown }) => FakeContents;
};
class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { sent: [] as unknown[][], send: (...args: unknown[]) => this.mainFrame.sent.push(args) };
  readonly calls: string[] = [];
  readonly loaded: string[] = [];
  url = '';
  openHandler: OpenHandler | null = null;
  closed = false;
  setWindowOpenHandler(handler: OpenHandler) {
    this.openHandler = handler;
  }
  getURL() {
    return this.url;
  }
  send() {}
  async loadURL(url: string) {
    this.loaded.push(url);
    this.url = url;
  }
  /** As Electron does when the window is closed, or the page calls window.close(). */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.emit('destroyed');
  }
  print(_options: unknown, done: () => void) {
    this.calls.push('print');
    done();
  }
  async printToPDF() {
    this.calls.push('printToPDF');
    return Buffer.from('%PDF-1.4 claim report');
  }
}
const { FakeBaseWindow: FakeWindow, FakeView } = standInViews(() => new FakeContents());

const spec: PortalWindowSpec = {
  key: 'ann00001:service-center',
  title: 'Service Center — Ann',
  url: 'https://sc.officeally.com/claims/list',
  sessionName: 'ann00001-service-center',
};
const popupKey = `${spec.key}/popup-`;
const policy = { navigation: (url: string) => decideNavigation(url, { configuredUrls: {}, testHooks: false }), phrases: AUTOPAY_PHRASES };
const blob = (origin: string) => `blob:${origin}/6f1c2a4e-5b7d-4c1e-9a3f-2d8e7b6c5a41`;
let downloads: string;
let events: PortalWindowEvent[];
let session: StandInSession;
let ipcMain: EventEmitter;

async function opened() {
  session = new StandInSession();
  ipcMain = new EventEmitter();
  const api = { BaseWindow: FakeWindow, WebContentsView: FakeView, session: { fromPartition: () => session }, ipcMain } as unknown as ElectronPortalApi;
  const toolbar = { preload: '/app/out/preload/toolbar.cjs', url: (key: string) => `app://allydesk/toolbar.html#window=${encodeURIComponent(key)}` };
  const adapter = createElectronPortalWindows(api, { preload: '/app/out/preload/portal.cjs', downloadsDir: downloads, policy, toolbar });
  adapter.onEvent((event) => events.push(event));
  await adapter.open(spec);
  return { adapter, opener: FakeWindow.made.at(-1)!.webContents };
}

/** The portal page opens `url`; Chromium makes the pop-up's webContents and loads `url` into it itself. */
function openPopup(opener: FakeContents, url: string) {
  const answer = opener.openHandler!({ url });
  if (answer.action === 'deny') return null;
  const child = new FakeContents();
  expect(answer.createWindow!({ webContents: child, webPreferences: answer.overrideBrowserWindowOptions!.webPreferences })).toBe(child);
  child.url = url;
  return child;
}
const prevented = (url: string, isMainFrame = true) => {
  const event = { url, isMainFrame, prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
};

beforeEach(() => {
  FakeWindow.made = [];
  FakeView.made = [];
  events = [];
  downloads = mkdtempSync(join(tmpdir(), 'allydesk-dl-'));
});
afterEach(() => rmSync(downloads, { recursive: true, force: true }));

describe('Electron print and report pop-ups', () => {
  it("opens the page's about:blank report as a window of its own: the adopted webContents below its own toolbar, on the same session", async () => {
    const { opener } = await opened();
    const answer = opener.openHandler!({ url: 'about:blank' });
    expect(answer.action).toBe('allow');
    expect(answer.overrideBrowserWindowOptions!.webPreferences).toMatchObject({ session, sandbox: true, contextIsolation: true, nodeIntegration: false });
    const child = openPopup(opener, 'about:blank')!;
    const win = FakeWindow.made.at(-1)!;
    expect(FakeWindow.made).toHaveLength(2);
    // The portal view adopted Chromium's webContents (it loads its own first page: nothing is loaded over it).
    expect(win.portal.webContents).toBe(child);
    expect(child.loaded).toEqual([]);
    expect(win.views).toHaveLength(2);
    expect(win.toolbar.webContents).not.toBe(child);
    expect(win.toolbar.webContents.loaded).toEqual([`app://allydesk/toolbar.html#window=${encodeURIComponent(`${popupKey}1`)}`]);
    expect(win.options.title).toBe('Service Center — Ann');
    // The service hears of it by key; the toolbar's page belongs to the pop-up, not to its opener.
    expect(events).toEqual([{ type: 'popup', key: `${popupKey}1`, parent: spec.key }]);
    expect(win.portal.bounds.y).toBeGreaterThan(0);
  });

  it('guards the pop-up as its opener: its navigations, frames and redirects, and its own pop-ups', async () => {
    const { opener } = await opened();
    const child = openPopup(opener, 'about:blank')!;
    const key = `${popupKey}1`;
    events = [];
    const away = prevented('https://officeally.com.evil.test/steal');
    child.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    expect(events).toEqual([{ type: 'external', key, url: 'https://officeally.com.evil.test/steal' }]);
    const frame = prevented('https://evil.test/', false);
    child.emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);
    const redirect = prevented('https://xn--fficeally-m4a.com/login');
    child.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
    const inside = prevented('https://sc.officeally.com/claims/42');
    child.emit('will-navigate', inside);
    expect(inside.prevented).toBe(false);
    // The report (about:blank, the opener's origin) opens the PDF it made: still its opener's portal window's pop-up.
    expect(child.openHandler!({ url: 'data:application/pdf;base64,JVBERi0x' }).action).toBe('deny');
    const pdf = openPopup(child, blob('https://sc.officeally.com'))!;
    expect(events.at(-1)).toEqual({ type: 'popup', key: `${popupKey}2`, parent: spec.key });
    expect(pdf).toBeInstanceOf(FakeContents);
  });

  it("refuses data:, javascript:, file: and another origin's blob: — no window, nothing offered", async () => {
    const { opener } = await opened();
    events = [];
    for (const url of [
      'data:application/pdf;base64,JVBERi0xLjQK',
      'javascript:alert(1)',
      'file:///C:/Users/ann/claims.pdf',
      blob('https://cms.officeally.com'),
      blob('https://officeally.com.evil.example'),
    ]) {
      expect(opener.openHandler!({ url }).action, url).toBe('deny');
    }
    expect(FakeWindow.made).toHaveLength(1);
    expect(events).toEqual([]);
    // Its own blob: PDF opens.
    expect(openPopup(opener, blob('https://sc.officeally.com'))).not.toBeNull();
    // A page that is no Office Ally page opens no blank window at all.
    opener.url = 'https://officeally.com.evil.example/';
    expect(opener.openHandler!({ url: 'about:blank' }).action).toBe('deny');
  });

  it('never fills a pop-up, and hears neither its page reports nor its fill answers', async () => {
    const { adapter, opener } = await opened();
    const child = openPopup(opener, 'about:blank')!;
    const request = {
      origin: 'https://sc.officeally.com',
      sendTo: { domains: ['officeally.com'], origins: [] },
      username: 'ann',
      password: 'S3cret!pw',
      submit: true,
    };
    expect(await adapter.fill(`${popupKey}1`, request)).toEqual({ ok: false, reason: 'no-field' });
    expect(child.mainFrame.sent).toEqual([]);
    // The opener's fill goes to the opener alone; a pop-up answering for it is not heard.
    const filling = adapter.fill(spec.key, request);
    const [[channel, id]] = opener.mainFrame.sent as [[string, string]];
    expect(channel).toBe(PORTAL_IPC.fill);
    expect(child.mainFrame.sent).toEqual([]);
    ipcMain.emit(PORTAL_IPC.filled, { sender: child, senderFrame: child.mainFrame }, id, { ok: true, filled: ['password'], submitted: true });
    ipcMain.emit(PORTAL_IPC.filled, { sender: opener, senderFrame: opener.mainFrame }, id, { ok: false, reason: 'origin' });
    expect(await filling).toEqual({ ok: false, reason: 'origin' });
    // A pop-up's page report (a login form in it) never reaches the service.
    events = [];
    const report = JSON.stringify({
      type: 'page',
      report: { url: 'about:blank', login: 'one-step', twoFactor: false, botCheck: false, signedIn: false, autopay: null },
    });
    ipcMain.emit(PORTAL_IPC.report, { sender: child, senderFrame: child.mainFrame }, report);
    expect(events).toEqual([]);
  });

  it("prints and saves the pop-up's own page, and saves its blob: PDF to Downloads and says so", async () => {
    const { adapter, opener } = await opened();
    const child = openPopup(opener, blob('https://sc.officeally.com'))!;
    const key = `${popupKey}1`;
    expect(adapter.currentUrl(key)).toBe(blob('https://sc.officeally.com'));
    await adapter.print(key);
    expect(child.calls).toEqual(['print']);
    const file = await adapter.savePdf(key, 'Service Center 2026-12-08.pdf');
    expect(readFileSync(join(downloads, file), 'utf8')).toBe('%PDF-1.4 claim report');
    expect(opener.calls ?? []).toEqual([]);
    // Chromium's viewer's own Save (or a download link): the pop-up's blob: PDF, from the page that made it.
    const item = Object.assign(new EventEmitter(), {
      getFilename: () => 'claims.pdf',
      getURL: () => blob('https://sc.officeally.com'),
      savePath: '',
      setSavePath(path: string) {
        item.savePath = path;
      },
    });
    const event = prevented('');
    session.emit('will-download', event, item, child);
    expect(event.prevented).toBe(false);
    item.emit('done', {}, 'completed');
    // Its name is taken in Downloads at once (two of one name in flight get two files); Chromium writes into it.
    expect(readdirSync(downloads).sort()).toEqual(['Service Center 2026-12-08.pdf', 'claims.pdf']);
    expect(item.savePath).toBe(join(downloads, 'claims.pdf'));
    await expect.poll(() => events.at(-1)).toMatchObject({ type: 'download', file: 'claims.pdf' });
  });

  it('closes with its own page (window.close()), with its opener, and when its session is wiped at the end of a shift', async () => {
    const { adapter, opener } = await opened();
    const first = openPopup(opener, 'about:blank')!;
    const firstWin = FakeWindow.made.at(-1)!;
    first.close(); // the report's own window.close()
    expect(firstWin.closed).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'closed', key: `${popupKey}1` });
    expect(adapter.isOpen(`${popupKey}1`)).toBe(false);

    openPopup(opener, 'about:blank');
    const secondWin = FakeWindow.made.at(-1)!;
    await adapter.wipe(spec.key, spec.sessionName!);
    expect(secondWin.closed).toBe(true);
    expect(adapter.isOpen(`${popupKey}2`)).toBe(false);
    expect(session.cleared).toBe(1);

    await adapter.open(spec);
    openPopup(FakeWindow.made.at(-1)!.webContents, blob('https://sc.officeally.com'));
    const thirdWin = FakeWindow.made.at(-1)!;
    FakeWindow.made.at(-2)!.close(); // the user closes the portal window
    expect(thirdWin.closed).toBe(true);
    expect(events.filter((e) => e.type === 'closed').map((e) => e.key)).toEqual([`${popupKey}1`, `${popupKey}2`, `${popupKey}3`, spec.key]);
  });
});
