import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortalWindowEvent, PortalWindowPolicy, PortalWindowsAdapter, PortalWindowSpec } from '../../adapters/types';
import { confStores } from '../../adapters/node';
import { mergePolicy } from '../../../shared/policy/validate';
import { AdjustableClock } from '../clock';
import { staticPolicy } from '../policy/service';
import type { FillRequest, FillResult, PageReport } from './pageScript';
import { portalStartPage } from '../../../shared/content/startPages';
import { createPortalsService, PENDING_FILL_MS, SITE_PENDING_FILL_MS, type PortalTimers } from './service';
import { PORTALS_STORE_DEFAULTS } from './state';

/** A window adapter that records what the service asks and lets the test play the page. */
class FakeWindows implements PortalWindowsAdapter {
  readonly opened: PortalWindowSpec[] = [];
  readonly fills: { key: string; request: FillRequest }[] = [];
  readonly cleared: string[] = [];
  readonly bars: [string, string | null][] = [];
  readonly urls = new Map<string, string>();
  listener: (event: PortalWindowEvent) => void = () => undefined;
  constructor(readonly policy: PortalWindowPolicy) {}
  async open(spec: PortalWindowSpec) {
    this.opened.push(spec);
    if (!this.urls.has(spec.key)) this.urls.set(spec.key, spec.url);
  }
  isOpen = (key: string) => this.urls.has(key);
  currentUrl = (key: string) => this.urls.get(key) ?? null;
  /** What the page script answers next (tests set a refusal). */
  answer: FillResult | null = null;
  async fill(key: string, request: FillRequest): Promise<FillResult> {
    this.fills.push({ key, request });
    return this.answer ?? { ok: true as const, filled: [], submitted: request.submit };
  }
  async clear(key: string) {
    this.cleared.push(key);
  }
  readonly wiped: string[] = [];
  async wipe(key: string, sessionName: string) {
    this.urls.delete(key);
    this.wiped.push(sessionName);
  }
  showBar(key: string, message: string | null) {
    this.bars.push([key, message]);
  }
  async close(key: string) {
    this.urls.delete(key);
  }
  onEvent(listener: (event: PortalWindowEvent) => void) {
    this.listener = listener;
    return () => undefined;
  }
  async dispose() {}
  readonly commands: string[] = [];
  async navigate(key: string, move: string) {
    this.commands.push(`${move}:${key}`);
    return move !== 'forward';
  }
  async setZoom(key: string, factor: number) {
    this.commands.push(`zoom:${key}=${factor}`);
  }
  async find(key: string, text: string, options: { backwards: boolean; next: boolean }) {
    this.commands.push(`find:${key}:${text}:${options.next ? 'next' : 'new'}${options.backwards ? ':back' : ''}`);
    return { matches: 7, active: options.next ? 2 : 1 };
  }
  async stopFind(key: string) {
    this.commands.push(`stopFind:${key}`);
  }
  async print(key: string) {
    this.commands.push(`print:${key}`);
  }
  async savePdf(key: string, name: string) {
    this.commands.push(`pdf:${key}:${name}`);
    return name;
  }
  page(key: string, report: Partial<PageReport> & { url: string }) {
    this.urls.set(key, report.url);
    this.listener({ type: 'page', key, report: { login: null, twoFactor: false, botCheck: false, signedIn: false, autopay: null, ...report } });
  }
  input(key: string) {
    this.listener({ type: 'input', key });
  }
}

const LOGIN = 'https://auth.officeally.com/login';
/** Where a Practice Mate login may be sent: Office Ally's hosts and the configured login page's origin. */
const OWN_HOSTS = { domains: ['officeally.com'], origins: ['https://auth.officeally.com'] };
let dir: string;
let clock: AdjustableClock;
let windows: FakeWindows;
let timerCalls: string[];
let audits: string[];
let secret: { username: string; password: string };
let unlocked: { id: string; name: string } | null;

