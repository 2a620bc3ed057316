import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TimersView } from '../../shared/ipc/timers';
import { useNavigation } from '../state/navigation';
import { useTimers } from '../state/timers';
import { installFakeBridge } from '../testing/fakeBridge';
import { timersView } from '../testing/samples';
import { TimersScreen } from './TimersScreen';

const NOW = Date.now();
const MIN = 60_000;

const emptyView = (over: Partial<TimersView> = {}) => timersView(NOW, over);

/** Every timers request answers with `initial`, over the shared fake bridge (which also answers the practice's login addresses). */
function fakeBridge(initial: TimersView) {
  const bridge = installFakeBridge(undefined, (channel) => {
    if (channel === 'timers:stop')
      return { ok: false, error: { code: 'not_found', message: 'There is no EHR 24/7 lockout timer to stop, so nothing was changed.' } };
    return channel.startsWith('timers:') ? { ok: true, data: initial } : undefined;
  });
  return { calls: bridge.calls, emit: (view: TimersView) => act(() => bridge.emit('timers:changed', view)) };
}

beforeEach(() => {
  useTimers.setState({ view: null, offset: 0, announcement: '', errors: {} });
  useNavigation.setState({ screen: 'timers', section: null });
});

describe('TimersScreen', () => {
  it("lists the vault's dates; a locked profile's oldest one says to unlock Passwords to see which", async () => {
    const day = (offset: number) => new Date(NOW + offset * 86_400_000).toISOString().slice(0, 10);
    fakeBridge(
      emptyView({
        rotation: [
          {
            key: 'vault:p1:e1',
            label: "Ann's Practice Mate",
            portalId: 'practice-mate',
            source: 'vault',
            changedOn: day(-10),
            dueOn: day(80),
            warnFrom: day(66),
          },
          { key: 'vault:p2:e7', label: "Ben's oldest saved", source: 'vault', locked: true, changedOn: day(-85), dueOn: day(5), warnFrom: day(-9) },
        ],
      }),
    );
    render(<TimersScreen />);
    const locked = await screen.findByText(/Ben's oldest saved password: change/);
    expect(locked.textContent).toContain('(unlock Passwords to see which one)');
    expect(screen.getByText(/Ann's Practice Mate password: change/).textContent).not.toContain('unlock');
  });

  it('a session warning puts focus on "Still working", so one key restarts the timer', async () => {
    const warned = emptyView({
      sessions: [{ portalId: 'practice-mate', startedAt: NOW - 18 * MIN, endsAt: NOW + 2 * MIN, warnAt: NOW, minutes: 20, phase: 'warned' }],
    });
    const { calls } = fakeBridge(warned);
    render(<TimersScreen />);
    expect(await screen.findByText(/Save your work in Practice Mate — the session may end at/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Still working' });
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(calls).toContainEqual({ channel: 'timers:stillWorking', input: { portalId: 'practice-mate' } });
  });

  it('announces state changes politely, and not the ticking seconds', async () => {
    const running = emptyView({ lockouts: [{ portalId: 'ehr', startedAt: NOW, endsAt: NOW + 15 * MIN, minutes: 15, phase: 'running' }] });
    const { emit } = fakeBridge(emptyView());
    const { container } = render(<TimersScreen />);
    await screen.findByText('No timers are running.');
    const live = container.querySelector('[aria-live="polite"]')!;
    emit(running);
    expect(live.textContent).toBe('EHR 24/7 lockout wait started.');
    // The countdown is outside the live region.
    expect(live.contains(screen.getByText(/^\d+ min \d+ s$/))).toBe(false);
    emit({ ...running, now: NOW + 5000 });
    expect(live.textContent).toBe('EHR 24/7 lockout wait started.');
    emit({ ...running, lockouts: [{ ...running.lockouts[0]!, phase: 'ended' }], now: NOW + 15 * MIN });
    expect(live.textContent).toBe('You can try EHR 24/7 again.');
  });

  it('lockout offers the password-reset help; a failed stop shows its message in the card', async () => {
    fakeBridge(emptyView({ lockouts: [{ portalId: 'ehr', startedAt: NOW, endsAt: NOW + 30 * MIN, minutes: 30, phase: 'running' }] }));
    render(<TimersScreen />);
    expect(await screen.findByText(/The account may be locked\. Try again at/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect((await screen.findByRole('alert')).textContent).toBe('There is no EHR 24/7 lockout timer to stop, so nothing was changed.');
    await userEvent.click(screen.getByRole('button', { name: 'Reset the password instead' }));
    expect(useNavigation.getState().screen).toBe('password');
  });

  it('after 10 minutes without a code, shows the support step that links to Support', async () => {
    fakeBridge(
      emptyView({
        twoFactor: [{ portalId: 'practice-mate', requestedAt: NOW - 11 * MIN, spamTipAt: NOW - 9 * MIN, supportTipAt: NOW - MIN, phase: 'support' }],
      }),
    );
    render(<TimersScreen />);
    expect(await screen.findByText(/check that the email and mobile number on file are current/)).toBeTruthy();
    expect(screen.getByText(/option 2 for technical issues/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Support hours and contacts' }));
    expect(useNavigation.getState().screen).toBe('support');
  });

  it('shows rotation as "due in" / "overdue by" from main time, not the page clock', async () => {
    const today = new Date(NOW).toLocaleDateString('en-CA');
    const shift = (days: number) => new Date(NOW + days * 86_400_000).toLocaleDateString('en-CA');
    fakeBridge(
      emptyView({
        rotation: [{ key: 'portal:ehr', label: 'EHR 24/7', portalId: 'ehr', source: 'user', changedOn: shift(-93), dueOn: shift(-3), warnFrom: shift(-17) }],
      }),
    );
    render(<TimersScreen />);
    expect(await screen.findByText(/Change overdue by 3 days/)).toBeTruthy();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
