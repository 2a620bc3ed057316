import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalsView } from '../../shared/ipc/portals';
import { setBridge } from '../bridge';
import { activate } from '../i18n/store';
import { usePortals } from '../state/portals';
import { useTimers } from '../state/timers';
import { PortalWindowsList } from './PortalWindowsList';

type Win = PortalsView['windows'][number];
const win = (over: Partial<Win>): Win => ({
  id: 'ann0000000000000:practice-mate',
  portalId: 'practice-mate',
  host: 'pm.officeally.com',
  allowedHost: true,
  zoomPercent: 100,
  profileName: 'Ann',
  private: false,
  phase: 'signed-in',
  awaitingCode: false,
  ...over,
});
const viewWith = (windows: Win[]) => ({ windows, learnedIdle: [], autopaySeen: [], notices: [], settings: {} }) as unknown as PortalsView;

const NOW = Date.parse('2026-12-07T09:00:00Z');
let calls: { channel: string; input: unknown }[] = [];
let windows: Win[] = [];

/** A bridge standing in for main: it records each command and answers as the portals service does. */
function fakeMain() {
  setBridge({
    invoke: (async (channel: string, input: { windowId?: string }) => {
      calls.push({ channel, input });
      if (channel === 'portals:close') windows = windows.filter((w) => w.id !== input.windowId);
      if (['portals:list', 'portals:focus', 'portals:close', 'portals:clear'].includes(channel)) return { ok: true, data: viewWith(windows) };
      if (channel === 'portals:navigate') return { ok: true, data: { moved: true } };
      return { ok: false, error: { code: 'unknown_channel', message: `no ${channel}` } };
    }) as never,
    on: (() => () => undefined) as never,
  });
}

// The time left has a plural: the full message formatter loads with the language.
beforeAll(() => activate('en-US'));
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
  calls = [];
  windows = [
    win({}),
    win({ id: 'private:service-center', portalId: 'service-center', host: 'xn--fficeally-l4a.com', allowedHost: false, profileName: null, private: true }),
  ];
  usePortals.setState({ view: null });
  useTimers.setState({
    offset: 0,
    view: {
      now: NOW,
      sessions: [{ portalId: 'practice-mate', startedAt: NOW, endsAt: NOW + 10 * 60_000, warnAt: NOW + 8 * 60_000, minutes: 10, phase: 'running' }],
    } as never,
  });
  fakeMain();
});
afterEach(() => vi.useRealTimers());

describe('the open portal windows, in the main window', () => {
  it('lists each window: portal, whose session, the host main saw, and the time left, counting down', async () => {
    render(<PortalWindowsList />);
    const list = await screen.findByRole('region', { name: 'Open portal windows' });
    const [ann, priv] = within(list).getAllByRole('listitem');
    expect(within(ann!).getByText('Practice Mate — Ann')).toBeTruthy();
    expect(ann!.textContent).toContain('pm.officeally.com');
    expect(within(ann!).getByText('Logs out in about 10 minutes without activity')).toBeTruthy();
    expect(within(priv!).getByText('Service Center — private window')).toBeTruthy();
    expect(within(priv!).getByText('Not an Office Ally page')).toBeTruthy();
    expect(priv!.textContent).toContain('xn--fficeally-l4a.com');
    expect(within(priv!).getByText('No session timer running')).toBeTruthy();
    // Four minutes later, with nothing else happening, the row says so.
    act(() => void vi.advanceTimersByTime(4 * 60_000));
    expect(within(ann!).getByText('Logs out in about 6 minutes without activity')).toBeTruthy();
  });

  it('Bring to front, Back and Reload send that window’s command to main and say what happened', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<PortalWindowsList />);
    const bar = await screen.findByRole('toolbar', { name: 'Practice Mate — Ann window' });
    await user.click(within(bar).getByRole('button', { name: 'Bring to front' }));
    expect(await screen.findByText('Practice Mate — Ann is in front.')).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Practice Mate — Ann went back.')).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Practice Mate — Ann is reloading.')).toBeTruthy();
    expect(calls.filter((c) => c.channel !== 'portals:list')).toEqual([
      { channel: 'portals:focus', input: { windowId: 'ann0000000000000:practice-mate' } },
      { channel: 'portals:navigate', input: { windowId: 'ann0000000000000:practice-mate', move: 'back' } },
      { channel: 'portals:navigate', input: { windowId: 'ann0000000000000:practice-mate', move: 'reload' } },
    ]);
  });

  it('Clear asks first and clears that portal; a private window has no Clear; Close takes the row away', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<PortalWindowsList />);
    const bar = await screen.findByRole('toolbar', { name: 'Practice Mate — Ann window' });
    expect(within(screen.getByRole('toolbar', { name: 'Service Center — private window window' })).queryByRole('button', { name: 'Clear' })).toBeNull();
    await user.click(within(bar).getByRole('button', { name: 'Clear' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Clear Practice Mate’s cache and cookies?' });
    expect(calls.some((c) => c.channel === 'portals:clear')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Clear and reopen' }));
    expect(await screen.findByText('Practice Mate’s cookies and cache are cleared.')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'portals:clear')?.input).toEqual({ portalId: 'practice-mate' });

    await user.click(within(bar).getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Practice Mate — Ann window' })).toBeNull());
    expect(screen.getByRole('toolbar', { name: 'Service Center — private window window' })).toBeTruthy();
  });
});
