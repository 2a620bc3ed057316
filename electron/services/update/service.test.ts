import { describe, expect, it, vi } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../../shared/policy/empty';
import type { PolicyState } from '../../../shared/policy/schema';
import { staticPolicy, type EffectivePolicy } from '../policy/service';
import { installKind, type InstallKind } from './installKind';
import { DAY_MS, failureMessage, startUpdateService, type FoundUpdate, type UpdateMemory, type UpdaterPort } from './service';

/** The update service with a stand-in updater: policy, schedule, and what staff see. */
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function standInUpdater(found: FoundUpdate | null = { version: '0.2.0', releaseNotes: 'New phone menu.' }) {
  const port = {
    check: vi.fn<UpdaterPort['check']>(async () => found),
    download: vi.fn<UpdaterPort['download']>(async (progress) => {
      progress(50);
      progress(100);
    }),
    quitAndInstall: vi.fn(),
  };
  return port;
}

function fakeScheduler() {
  const timers: { ms: number; run: () => void; stopped: boolean }[] = [];
  return {
    timers,
    every: (ms: number, run: () => void) => {
      const timer = { ms, run, stopped: false };
      timers.push(timer);
      return () => void (timer.stopped = true);
    },
    now: () => Date.parse('2026-12-07T09:00:00Z'),
    /** A day passes: every live daily timer fires. */
    day: () => timers.filter((t) => !t.stopped && t.ms === DAY_MS).forEach((t) => t.run()),
  };
}

function memory(initial: Awaited<ReturnType<UpdateMemory['load']>> = {}) {
  let value = initial;
  return {
    load: vi.fn(async () => value),
    save: vi.fn(async (v: typeof value) => void (value = v)),
    get value() {
      return value;
    },
  };
}

const byIt = (values: Record<string, unknown>): PolicyState =>
  ({
    ...EMPTY_POLICY_STATE,
    values,
    sources: Object.fromEntries(Object.keys(values).map((k) => [k, { scope: 'machine', location: 'HKLM\\SOFTWARE\\Policies\\AllyDesk' }])),
  }) as PolicyState;

