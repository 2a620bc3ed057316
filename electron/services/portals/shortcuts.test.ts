import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ToolbarView } from '../../../shared/ipc/portals';
import { confStores } from '../../adapters/node';
import type { PortalWindowEvent, PortalWindowPolicy, PortalWindowsAdapter, PortalWindowSpec } from '../../adapters/types';
import { unavailablePortalWindows } from './wiring';
import { AdjustableClock } from '../clock';
import type { KeyPress, ShortcutInput } from './keys';
import { createPortalsService } from './service';
import { PORTALS_STORE_DEFAULTS } from './state';

/** The runtime's side as the service sees it: what it was asked to do, in order, and the key handler it was given. */
function recordingWindows(policy: PortalWindowPolicy) {
  const calls: string[] = [];
  const urls = new Map<string, string>();
  let listener: (event: PortalWindowEvent) => void = () => undefined;
  const adapter: PortalWindowsAdapter = {
    ...unavailablePortalWindows(),
    open: async (spec: PortalWindowSpec) => void (urls.has(spec.key) || urls.set(spec.key, spec.url)),
    isOpen: (key) => urls.has(key),
    currentUrl: (key) => urls.get(key) ?? null,
    close: async (key) => void urls.delete(key),
    onEvent: (l) => ((listener = l), () => undefined),
    navigate: async (key, move) => (calls.push(`${move}:${key}`), true),
    setZoom: async (key, factor) => void calls.push(`zoom:${key}=${factor}`),
    find: async (key, text, { backwards, next }) => (
      calls.push(`find:${text}:${next ? 'next' : 'new'}${backwards ? ':back' : ''}`),
      { matches: 3, active: next ? 2 : 1 }
    ),
    stopFind: async () => void calls.push('stopFind'),
    print: async () => void calls.push('print'),
    focusView: (_key, view) => void calls.push(`focus:${view}`),
  };
  const page = (key: string, url: string) => {
    urls.set(key, url);
    listener({ type: 'page', key, report: { url, login: null, twoFactor: false, botCheck: false, signedIn: false, autopay: null } });
  };
  return { adapter, calls, page, policy };
}

