import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../shared/ipc';
import { DEFAULT_TIMER_SETTINGS, type TimersView } from '../../shared/ipc/timers';
import type { Result } from '../../shared/result';
import { installFakeBridge, type FakeReplies } from '../testing/fakeBridge';
import { timersView } from '../testing/samples';
import { useTimers } from './timers';

const PAGE_NOW = 1_780_000_000_000;
const MIN = 60_000;

const view = (over: Partial<TimersView> = {}) => timersView(PAGE_NOW, over);
const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
const refused = (message: string): Result<unknown> => ({ ok: false, error: { code: 'conflict', message } });
const waiting = (phase: 'waiting' | 'spam' | 'support') =>
  view({ twoFactor: [{ portalId: 'ehr', requestedAt: PAGE_NOW, spamTipAt: PAGE_NOW + 2 * MIN, supportTipAt: PAGE_NOW + 10 * MIN, phase }] });

beforeEach(() => {
  vi.spyOn(Date, 'now').mockReturnValue(PAGE_NOW);
  useTimers.setState({ view: null, offset: 0, announcement: '', errors: {} });
});
afterEach(() => vi.restoreAllMocks());

describe('timers store', () => {
  it("loads main's view and counts down from main's clock, not the page's", async () => {
    installFakeBridge(undefined, { 'timers:list': () => ok(view({ now: PAGE_NOW + 4000 })) });
    await useTimers.getState().load();
    expect(useTimers.getState()).toMatchObject({ view: { now: PAGE_NOW + 4000 }, offset: 4000, announcement: '' });
  });

  it('keeps the message main gave when the list cannot be read', async () => {
    installFakeBridge(undefined, { 'timers:list': () => refused('AllyDesk could not read the timers.') });
    await useTimers.getState().load();
    expect(useTimers.getState().view).toBeNull();
    expect(useTimers.getState().errors.actions?.message).toBe('AllyDesk could not read the timers.');
  });

  // Each action calls the channel of the same name and shows the view main sends back.
  const actions: [string, () => Promise<Result<void>>, unknown][] = [
    ['portalLoggedIn', () => useTimers.getState().portalLoggedIn('ehr'), { portalId: 'ehr' }],
    ['stillWorking', () => useTimers.getState().stillWorking('ehr'), { portalId: 'ehr' }],
    ['loggedOut', () => useTimers.getState().loggedOut('ehr'), { portalId: 'ehr' }],
    ['recordFailedLogin', () => useTimers.getState().recordFailedLogin('ehr'), { portalId: 'ehr' }],
    ['startTwoFactorWait', () => useTimers.getState().startTwoFactorWait('ehr'), { portalId: 'ehr' }],
    ['stop', () => useTimers.getState().stop('lockout', 'ehr'), { kind: 'lockout', portalId: 'ehr' }],
    ['setPasswordChanged', () => useTimers.getState().setPasswordChanged('ehr', '2026-05-01'), { portalId: 'ehr', date: '2026-05-01' }],
    [
      'setSettings',
      () => useTimers.getState().setSettings({ ...DEFAULT_TIMER_SETTINGS, lockoutAttempts: 5 }),
      { ...DEFAULT_TIMER_SETTINGS, lockoutAttempts: 5 },
    ],
    ['dismissAway', () => useTimers.getState().dismissAway(), undefined],
  ];
  it.each(actions)('%s calls timers:%s and shows the view main answers with', async (action, call, input) => {
    const answered = waiting('waiting');
    const channel = `timers:${action}` as Channel;
    const data = action === 'recordFailedLogin' ? { attempts: 1, lockoutStarted: false, view: answered } : answered;
    const bridge = installFakeBridge(undefined, { [channel]: () => ok(data) } as FakeReplies);
    expect(await call()).toEqual({ ok: true, data: undefined });
    expect(bridge.calls).toEqual([{ channel, input }]);
    expect(useTimers.getState().view).toEqual(answered);
  });

  it("a refused action keeps main's words next to what the user did, changes nothing, and a later success clears them", async () => {
    let answer = refused('The Practice Mate session timer already ran out at 10:40 AM.');
    installFakeBridge(undefined, { 'timers:stillWorking': () => answer, 'timers:stop': () => refused('There is no EHR 24/7 lockout timer to stop.') });
    useTimers.setState({ view: view() });

    expect((await useTimers.getState().stillWorking('practice-mate')).ok).toBe(false);
    expect(await useTimers.getState().stop('lockout', 'ehr')).toEqual(refused('There is no EHR 24/7 lockout timer to stop.'));
    expect(useTimers.getState().errors).toEqual({
      'session:practice-mate': { code: 'conflict', message: 'The Practice Mate session timer already ran out at 10:40 AM.' },
      'lockout:ehr': { code: 'conflict', message: 'There is no EHR 24/7 lockout timer to stop.' },
    });
    expect(useTimers.getState().view).toEqual(view());

    answer = ok(view({ now: PAGE_NOW + 1 }));
    expect((await useTimers.getState().stillWorking('practice-mate')).ok).toBe(true);
    expect(useTimers.getState().errors['session:practice-mate']).toBeUndefined();
    expect(useTimers.getState().errors['lockout:ehr']?.message).toBe('There is no EHR 24/7 lockout timer to stop.');
  });

  it('follows timers:changed while connected, announcing only the timers whose phase changed', () => {
    const bridge = installFakeBridge();
    const disconnect = useTimers.getState().connect();
    const lockout = { portalId: 'practice-mate' as const, startedAt: PAGE_NOW, endsAt: PAGE_NOW + 15 * MIN, minutes: 15, phase: 'running' as const };
    bridge.emit('timers:changed', { ...waiting('waiting'), lockouts: [lockout] });
    expect(useTimers.getState().announcement).toBe('Practice Mate lockout wait started. Waiting for the EHR 24/7 code.');

    bridge.emit('timers:changed', { ...waiting('spam'), lockouts: [lockout] });
    expect(useTimers.getState().announcement).toBe('No EHR 24/7 code yet: check your spam or junk folder.');

    // Only time moved: nothing new to say, the last words stay.
    bridge.emit('timers:changed', { ...waiting('spam'), lockouts: [lockout], now: PAGE_NOW + MIN });
    expect(useTimers.getState()).toMatchObject({ offset: MIN, announcement: 'No EHR 24/7 code yet: check your spam or junk folder.' });

    disconnect();
    bridge.emit('timers:changed', waiting('support'));
    expect(useTimers.getState().view?.twoFactor[0]?.phase).toBe('spam');
  });

  it('shares one timers:changed subscription between screens and ends it with the last one', () => {
    const bridge = installFakeBridge();
    const first = useTimers.getState().connect();
    const second = useTimers.getState().connect();
    expect(bridge.listening('timers:changed')).toBe(1);
    first();
    expect(bridge.listening('timers:changed')).toBe(1);
    second();
    expect(bridge.listening('timers:changed')).toBe(0);
  });
});