/** A policy IT can change while the app runs. */
function changeablePolicy(state: PolicyState) {
  let current = state;
  const listeners = new Set<(s: PolicyState) => void>();
  const base = staticPolicy(state);
  const policy: EffectivePolicy = {
    ...base,
    state: () => current,
    fixed: ((name: keyof PolicyState['values']) => current.values[name]) as EffectivePolicy['fixed'],
    onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return { policy, set: (next: PolicyState) => ((current = next), listeners.forEach((l) => l(next))) };
}

async function start(
  options: {
    policy?: EffectivePolicy;
    kind?: InstallKind;
    updater?: ReturnType<typeof standInUpdater>;
    mem?: ReturnType<typeof memory>;
    version?: string;
  } = {},
) {
  const updater = options.updater ?? standInUpdater();
  const scheduler = fakeScheduler();
  const onChange = vi.fn();
  const service = await startUpdateService({
    version: options.version ?? '0.1.0',
    installKind: options.kind ?? 'nsis',
    policy: options.policy ?? staticPolicy(),
    updater,
    memory: options.mem ?? memory(),
    scheduler,
    logger,
    onChange,
  });
  const settle = () => vi.waitFor(() => expect(['checking', 'downloading']).not.toContain(service.view().status.kind));
  return { service, updater, scheduler, onChange, settle };
}

describe('UpdateMode', () => {
  it('default (no policy): checks at start and every day, downloads in the background, then waits to install', async () => {
    const { service, updater, scheduler, settle } = await start();
    await settle();
    expect(updater.check).toHaveBeenCalledTimes(1);
    expect(service.view()).toMatchObject({
      mode: 'default',
      decidedBy: 'app',
      feed: 'publisher',
      status: { kind: 'ready', version: '0.2.0', releaseNotes: 'New phone menu.' },
    });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    service.installNow();
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
    expect(scheduler.timers.map((t) => t.ms)).toEqual([DAY_MS]);
  });

  it('default: the daily check finds a version published later', async () => {
    const updater = standInUpdater(null);
    const { service, scheduler, settle } = await start({ updater });
    await settle();
    expect(service.view().status).toEqual({ kind: 'up-to-date' });
    expect(service.view().lastChecked).toBe('2026-12-07T09:00:00.000Z');
    updater.check.mockResolvedValue({ version: '0.3.0' });
    scheduler.day();
    await settle();
    expect(updater.check).toHaveBeenCalledTimes(2);
    expect(service.view().status).toEqual({ kind: 'ready', version: '0.3.0' });
  });

  it('"start": once at start, no daily check', async () => {
    const { updater, scheduler, settle } = await start({ policy: staticPolicy(byIt({ UpdateMode: 'start' })) });
    await settle();
    expect(updater.check).toHaveBeenCalledTimes(1);
    expect(scheduler.timers).toEqual([]);
  });

  it('"manual": nothing until staff press Check', async () => {
    const { service, updater, scheduler } = await start({ policy: staticPolicy(byIt({ UpdateMode: 'manual' })) });
    expect(updater.check).not.toHaveBeenCalled();
    expect(scheduler.timers).toEqual([]);
    expect(service.view()).toMatchObject({ canCheck: true, decidedBy: 'it', status: { kind: 'idle' } });
    expect((await service.checkNow()).status).toMatchObject({ kind: 'ready' });
    expect(updater.check).toHaveBeenCalledTimes(1);
  });

  it('"none": never checks, not even when staff press Check, and says IT decides', async () => {
    const { service, updater, scheduler } = await start({ policy: staticPolicy(byIt({ UpdateMode: 'none' })) });
    const view = await service.checkNow();
    scheduler.day();
    expect(updater.check).not.toHaveBeenCalled();
    expect(updater.download).not.toHaveBeenCalled();
    expect(view).toMatchObject({
      canCheck: false,
      decidedBy: 'it',
      status: { kind: 'off', reason: "Updates are turned off by your practice's IT. IT installs each new version." },
    });
  });

  it('IT switching to "none" while AllyDesk runs stops the daily check at once', async () => {
    const { policy, set } = changeablePolicy(byIt({}));
    const { updater, scheduler, service, settle } = await start({ policy, updater: standInUpdater(null) });
    await settle();
    set(byIt({ UpdateMode: 'none' }));
    scheduler.day();
    expect(updater.check).toHaveBeenCalledTimes(1);
    expect(service.view().status.kind).toBe('off');
    service.stop();
  });

  it('UpdateFeedUrl: the practice feed is the one asked', async () => {
    const { updater, service, settle } = await start({ policy: staticPolicy(byIt({ UpdateFeedUrl: 'https://updates.example-practice.org/allydesk/' })) });
    await settle();
    expect(updater.check).toHaveBeenCalledWith('https://updates.example-practice.org/allydesk/');
    expect(service.view()).toMatchObject({ feed: 'practice', decidedBy: 'it' });
  });
});

describe('installs that never update themselves', () => {
  it.each([
    ['msi', /Windows Installer \(MSI\) package\. It does not update itself: IT installs each new version\./],
    ['deb', /\.deb package\. It does not update itself/],
    ['unpackaged', /runs from source/],
  ] as const)('%s: no check even with UpdateMode "default", and it says why', async (kind, reason) => {
    const { service, updater, scheduler } = await start({ kind, policy: staticPolicy(byIt({ UpdateMode: 'default' })) });
    await service.checkNow();
    expect(updater.check).not.toHaveBeenCalled();
    expect(scheduler.timers).toEqual([]);
    expect(service.view()).toMatchObject({ canCheck: false, status: { kind: 'off', reason: expect.stringMatching(reason) } });
  });

  it('tells an MSI install from an NSIS one by the uninstaller NSIS leaves beside the exe', () => {
    const facts = { platform: 'win32' as const, isPackaged: true, exePath: 'C:\\Program Files\\AllyDesk\\AllyDesk.exe', productName: 'AllyDesk', env: {} };
    expect(installKind({ ...facts, exists: () => false })).toBe('msi');
    expect(installKind({ ...facts, exists: (p) => p.endsWith('Uninstall AllyDesk.exe') })).toBe('nsis');
    expect(installKind({ ...facts, platform: 'linux', env: { APPIMAGE: '/home/a/AllyDesk.AppImage' } })).toBe('appimage');
    expect(installKind({ ...facts, platform: 'linux' })).toBe('deb');
    expect(installKind({ ...facts, platform: 'darwin' })).toBe('mac');
    expect(installKind({ ...facts, isPackaged: false })).toBe('unpackaged');
  });
});

describe('what staff see', () => {
  it('a failed check or download changes nothing and says why, in words', async () => {
    const updater = standInUpdater();
    updater.download.mockRejectedValue(new Error('sha512 checksum mismatch, expected abc, got def'));
    const { service, settle } = await start({ updater, policy: staticPolicy(byIt({ UpdateMode: 'start' })) });
    await settle();
    expect(service.view().status).toEqual({ kind: 'failed', message: expect.stringMatching(/did not match the feed's SHA-512 checksum, so it was discarded/) });
    service.installNow();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(failureMessage(new Error('getaddrinfo ENOTFOUND downloads.allydesk.app'), 'check')).toMatch(/could not be reached/);
    expect(failureMessage(new Error('New version 0.2.0 is not signed by the application owner: x'), 'download')).toMatch(
      /not signed by the AllyDesk publisher/,
    );
    expect(failureMessage(new Error('HttpError: 503 Service Unavailable'), 'check')).toMatch(/answered with an error/);
  });

  it('the first run after an update says which version it is and what changed, until dismissed', async () => {
    const first = memory();
    const before = await start({ mem: first, policy: staticPolicy(byIt({ UpdateMode: 'manual' })) });
    await before.service.checkNow();
    expect(first.value).toEqual({ lastRunVersion: '0.1.0', pending: { version: '0.2.0', releaseNotes: 'New phone menu.' } });
    const after = await start({ mem: first, version: '0.2.0', policy: staticPolicy(byIt({ UpdateMode: 'manual' })) });
    expect(after.service.view().whatsNew).toEqual({ version: '0.2.0', releaseNotes: 'New phone menu.' });
    await after.service.dismissWhatsNew();
    expect(after.service.view().whatsNew).toBeUndefined();
    const again = await start({ mem: first, version: '0.2.0', policy: staticPolicy(byIt({ UpdateMode: 'manual' })) });
    expect(again.service.view().whatsNew).toBeUndefined();
  });

  it('reports download progress and every change', async () => {
    const { onChange, settle } = await start();
    await settle();
    const kinds = onChange.mock.calls.map(([v]) => (v.status.kind === 'downloading' ? `downloading ${v.status.percent}` : v.status.kind));
    expect(kinds).toEqual(expect.arrayContaining(['checking', 'downloading 0', 'downloading 50', 'downloading 100', 'ready']));
  });
});
