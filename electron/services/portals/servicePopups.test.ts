import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortalWindowEvent, PortalWindowsAdapter, PortalWindowSpec } from '../../adapters/types';
import { confStores } from '../../adapters/node';
import { AdjustableClock } from '../clock';
import { createPortalsService } from './service';
import { PORTALS_STORE_DEFAULTS } from './state';

/**
 * Pop-ups as the portals service keeps them (issue 21, item 4): a window of their own under
 * `<opener>/popup-<n>`, with their own toolbar view, their input the opener's activity, their zoom
 * not remembered, never filled, gone with their opener.
 */
const LOGIN = 'https://auth.officeally.com/login';
const KEY = 'ann00001:practice-mate';
const POPUP = `${KEY}/popup-1`;
let dir: string;
let clock: AdjustableClock;
let calls: string[];
let urls: Map<string, string>;
let emit: (event: PortalWindowEvent) => void;

function makeService() {
  const adapter: Partial<PortalWindowsAdapter> = {
    async open(spec: PortalWindowSpec) {
      if (!urls.has(spec.key)) urls.set(spec.key, spec.url);
    },
    isOpen: (key) => urls.has(key),
    currentUrl: (key) => urls.get(key) ?? null,
    async fill(key) {
      calls.push(`fill:${key}`);
      return { ok: true as const, filled: [], submitted: true };
    },
    async clear(key) {
      calls.push(`clear:${key}`);
    },
    async close(key) {
      urls.delete(key);
    },
    async setZoom(key, factor) {
      calls.push(`zoom:${key}=${factor}`);
    },
    async print(key) {
      calls.push(`print:${key}`);
    },
    showBar: () => undefined,
    onEvent(listener) {
      emit = listener;
      return () => undefined;
    },
    async dispose() {},
  };
  return createPortalsService({
    clock,
    store: confStores(dir).open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: () => adapter as PortalWindowsAdapter,
    vault: {
      currentProfile: () => ({ id: 'ann00001', name: 'Ann' }),
      loginTarget: () => ({ profileId: 'ann00001', profileName: 'Ann', portal: 'practice-mate', entryUrl: '' }),
      readForFill: () => ({ username: 'ann', password: 'Correct-Horse-7!', recordFill: () => undefined }),
    },
    timers: {
      loggedIn: (p) => calls.push(`in:${p}`),
      activity: (p) => calls.push(`activity:${p}`),
      loggedOut: (p) => calls.push(`out:${p}`),
      codeRequested: () => undefined,
      setSessionMinutes: () => undefined,
    },
    notifications: { notify: () => undefined },
    configuredUrls: () => ({}),
    startPage: () => ({ url: LOGIN, source: 'practice', hint: null }),
    testHooks: false,
  });
}
const page = (key: string, url: string, extra: object = {}) =>
  emit({ type: 'page', key, report: { url, login: null, twoFactor: false, botCheck: false, signedIn: false, autopay: null, ...extra } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-popups-'));
  clock = new AdjustableClock(() => 1_800_000_000_000);
  calls = [];
  urls = new Map();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('portals service: pop-ups', () => {
  it('lists a pop-up as a window of its own, its toolbar naming the maker of its blob: page, with nothing to open in a browser', async () => {
    const service = makeService();
    await service.logIn('entry');
    page(KEY, LOGIN, { login: 'one-step' });
    await Promise.resolve();
    clock.advance(1_000);
    urls.set(KEY, 'https://sc.officeally.com/claims');
    page(KEY, 'https://sc.officeally.com/claims', { signedIn: true });
    urls.set(POPUP, 'blob:https://sc.officeally.com/6f1c2a4e');
    emit({ type: 'popup', key: POPUP, parent: KEY });
    expect(service.view().windows).toMatchObject([
      { id: KEY, profileName: 'Ann', phase: 'signed-in' },
      { id: POPUP, popup: true, portalId: 'practice-mate', profileName: 'Ann', host: 'sc.officeally.com', allowedHost: true },
    ]);
    expect(service.view().windows[0]).not.toHaveProperty('popup');
    expect(service.commands.toolbar(POPUP)).toMatchObject({ id: POPUP, host: 'sc.officeally.com', secure: true, shareableUrl: null });
    // A blob: page another origin made is named by that origin, in red.
    urls.set(POPUP, 'blob:https://officeally.com.evil.example/6f1c');
    expect(service.commands.toolbar(POPUP)).toMatchObject({ host: 'officeally.com.evil.example', allowedHost: false, secure: false });
    // An about:blank report is its opener's document.
    urls.set(POPUP, 'about:blank');
    expect(service.commands.toolbar(POPUP)).toMatchObject({ host: 'sc.officeally.com', allowedHost: true });
    // A "Log in as" fills the portal window only, however many pop-ups are open.
    expect(calls.filter((c) => c.startsWith('fill:'))).toEqual([`fill:${KEY}`]);
  });

  it("counts input in a pop-up as its portal window's activity; its zoom is its own and not remembered; Clear clears its portal window", async () => {
    const service = makeService();
    await service.logIn('entry');
    page(KEY, LOGIN, { login: 'one-step' });
    await Promise.resolve();
    clock.advance(1_000);
    page(KEY, 'https://sc.officeally.com/claims', { signedIn: true });
    await service.commands.zoom(KEY, 'in');
    emit({ type: 'popup', key: POPUP, parent: KEY });
    urls.set(POPUP, 'about:blank');
    // It starts at its opener's zoom (110 %).
    expect(calls).toContain(`zoom:${POPUP}=1.1`);
    clock.advance(20_000);
    calls.length = 0;
    emit({ type: 'input', key: POPUP });
    expect(calls).toEqual(['activity:practice-mate']);
    calls.length = 0;
    expect(await service.commands.zoom(POPUP, 'in')).toEqual({ zoomPercent: 125 });
    // The portal window's remembered zoom stays 110 %; the pop-up's 125 % goes with it.
    expect(service.view().windows.map((w) => [w.id, w.zoomPercent])).toEqual([
      [KEY, 110],
      [POPUP, 125],
    ]);
    expect(service.commands.zoomOf(POPUP)).toBe(100);
    await service.commands.print(POPUP);
    await service.commands.clearWindow(POPUP);
    expect(calls).toEqual([`zoom:${POPUP}=1.25`, `print:${POPUP}`, `clear:${KEY}`]);
  });

  it('forgets its pop-ups when the portal window closes', async () => {
    const service = makeService();
    await service.open('practice-mate');
    urls.set(POPUP, 'about:blank');
    emit({ type: 'popup', key: POPUP, parent: KEY });
    emit({ type: 'popup', key: `${KEY}/popup-2`, parent: 'ann00001:ehr' }); // an opener the service does not know: nothing
    expect(service.view().windows.map((w) => w.id)).toEqual([KEY, POPUP]);
    emit({ type: 'closed', key: KEY });
    expect(service.view().windows).toEqual([]);
  });
});
