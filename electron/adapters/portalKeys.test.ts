import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { decideNavigation } from '../services/portals/allowList';
import { commandForInput, type ShortcutInput } from '../services/portals/keys';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { StandInSession, standInViews } from './electronViewsStandIn';
import type { ElectronKeyInput } from './portalKeys';
import { createElectronPortalWindows, type ElectronPortalApi } from './portalWindowsElectron';
import type { PortalWindowPolicy } from './types';

/**
 * The desktop app's keys (issue 21, item 3) against stand-ins for Electron's views: a key pressed in
 * the portal's page or in the toolbar reaches the portals service's decision with its source, only a
 * key it takes is stopped (preventDefault), and the mouse's side buttons arrive as 'app-command'.
 */
let nextId = 1;
class FakeContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { send: () => undefined };
  focused = 0;
  setWindowOpenHandler() {}
  async loadURL() {}
  close() {}
  send() {}
  getURL() {
    return '';
  }
  focus() {
    this.focused++;
  }
}
const { FakeBaseWindow, FakeView } = standInViews(() => new FakeContents());
const KEY = 'ann00001:practice-mate';

async function openWindow() {
  const asked: { key: string; input: ShortcutInput; source: string }[] = [];
  const policy: PortalWindowPolicy = {
    navigation: (url) => decideNavigation(url, { configuredUrls: {}, testHooks: false }),
    phrases: AUTOPAY_PHRASES,
    // The service's own decision (keys.ts), recorded.
    shortcut: (key, input, source) => (asked.push({ key, input, source }), commandForInput(input, { mac: false, findOpen: false, source }) !== null),
  };
  const api = {
    BaseWindow: FakeBaseWindow,
    WebContentsView: FakeView,
    session: { fromPartition: () => new StandInSession() },
    ipcMain: new EventEmitter(),
  } as unknown as ElectronPortalApi;
  const adapter = createElectronPortalWindows(api, {
    preload: '/app/out/preload/portal.cjs',
    downloadsDir: '/tmp',
    policy,
    toolbar: { preload: '/app/out/preload/toolbar.cjs', url: () => 'app://allydesk/toolbar.html' },
  });
  await adapter.open({ key: KEY, title: 'Practice Mate — Ann', url: 'https://pm.officeally.com/login', sessionName: 'ann00001-practice-mate' });
  const win = FakeBaseWindow.made.at(-1)!;
  return { adapter, win, asked, portal: win.portal.webContents as FakeContents, toolbar: win.toolbar.webContents as FakeContents };
}

/** As Electron emits before-input-event: whether the adapter stopped the key. */
function press(contents: FakeContents, input: Partial<ElectronKeyInput>) {
  let stopped = false;
  const full: ElectronKeyInput = { type: 'keyDown', key: '', code: '', shift: false, control: false, alt: false, meta: false, ...input };
  contents.emit('before-input-event', { preventDefault: () => (stopped = true) }, full);
  return stopped;
}

describe('the desktop portal window’s keys', () => {
  it('the portal page’s keys: Ctrl+F, F5, Alt+← are stopped and decided as the portal’s; typing and Ctrl+C reach the page', async () => {
    const { portal, asked } = await openWindow();
    expect(press(portal, { key: 'f', code: 'KeyF', control: true })).toBe(true);
    expect(press(portal, { key: 'F5', code: 'F5' })).toBe(true);
    expect(press(portal, { key: 'ArrowLeft', code: 'ArrowLeft', alt: true })).toBe(true);
    expect(press(portal, { key: 'j', code: 'KeyJ' })).toBe(false);
    expect(press(portal, { key: 'c', code: 'KeyC', control: true })).toBe(false);
    expect(asked.map((a) => [a.key, a.source])).toEqual(Array(5).fill([KEY, 'portal']));
    expect(asked[0]!.input).toEqual({ kind: 'key', press: { key: 'f', code: 'KeyF', control: true, meta: false, alt: false, shift: false } });
  });

  it('a key going up is never decided (the command ran on its way down)', async () => {
    const { portal, asked } = await openWindow();
    expect(press(portal, { type: 'keyUp', key: 'F5', code: 'F5' })).toBe(false);
    expect(asked).toEqual([]);
  });

  it('the toolbar’s keys are decided as the toolbar’s (Enter and Esc stay with its own controls there)', async () => {
    const { toolbar, asked } = await openWindow();
    expect(press(toolbar, { key: '=', code: 'Equal', control: true })).toBe(true);
    expect(press(toolbar, { key: 'Enter', code: 'Enter' })).toBe(false);
    expect(asked.map((a) => a.source)).toEqual(['toolbar', 'toolbar']);
  });

  it('the mouse’s back and forward buttons (app-command) navigate; another command is left alone', async () => {
    const { win, asked } = await openWindow();
    const command = (name: string) => {
      let stopped = false;
      win.emit('app-command', { preventDefault: () => (stopped = true) }, name);
      return stopped;
    };
    expect(command('browser-backward')).toBe(true);
    expect(command('browser-forward')).toBe(true);
    expect(command('media-nexttrack')).toBe(false);
    expect(asked.map((a) => a.input)).toEqual([
      { kind: 'app-command', command: 'browser-backward' },
      { kind: 'app-command', command: 'browser-forward' },
      { kind: 'app-command', command: 'media-nexttrack' },
    ]);
  });

  it('Find puts the keyboard in the toolbar, closing it gives it back to the page; the menu finds a window’s key by its window', async () => {
    const { adapter, win, portal, toolbar } = await openWindow();
    adapter.focusView!(KEY, 'toolbar');
    expect([toolbar.focused, portal.focused]).toEqual([1, 0]);
    adapter.focusView!(KEY, 'portal');
    expect([toolbar.focused, portal.focused]).toEqual([1, 1]);
    adapter.focusView!('bob00001:ehr', 'portal');
    expect(adapter.windowKeyOf(win)).toBe(KEY);
    expect(adapter.windowKeyOf({})).toBeNull();
  });
});