const keyOf = (key: string, mods: Partial<KeyPress> = {}): ShortcutInput => ({
  kind: 'key',
  press: { key, code: '', control: false, meta: false, alt: false, shift: false, ...mods },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let dir: string;
let runtime: ReturnType<typeof recordingWindows>;
let toolbars: ToolbarView[];
const ID = 'ann00001:practice-mate';

function makeService(platform: NodeJS.Platform = 'win32') {
  return createPortalsService({
    clock: new AdjustableClock(),
    store: confStores(dir).open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: (policy) => (runtime = recordingWindows(policy)).adapter,
    vault: {
      currentProfile: () => ({ id: 'ann00001', name: 'Ann' }),
      loginTarget: () => {
        throw new Error('unused');
      },
      readForFill: () => {
        throw new Error('unused');
      },
    },
    timers: { loggedIn() {}, activity() {}, loggedOut() {}, codeRequested() {}, setSessionMinutes() {} },
    notifications: { notify() {} },
    configuredUrls: () => ({}),
    startPage: () => ({ url: 'https://pm.officeally.com/login', source: 'practice', hint: null }),
    testHooks: false,
    onToolbar: (view) => toolbars.push(view),
    platform,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-keys-'));
  toolbars = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('keys in a portal window run the toolbar’s commands', () => {
  it('Ctrl+F opens find in the toolbar and focuses it; Enter in the page moves; the toolbar shows n of m; Esc closes and gives the page the keys back', async () => {
    const service = makeService();
    await service.open('practice-mate');
    const press = (input: ShortcutInput, source: 'portal' | 'toolbar' = 'portal') => runtime.policy.shortcut!(ID, input, source);

    // Enter and Esc are the page's while find is closed.
    expect(press(keyOf('Enter'))).toBe(false);
    expect(press(keyOf('Escape'))).toBe(false);
    expect(press(keyOf('f', { control: true }))).toBe(true);
    await settle();
    expect(runtime.calls).toEqual(['focus:toolbar']);
    expect(toolbars.at(-1)!.find).toEqual({ seq: 1, result: null });

    // The toolbar's field searches (its own command); then Enter in the page moves on, Shift+Enter back.
    await service.commands.find(ID, 'Jane', false);
    expect(toolbars.at(-1)!.find).toEqual({ seq: 1, result: { matches: 3, active: 1 } });
    expect(press(keyOf('Enter'))).toBe(true);
    expect(press(keyOf('Enter', { shift: true }))).toBe(true);
    await settle();
    expect(runtime.calls.slice(1)).toEqual(['find:Jane:new', 'find:Jane:next', 'find:Jane:next:back']);
    expect(toolbars.at(-1)!.find).toEqual({ seq: 1, result: { matches: 3, active: 2 } });

    // A second Ctrl+F (find already open) asks the toolbar to focus its field again.
    press(keyOf('F', { control: true, shift: false }));
    await settle();
    expect(toolbars.at(-1)!.find!.seq).toBe(2);

    expect(press(keyOf('Escape'))).toBe(true);
    await settle();
    expect(runtime.calls.slice(-2)).toEqual(['stopFind', 'focus:portal']);
    expect(toolbars.at(-1)!.find).toBeNull();
    expect(press(keyOf('Enter'))).toBe(false);
  });

  it('a navigation ends the search: after Alt+← the count goes and Enter searches the new page afresh', async () => {
    const service = makeService();
    await service.open('practice-mate');
    runtime.policy.shortcut!(ID, keyOf('f', { control: true }), 'portal');
    await service.commands.find(ID, 'Jane', false);
    expect(runtime.policy.shortcut!(ID, keyOf('ArrowLeft', { alt: true }), 'portal')).toBe(true);
    await settle();
    expect(runtime.calls.at(-1)).toBe(`back:${ID}`);
    expect(toolbars.at(-1)!.find).toEqual({ seq: 1, result: null });
    runtime.policy.shortcut!(ID, keyOf('Enter'), 'portal');
    await settle();
    // Nothing to move to yet: the field gets the keyboard again.
    expect(runtime.calls.at(-1)).toBe('focus:toolbar');

    // A link the user followed (the page reports a new address) ends it too.
    await service.commands.find(ID, 'Jane', false);
    runtime.page(ID, 'https://pm.officeally.com/claims/2');
    expect(toolbars.at(-1)!.find!.result).toBeNull();
    await service.commands.find(ID, 'Jane', false);
    expect(runtime.calls.at(-1)).toBe('find:Jane:new');
  });

  it('zoom keys step through Chromium’s steps and are remembered for the next day; F5, Ctrl+R, Ctrl+P, the mouse’s side buttons', async () => {
    const service = makeService();
    await service.open('practice-mate');
    const press = (input: ShortcutInput) => runtime.policy.shortcut!(ID, input, 'portal');
    press(keyOf('=', { control: true }));
    await settle();
    press(keyOf('+', { control: true, shift: true }));
    await settle();
    press(keyOf('-', { control: true }));
    await settle();
    press(keyOf('F5'));
    press(keyOf('r', { control: true }));
    press(keyOf('p', { control: true }));
    press({ kind: 'mouse', button: 'back' });
    press({ kind: 'app-command', command: 'browser-forward' });
    await settle();
    expect(runtime.calls).toEqual([
      `zoom:${ID}=1.1`,
      `zoom:${ID}=1.25`,
      `zoom:${ID}=1.1`,
      `reload:${ID}`,
      `reload:${ID}`,
      'print',
      `back:${ID}`,
      `forward:${ID}`,
    ]);
    await service.dispose();

    const tomorrow = makeService();
    await tomorrow.open('practice-mate');
    expect(runtime.calls).toEqual([`zoom:${ID}=1.1`]);
    runtime.policy.shortcut!(ID, keyOf('0', { control: true }), 'toolbar');
    await settle();
    expect(tomorrow.view().windows[0]!.zoomPercent).toBe(100);
  });

  it('on macOS Cmd is the key (Ctrl+F stays the page’s); a closed window or an unknown one takes no key', async () => {
    const service = makeService('darwin');
    await service.open('practice-mate');
    expect(runtime.policy.shortcut!(ID, keyOf('f', { control: true }), 'portal')).toBe(false);
    expect(runtime.policy.shortcut!(ID, keyOf('[', { meta: true }), 'portal')).toBe(true);
    expect(runtime.policy.shortcut!('bob00001:ehr', keyOf('[', { meta: true }), 'portal')).toBe(false);
    await service.commands.close(ID);
    expect(runtime.policy.shortcut!(ID, keyOf('[', { meta: true }), 'portal')).toBe(false);
    await settle();
    expect(runtime.calls).toEqual([`back:${ID}`]);
  });
});