const makeService = (overrides: Partial<Parameters<typeof createPortalsService>[0]> = {}) => {
  const timers: PortalTimers = {
    loggedIn: (p) => timerCalls.push(`in:${p}@${clock.now()}`),
    activity: (p) => timerCalls.push(`activity:${p}@${clock.now()}`),
    loggedOut: (p) => timerCalls.push(`out:${p}`),
    codeRequested: (p) => timerCalls.push(`code:${p}@${clock.now()}`),
    setSessionMinutes: (p, m) => timerCalls.push(`minutes:${p}=${m}`),
  };
  return createPortalsService({
    clock,
    store: confStores(dir).open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: (policy) => (windows = new FakeWindows(policy)),
    vault: {
      currentProfile: () => unlocked,
      loginTarget: () => ({ profileId: 'ann00001', profileName: 'Ann', portal: 'practice-mate', entryUrl: '' }),
      readForFill: () => ({ ...secret, recordFill: (host) => audits.push(`fill@${host}`) }),
    },
    timers,
    notifications: { notify: (n) => timerCalls.push(`notify:${n.title}`) },
    configuredUrls: () => ({}),
    startPage: (p) => (p === 'practice-mate' ? { url: LOGIN, source: 'practice', hint: null } : null),
    testHooks: false,
    ...overrides,
  });
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-portals-'));
  clock = new AdjustableClock(() => 1_800_000_000_000);
  timerCalls = [];
  audits = [];
  secret = { username: 'ann', password: 'Correct-Horse-7!' };
  unlocked = { id: 'ann00001', name: 'Ann' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('portals service', () => {
  it("opens the staff member's own session, titled with their name, and refuses without a profile or an address", async () => {
    const service = makeService();
    await service.open('practice-mate');
    expect(windows.opened[0]).toEqual({ key: 'ann00001:practice-mate', title: 'Practice Mate — Ann', url: LOGIN, sessionName: 'ann00001-practice-mate' });
    await service.open('practice-mate', true);
    expect(windows.opened[1]).toMatchObject({ key: 'private:practice-mate', sessionName: null });
    await expect(service.open('ehr')).rejects.toThrow(/does not know EHR 24\/7's login address.*Settings/);
    unlocked = null;
    await expect(service.open('practice-mate')).rejects.toThrow(/Unlock your vault profile first/);
  });

  it('fills a one-step form on the allowed host, audits it without the secret, and starts the timer when the page leaves the login form', async () => {
    const service = makeService();
    await service.logIn('entry-0001');
    expect(windows.fills).toEqual([]);
    windows.page('ann00001:practice-mate', { url: LOGIN, login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toEqual([
      {
        key: 'ann00001:practice-mate',
        request: { origin: 'https://auth.officeally.com', sendTo: OWN_HOSTS, username: 'ann', password: 'Correct-Horse-7!', submit: true },
      },
    ]);
    expect(audits).toEqual(['fill@auth.officeally.com']);
    expect(timerCalls).toEqual([]);
    clock.advance(2000);
    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/home', signedIn: true });
    expect(timerCalls).toEqual([`in:practice-mate@${clock.now()}`]);
    expect(service.view().windows).toMatchObject([{ portalId: 'practice-mate', profileName: 'Ann', private: false, phase: 'signed-in', awaitingCode: false }]);
  });

  it('a two-factor code page after the fill is not "logged in": the timer waits, the view says the portal wants the code, a wrong code changes nothing', async () => {
    const service = makeService();
    await service.logIn('entry-0001');
    windows.page('ann00001:practice-mate', { url: LOGIN, login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toHaveLength(1);
    const codePage = { url: 'https://auth.officeally.com/verify', twoFactor: true };
    windows.page('ann00001:practice-mate', codePage);
    // No session timer; the code wait starts by itself.
    const asked = `code:practice-mate@${clock.now()}`;
    expect(timerCalls).toEqual([asked]);
    expect(service.view().windows).toMatchObject([{ portalId: 'practice-mate', profileName: 'Ann', private: false, phase: 'signing-in', awaitingCode: true }]);
    // The user types a wrong code: the portal shows its code page again; typing there is not a login, nor a new code wait.
    clock.advance(30_000);
    windows.input('ann00001:practice-mate');
    windows.page('ann00001:practice-mate', codePage);
    expect(timerCalls).toEqual([asked]);
    expect(service.view().windows[0]).toMatchObject({ phase: 'signing-in', awaitingCode: true });
    // The right code: the portal's home page starts the timer, no click needed.
    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/home', signedIn: true });
    expect(timerCalls).toEqual([asked, `in:practice-mate@${clock.now()}`]);
    expect(service.view().windows[0]).toMatchObject({ phase: 'signed-in', awaitingCode: false });
    expect(windows.fills).toHaveLength(1);
  });

  it('does a username-then-password login in two fills, and fills only (no submit) when the setting says so', async () => {
    const service = makeService();
    service.setSettings({ submitAfterFill: false });
    await service.logIn('entry-0001');
    windows.page('ann00001:practice-mate', { url: LOGIN, login: 'username-only' });
    await Promise.resolve();
    windows.page('ann00001:practice-mate', { url: 'https://auth.officeally.com/password', login: 'password-only' });
    await Promise.resolve();
    expect(windows.fills.map((f) => f.request)).toEqual([
      { origin: 'https://auth.officeally.com', sendTo: OWN_HOSTS, username: 'ann', submit: false },
      { origin: 'https://auth.officeally.com', sendTo: OWN_HOSTS, password: 'Correct-Horse-7!', submit: false },
    ]);
  });

  it('never fills on another host, with hidden characters, past its wait, or on a bot check', async () => {
    const service = makeService();
    await service.logIn('entry-0001');
    windows.page('ann00001:practice-mate', { url: 'https://www.patientally.com/login', login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toEqual([]);
    expect(service.view().notices.at(-1)?.message).toMatch(/not where this saved login belongs/);

    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/news' });
    secret = { username: 'ann ', password: 'x' };
    await service.logIn('entry-0001');
    windows.page('ann00001:practice-mate', { url: LOGIN, login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toEqual([]);
    expect(service.view().notices.at(-1)?.message).toMatch(/did not fill your login: .*space/i);

    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/news' });
    secret = { username: 'ann', password: 'x' };
    await service.logIn('entry-0001');
    windows.page('ann00001:practice-mate', { url: LOGIN, botCheck: true });
    windows.page('ann00001:practice-mate', { url: `${LOGIN}?again`, login: 'one-step' });
    expect(service.view().notices.at(-1)?.message).toMatch(/check you are a person/);

    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/news' });
    await service.logIn('entry-0001');
    clock.advance(PENDING_FILL_MS + 1);
    windows.page('ann00001:practice-mate', { url: `${LOGIN}?late`, login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toEqual([]);
    expect(audits).toEqual([]);
  });

  it("says so and audits nothing when the page's form would send the login elsewhere; a blocked download is said too", async () => {
    const service = makeService();
    await service.logIn('entry-0001');
    windows.answer = { ok: false, reason: 'destination', to: 'officeally.com.evil.test' };
    windows.page('ann00001:practice-mate', { url: LOGIN, login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toHaveLength(1);
    expect(audits).toEqual([]);
    expect(service.view().notices.at(-1)?.message).toBe(
      "AllyDesk did not fill your login: this page's form would send it to officeally.com.evil.test, not to where this saved login belongs. Tell your practice's IT if this is an Office Ally page.",
    );
    expect(service.view().windows[0]).toMatchObject({ phase: 'signed-out' });
    windows.listener({ type: 'blocked-download', key: 'ann00001:practice-mate', url: 'https://evil.test/x.exe' });
    expect(service.view().notices.at(-1)?.message).toBe(
      'AllyDesk did not save a download from evil.test: downloads come only from Office Ally and Patient Ally pages.',
    );
    // A download that could not be saved is said, in a notice and a notification, never lost in silence.
    windows.listener({ type: 'download-failed', key: 'ann00001:practice-mate', file: 'era-2026-11.835' });
    expect(service.view().notices.at(-1)?.message).toBe(
      'AllyDesk could not save era-2026-11.835 to your Downloads folder. Check that the folder exists and has free space, then download it again.',
    );
    expect(timerCalls).toContain('notify:Download not saved');
  });

  it('counts a typed login, restarts the timer on real input (not more than every 10 s), and learns the idle logout', async () => {
    const service = makeService();
    await service.open('practice-mate');
    const key = 'ann00001:practice-mate';
    windows.page(key, { url: LOGIN, login: 'one-step' });
    windows.page(key, { url: 'https://cms.officeally.com/help' });
    expect(timerCalls).toEqual([]); // left the login page without a login attempt
    windows.page(key, { url: LOGIN, login: 'one-step' });
    windows.input(key);
    windows.page(key, { url: 'https://cms.officeally.com/home' });
    expect(timerCalls).toEqual([`in:practice-mate@${clock.now()}`]);
    clock.advance(5_000);
    windows.input(key);
    clock.advance(6_000);
    windows.input(key);
    expect(timerCalls.filter((c) => c.startsWith('activity'))).toEqual([`activity:practice-mate@${clock.now()}`]);
    clock.advance(23 * 60_000);
    windows.page(key, { url: `${LOGIN}?expired=1`, login: 'one-step' });
    expect(timerCalls).toContain('out:practice-mate');
    expect(service.view().learnedIdle).toEqual([{ portalId: 'practice-mate', idleMinutes: 23, at: clock.now(), applied: false }]);
    service.applyLearnedIdle('practice-mate');
    expect(timerCalls).toContain('minutes:practice-mate=23');
    expect(service.view().learnedIdle[0]!.applied).toBe(true);
  });

  it('records autopay status seen on an allowed page with the time and profile, and ignores other hosts', async () => {
    const service = makeService();
    await service.open('practice-mate');
    windows.page('ann00001:practice-mate', { url: 'https://evil.example/x', autopay: 'enrolled' });
    expect(service.view().autopaySeen).toEqual([]);
    windows.page('ann00001:practice-mate', { url: 'https://cms.officeally.com/paybill', autopay: 'not-enrolled' });
    expect(service.view().autopaySeen).toEqual([{ portalId: 'practice-mate', status: 'not-enrolled', at: clock.now(), profileName: 'Ann' }]);
  });

  it('navigation policy: allowed hosts stay, others go to the system browser only after the user chooses to', async () => {
    const opened: string[] = [];
    const service = makeService({ openUnlisted: async (url) => (opened.push(url), { opened: true }) });
    expect(windows.policy.navigation('https://sc.officeally.com/x')).toBe('allow');
    expect(windows.policy.navigation('https://example.com/')).toBe('external');
    await service.open('practice-mate');
    windows.listener({ type: 'external', key: 'ann00001:practice-mate', url: 'https://example.com/help?x=1' });
    const offered = service.view().notices.at(-1)!;
    expect(offered).toMatchObject({
      offer: 'external',
      url: 'https://example.com/help?x=1',
      message: expect.stringContaining('example.com, which is not an Office Ally'),
    });
    expect(opened).toEqual([]);
    expect(await service.openInBrowser(offered.id)).toEqual({ opened: true, url: 'https://example.com/help?x=1' });
    expect(opened).toEqual(['https://example.com/help?x=1']);
    await expect(service.openInBrowser(offered.id)).rejects.toThrow(/no longer offered/);
  });

  it("End my shift: counts the staff member's open windows, closes them and deletes every saved session of theirs, not a colleague's", async () => {
    const service = makeService();
    await service.open('practice-mate');
    unlocked = { id: 'bob00002', name: 'Bob' };
    await service.open('practice-mate');
    expect(service.openWindows('ann00001')).toBe(1);
    expect(await service.closeAndWipe('ann00001')).toEqual({ closed: ['Practice Mate'], notClosed: [] });
    expect(windows.wiped.sort()).toEqual(['ann00001-ehr', 'ann00001-patient-ally', 'ann00001-practice-mate', 'ann00001-service-center']);
    expect(service.openWindows('ann00001')).toBe(0);
    expect(service.openWindows('bob00002')).toBe(1);
    expect(service.view().windows.map((w) => w.profileName)).toEqual(['Bob']);
  });

  it('End my shift while a window is still opening: once it opens it is closed and its session wiped, and the open says why', async () => {
    const service = makeService();
    let finishOpening = () => undefined as void;
    const opening = new Promise<void>((resolve) => (finishOpening = resolve));
    const open = windows.open.bind(windows);
    windows.open = async (spec) => (await opening, open(spec));
    const opened = service.open('practice-mate').catch((error: Error) => error);
    expect(await service.closeAndWipe('ann00001')).toEqual({ closed: [], notClosed: [] });
    finishOpening();
    expect(await opened).toMatchObject({
      code: 'locked',
      message: "Ann's shift ended while Practice Mate was opening, so AllyDesk closed it and kept nothing of it.",
    });
    expect(windows.isOpen('ann00001:practice-mate')).toBe(false);
    expect(windows.wiped.filter((name) => name === 'ann00001-practice-mate')).toHaveLength(2); // at the shift's end, and again once it opened
    expect(service.view().windows).toEqual([]);
  });

  it('End my shift: a session that cannot be wiped is named, and the others are wiped all the same', async () => {
    const service = makeService();
    await service.open('practice-mate');
    const wipe = windows.wipe.bind(windows);
    windows.wipe = async (key, sessionName) => {
      if (sessionName === 'ann00001-practice-mate') throw new Error('EBUSY');
      return wipe(key, sessionName);
    };
    expect(await service.closeAndWipe('ann00001')).toEqual({ closed: [], notClosed: ['Practice Mate'] });
    expect(windows.wiped.sort()).toEqual(['ann00001-ehr', 'ann00001-patient-ally', 'ann00001-service-center']);
  });

  it('practice policy: PortalWindows "disabled" opens nothing; PortalAutoSubmit fixes fill-and-submit and refuses a change', async () => {
    const policyOf = (raw: Record<string, unknown>) =>
      staticPolicy(mergePolicy({ layers: [{ scope: 'machine', location: '/etc/allydesk/policy.json', raw }], notices: [], looked: [] }));
    const off = makeService({ policy: policyOf({ PortalWindows: 'disabled' }) });
    await expect(off.open('practice-mate')).rejects.toThrow(/practice's IT has turned off portal windows.*your own browser/);
    expect(windows.opened).toEqual([]);

    const fillOnly = makeService({ policy: policyOf({ PortalAutoSubmit: false }) });
    expect(fillOnly.view().settings).toEqual({ submitAfterFill: false });
    expect(() => fillOnly.setSettings({ submitAfterFill: true })).toThrow(/practice's IT sets this/);
    expect(fillOnly.setSettings({ submitAfterFill: false }).settings).toEqual({ submitAfterFill: false });
  });

  it('a portal without a login page opens at Office Ally\'s site saying which Log in item to choose; "Log in as" waits there, then fills on the form', async () => {
    const site = 'https://cms.officeally.com/practicemate';
    let entryPortal = 'service-center';
    const service = makeService({
      startPage: (p) => portalStartPage(p, {}),
      vault: {
        currentProfile: () => unlocked,
        loginTarget: () => ({ profileId: 'ann00001', profileName: 'Ann', portal: entryPortal, entryUrl: '' }),
        readForFill: () => ({ ...secret, recordFill: (host) => audits.push(`fill@${host}`) }),
      },
    });
    await service.logIn('entry-0001');
    expect(windows.opened[0]).toMatchObject({ key: 'ann00001:service-center', url: site });
    expect(windows.bars).toEqual([['ann00001:service-center', 'Choose Service Center Login from Log in, upper right.']]);
    // The landing page is no login form: nothing is filled while the user finds the menu.
    windows.page('ann00001:service-center', { url: site });
    await Promise.resolve();
    expect(windows.fills).toEqual([]);
    // Longer than a direct login page's wait, shorter than the site's: the form appears on an Office Ally host and is filled.
    clock.advance(PENDING_FILL_MS + 60_000);
    expect(PENDING_FILL_MS + 60_000).toBeLessThan(SITE_PENDING_FILL_MS);
    windows.page('ann00001:service-center', { url: 'https://sc.officeally.com/login', login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills.map((f) => f.request.origin)).toEqual(['https://sc.officeally.com']);
    // The hint goes once the login form shows.
    expect(windows.bars.at(-1)).toEqual(['ann00001:service-center', null]);

    // A look-alike host never gets it, however long the wait.
    entryPortal = 'ehr';
    await service.logIn('entry-0001');
    expect(windows.bars.at(-1)).toEqual(['ann00001:ehr', 'Choose EHR 24/7 Login from Log in, upper right.']);
    windows.page('ann00001:ehr', { url: 'https://officeally.com.evil.test/login', login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toHaveLength(1);
    // Past the site's wait, the form is not filled either.
    clock.advance(SITE_PENDING_FILL_MS + 1);
    windows.page('ann00001:ehr', { url: 'https://ehr.officeally.com/login', login: 'one-step' });
    await Promise.resolve();
    expect(windows.fills).toHaveLength(1);

    // Bringing an open window forward does not show the hint again.
    const bars = windows.bars.length;
    await service.open('service-center');
    expect(windows.bars).toHaveLength(bars);
  });

  it('window commands: back/forward/reload by window id, zoom in steps remembered per staff member and portal across a restart, find "n of m" and next, print, Save as PDF announced', async () => {
    const service = makeService();
    await service.open('practice-mate');
    const id = 'ann00001:practice-mate';
    expect(service.view().windows[0]).toMatchObject({ id, host: 'auth.officeally.com', allowedHost: true, zoomPercent: 100 });
    expect(await service.commands.navigate(id, 'back')).toEqual({ moved: true });
    expect(await service.commands.navigate(id, 'forward')).toEqual({ moved: false });
    await service.commands.navigate(id, 'reload');
    expect(await service.commands.zoom(id, 'in')).toEqual({ zoomPercent: 110 });
    expect(await service.commands.zoom(id, 'in')).toEqual({ zoomPercent: 125 });
    expect(windows.commands).toEqual([`back:${id}`, `forward:${id}`, `reload:${id}`, `zoom:${id}=1.1`, `zoom:${id}=1.25`]);
    expect(service.view().windows[0]!.zoomPercent).toBe(125);

    expect(await service.commands.find(id, 'Jane', false)).toEqual({ matches: 7, active: 1 });
    expect(await service.commands.find(id, 'Jane', false)).toEqual({ matches: 7, active: 2 });
    await service.commands.find(id, 'Jane', true);
    // A navigation ends the search: the same text starts again.
    windows.page(id, { url: 'https://cms.officeally.com/claims' });
    await service.commands.find(id, 'Jane', false);
    await service.commands.findClose(id);
    expect(windows.commands.slice(5)).toEqual([
      `find:${id}:Jane:new`,
      `find:${id}:Jane:next`,
      `find:${id}:Jane:next:back`,
      `find:${id}:Jane:new`,
      `stopFind:${id}`,
    ]);
    expect(service.view().windows[0]!.host).toBe('cms.officeally.com');

    await service.commands.print(id);
    expect(await service.commands.savePdf(id)).toEqual({ file: 'Practice Mate 2027-01-15.pdf' });
    expect(timerCalls).toContain('notify:PDF saved');
    expect(service.view().notices.at(-1)?.message).toBe('Saved this Practice Mate page as Practice Mate 2027-01-15.pdf in your Downloads folder.');

    // The next day (a new service, the same data folder): the window opens at 125 %.
    await service.dispose();
    const tomorrow = makeService();
    await tomorrow.open('practice-mate');
    expect(windows.commands).toEqual([`zoom:${id}=1.25`]);
    expect(await tomorrow.commands.zoom(id, 'reset')).toEqual({ zoomPercent: 100 });
    expect(await tomorrow.commands.zoom(id, 'out')).toEqual({ zoomPercent: 90 });

    await tomorrow.commands.close(id);
    await expect(tomorrow.commands.navigate(id, 'back')).rejects.toThrow('That portal window is closed. Open the portal again.');
    await expect(tomorrow.commands.zoom('bob00001:ehr', 'in')).rejects.toThrow(/closed/);
  });
});
