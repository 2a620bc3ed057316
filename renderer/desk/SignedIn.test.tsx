import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { activate } from '../i18n/store';
import type { VaultStatus } from '../../shared/ipc/vault';
import type { Result } from '../../shared/result';
import { subscribeVaultEvents, useVault } from '../state/vault';
import { installFakeBridge } from '../testing/fakeBridge';
import { QuickUnlockPanel } from '../vault/QuickUnlockPanel';
import { SignedIn } from './SignedIn';

const settings = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };
const base = {
  protection: 'none' as const,
  lockAt: null,
  movedAside: [],
  quickUnlock: { allowed: true, maxHours: 4 },
  lockTriggers: { idle: 'app' as const, screenLock: false, sleep: false, userSwitch: false },
};
const ann = { id: 'profile-0001', name: 'Ann', retryAt: null, pin: null, pinEnded: null };
const unlocked: VaultStatus = { ...base, profiles: [ann], unlocked: { profileId: ann.id, name: 'Ann', unlockedBy: 'passphrase' }, settings };
const locked: VaultStatus = { ...base, profiles: [{ ...ann, pinEnded: 'shift-ended' }], unlocked: null, settings: null };

// Components render after react-intl has loaded, as in the app.
beforeAll(() => activate('en-US'));
beforeEach(() => useVault.setState({ status: null, lockedBecause: null }));
afterEach(cleanup);

test('the header names who is signed in, and End my shift lists what will close before it ends the shift', async () => {
  let status = unlocked;
  const bridge = installFakeBridge(undefined, {
    'vault:status': () => ({ ok: true, data: status }),
    'shift:preview': () => ({ ok: true, data: { name: 'Ann', clipboardHoldsSecret: true, portalWindows: 2, pinSet: false } }),
    'shift:end': () => ((status = locked), { ok: true, data: { status, portalWindowsClosed: 2, clipboardCleared: true, notClosed: [] } }),
  });
  const user = userEvent.setup();
  render(<SignedIn />);
  const who = await screen.findByRole('group', { name: 'Signed in' });
  expect(who.textContent).toMatch(/^Signed in: Ann/);
  await user.keyboard('{Control>}{Shift>}E{/Shift}{/Control}');
  const dialog = await screen.findByRole('alertdialog', { name: 'End your shift, Ann?' });
  const items = await within(dialog).findAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual([
    'Your passwords (Ann) lock.',
    'The password or username you copied is cleared from the clipboard.',
    '2 portal windows close and all your saved portal sessions are wiped.',
    'You have no quick-unlock PIN to forget.',
  ]);
  expect(bridge.calls.some((c) => c.channel === 'shift:end')).toBe(false); // nothing closes before the user confirms
  await user.click(within(dialog).getByRole('button', { name: 'End my shift' }));
  expect(bridge.calls.some((c) => c.channel === 'shift:end')).toBe(true);
  expect(screen.queryByRole('group', { name: 'Signed in' })).toBeNull();
  expect(useVault.getState().lockedBecause).toMatch(/Ready for the next person/);
});

test('End my shift that could not close a portal window says so on the unlock screen (the vault is locked all the same)', async () => {
  let status = unlocked;
  installFakeBridge(undefined, {
    'vault:status': () => ({ ok: true, data: status }),
    'shift:end': () => ((status = locked), { ok: true, data: { status, portalWindowsClosed: 0, clipboardCleared: false, notClosed: ['Practice Mate'] } }),
  });
  useVault.setState({ status: unlocked });
  expect((await useVault.getState().endShift()).ok).toBe(true);
  expect(useVault.getState().status?.unlocked).toBeNull();
  expect(useVault.getState().lockedBecause).toBe(
    'The shift ended and your passwords are locked, but AllyDesk could not close Practice Mate. Close those windows yourself before you leave, and tell IT.',
  );
});

test('End my shift: main locks the vault before the portal windows are closed, and the screen says "closed" only once they are', async () => {
  let status = unlocked;
  let finish: (() => void) | undefined;
  const bridge = installFakeBridge(undefined, {
    'vault:status': () => ({ ok: true, data: status }),
    'shift:end': () =>
      new Promise<Result<unknown>>((resolve) => {
        status = locked;
        bridge.emit('vault:locked', { reason: 'shift' }); // as main does when the vault locks, first
        finish = () => resolve({ ok: true, data: { status, portalWindowsClosed: 1, clipboardCleared: false, notClosed: [] } });
      }),
  });
  const off = subscribeVaultEvents();
  useVault.setState({ status: unlocked });
  const ending = useVault.getState().endShift();
  await vi.waitFor(() => expect(useVault.getState().lockedBecause).toBe('Your passwords were locked because the shift ended.'));
  finish!();
  expect((await ending).ok).toBe(true);
  expect(useVault.getState().lockedBecause).toBe('The shift ended: everything was locked and closed. Ready for the next person.');
  off();
});

test('PIN setup refuses a guessable PIN at once and offers hours only up to the policy ceiling', async () => {
  installFakeBridge(undefined, { 'vault:status': () => ({ ok: true, data: unlocked }) });
  useVault.setState({ status: unlocked });
  const user = userEvent.setup();
  render(<QuickUnlockPanel />);
  expect(
    within(screen.getByLabelText('The PIN works for'))
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['1 hour', '2 hours', '4 hours']);
  await user.type(screen.getByLabelText('New PIN'), '2580');
  await user.click(screen.getByRole('button', { name: 'Set PIN' }));
  expect(screen.getByText(/one of the most common PINs/)).toBeTruthy();
  await act(async () => undefined);
});
