import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { activate } from '../i18n/store';
import type { EntrySummary, VaultStatus } from '../../shared/ipc/vault';
import { useVault } from '../state/vault';
import { installFakeBridge } from '../testing/fakeBridge';
import { practiceMateEntry } from '../testing/samples';
import { VaultAlerts } from './VaultAlerts';
import { VaultScreen } from './VaultScreen';

const settings = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };
const desk = { quickUnlock: { allowed: true, maxHours: 12 }, lockTriggers: { idle: 'app' as const, screenLock: false, sleep: false, userSwitch: false } };
const lockedNoProfiles: VaultStatus = { profiles: [], unlocked: null, protection: 'none', settings: null, lockAt: null, movedAside: [], ...desk };
const unlocked: VaultStatus = {
  profiles: [{ id: 'profile-0001', name: 'Ann', retryAt: null, pin: null, pinEnded: null }],
  unlocked: { profileId: 'profile-0001', name: 'Ann', unlockedBy: 'passphrase' },
  protection: 'os',
  settings,
  lockAt: null,
  movedAside: [],
  ...desk,
};
const entry = practiceMateEntry({ passwordChangedAt: Date.now(), updatedAt: Date.now() });

/** The vault's channels as main answers them here, over the shared fake bridge (calls recorded, events sent). */
function fakeBridge(initial: VaultStatus, entries: EntrySummary[] = []) {
  let status = initial;
  const replies: Record<string, (input: never) => unknown> = {
    'vault:status': () => status,
    'vault:listEntries': () => ({ entries, damaged: [] }),
    'vault:createProfile': () => (status = unlocked),
    'vault:saveEntry': () => entry,
    'vault:copy': () => ({ delivered: false, marked: false, clearsAt: null }),
    'vault:reveal': () => ({ password: 'Pm-pass-001!', hideAt: 0 }),
    'vault:activity': () => ({ lockAt: Date.now() + 300_000 }),
    'vault:lock': () => (status = { ...unlocked, unlocked: null, settings: null }),
  };
  const bridge = installFakeBridge(undefined, (channel, input) => {
    const reply = replies[channel];
    return reply ? { ok: true, data: reply(input as never) } : undefined;
  });
  return { ...bridge, setStatus: (next: VaultStatus) => (status = next) };
}

// The screen renders after react-intl has loaded (as the app's lazy screens do).
beforeAll(() => activate('en-US'));
beforeEach(() =>
  useVault.setState({ status: null, entries: [], damaged: [], query: '', revealed: null, copyNotice: null, lockWarningAt: null, lockedBecause: null }),
);
afterEach(() => vi.useRealTimers());

describe('VaultScreen', { timeout: 30_000 }, () => {
  it('creates the first profile and checks the passphrase fields before asking main', async () => {
    const { calls } = fakeBridge(lockedNoProfiles);
    const user = userEvent.setup();
    render(<VaultScreen />);
    await user.type(await screen.findByLabelText('Your name'), 'Ann');
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(screen.getByText(/Use at least 8 characters/)).toBeTruthy();
    expect(screen.getByText('The two passphrases are not the same.')).toBeTruthy();
    expect(calls.some((c) => c.channel === 'vault:createProfile')).toBe(false);
    expect(screen.getByText(/Protection here: your passphrase only/)).toBeTruthy();

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orchard velvet 42');
    await user.clear(screen.getByLabelText('Type the passphrase again'));
    await user.type(screen.getByLabelText('Type the passphrase again'), 'lantern orchard velvet 42');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(await screen.findByText(/Unlocked for/)).toBeTruthy();
    expect(calls.find((c) => c.channel === 'vault:createProfile')?.input).toEqual({ name: 'Ann', passphrase: 'lantern orchard velvet 42' });
  });

  it('refuses a profile name with an invisible or text-direction character, naming it, before asking main', async () => {
    const { calls } = fakeBridge(lockedNoProfiles);
    const user = userEvent.setup();
    render(<VaultScreen />);
    const name = await screen.findByLabelText('Your name');
    await user.type(name, 'Fuzz Owner\u200b');
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orchard velvet 42');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'lantern orchard velvet 42');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    const described = () => document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(described()).toMatch(/zero-width \(invisible\) character \(U\+200B\) at position 11/);
    expect(calls.some((c) => c.channel === 'vault:createProfile')).toBe(false);

    await user.clear(name);
    await user.type(name, 'Ann\u202eeeL');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(described()).toMatch(/text-direction control character \(U\+202E\)/);
    expect(calls.some((c) => c.channel === 'vault:createProfile')).toBe(false);
  });

  it('shows hidden characters on save and removes them with one click', async () => {
    const { calls } = fakeBridge(unlocked);
    const user = userEvent.setup();
    render(<VaultScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add a login' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a login' });
    await user.type(within(dialog).getByLabelText('Username'), 'ann');
    await user.type(within(dialog).getByLabelText('Password'), 'Pm-pass-001!\u00a0');
    await user.click(within(dialog).getByRole('button', { name: 'Save login' }));
    expect(within(dialog).getByText(/non-breaking space at the end/)).toBeTruthy();
    expect(calls.some((c) => c.channel === 'vault:saveEntry')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Remove hidden characters' }));
    expect((within(dialog).getByLabelText('Password') as HTMLInputElement).value).toBe('Pm-pass-001!');
    await user.click(within(dialog).getByRole('button', { name: 'Save login' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'vault:saveEntry')?.input).toMatchObject({ password: 'Pm-pass-001!', keepHiddenCharacters: false }),
    );
  });

  it('says plainly when a copy did not reach the system clipboard, and a reveal hides itself after 15 s and on lock', async () => {
    const { emit, setStatus } = fakeBridge(unlocked, [entry]);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    // As in App: VaultAlerts carries the vault events (a lock clears the reveal).
    render(
      <>
        <VaultAlerts />
        <VaultScreen />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Copy password for Practice Mate' }));
    expect(await screen.findByText(/could not reach this computer's clipboard/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Reveal password for Practice Mate' }));
    expect(await screen.findByText('Pm-pass-001!')).toBeTruthy();
    act(() => vi.advanceTimersByTime(15_000));
    expect(screen.queryByText('Pm-pass-001!')).toBeNull();
    expect(useVault.getState().revealed).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reveal password for Practice Mate' }));
    expect(await screen.findByText('Pm-pass-001!')).toBeTruthy();
    setStatus({ ...unlocked, unlocked: null, settings: null });
    await act(async () => emit('vault:locked', { reason: 'idle' }));
    expect(useVault.getState().revealed).toBeNull();
    expect(await screen.findByText(/locked after the idle time you set/)).toBeTruthy();
    expect(JSON.stringify(useVault.getState())).not.toContain('Pm-pass-001!');
  });

  it('shows one idle-lock warning even when App and the screen both mount the alerts, and Enter keeps the vault unlocked', async () => {
    const { emit, calls } = fakeBridge(unlocked, [entry]);
    const user = userEvent.setup();
    render(
      <>
        <VaultAlerts />
        <VaultScreen />
      </>,
    );
    await screen.findByText(/Unlocked for/);
    await act(async () => emit('vault:lockWarning', { lockAt: Date.now() + 60_000 }));
    expect(await screen.findAllByRole('alertdialog')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep unlocked' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls.some((c) => c.channel === 'vault:activity')).toBe(true);
  });
});
