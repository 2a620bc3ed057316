import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeBridge } from '../testing/fakeBridge';
import { fakeVault } from '../testing/fakeVault';
import { practiceMateEntry } from '../testing/samples';
import { subscribeVaultEvents, useVault } from './vault';

const PASS = 'lantern orchard velvet 42';
const entry = practiceMateEntry();
const profile = { id: 'profile-0001', name: 'Ann', passphrase: PASS, entries: [entry], damaged: ['entry-broken1'] };

const vaultChannels = (calls: { channel: string }[]) => calls.map((c) => c.channel).filter((c) => c.startsWith('vault:'));

beforeEach(() =>
  useVault.setState({
    status: null,
    entries: [],
    damaged: [],
    query: 'old search',
    revealed: null,
    copyNotice: null,
    lockWarningAt: null,
    lockedBecause: null,
    loadError: null,
  }),
);

describe('vault store', () => {
  it('unlocks with exactly one request, whose reply fills the status and the entry list the screen shows', async () => {
    const { calls } = installFakeBridge(undefined, fakeVault(profile));
    expect(await useVault.getState().unlock(profile.id, PASS)).toEqual({ ok: true });
    expect(vaultChannels(calls)).toEqual(['vault:unlock']);
    const state = useVault.getState();
    expect(state.status?.unlocked).toEqual({ profileId: profile.id, name: 'Ann', unlockedBy: 'passphrase' });
    expect(state.entries.map((e) => e.username)).toEqual(['ann.frontdesk']);
    expect(state.damaged).toEqual(['entry-broken1']);
    expect(state.query).toBe('');
  });

  it('a wrong passphrase keeps the vault locked, says why, and re-reads the status for the next-try time', async () => {
    const { calls } = installFakeBridge(undefined, fakeVault(profile));
    const outcome = await useVault.getState().unlock(profile.id, 'not it');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { passphrase: /Caps Lock/ } } });
    expect(vaultChannels(calls)).toEqual(['vault:unlock', 'vault:status']);
    expect(useVault.getState().status?.unlocked).toBeNull();
    expect(useVault.getState().entries).toEqual([]);
  });

  it('opening the screen while unlocked reads the status, then the entries', async () => {
    const { calls } = installFakeBridge(undefined, fakeVault(profile));
    await useVault.getState().unlock(profile.id, PASS);
    useVault.setState({ entries: [] });
    await useVault.getState().load();
    expect(vaultChannels(calls)).toEqual(['vault:unlock', 'vault:status', 'vault:listEntries']);
    expect(useVault.getState().entries).toHaveLength(1);
  });

  it('locking forgets the entries', async () => {
    installFakeBridge(undefined, fakeVault(profile));
    await useVault.getState().unlock(profile.id, PASS);
    await useVault.getState().lock();
    expect(useVault.getState()).toMatchObject({ entries: [], damaged: [], status: { unlocked: null } });
  });

  it('entries changed at another PC: the list is read again while unlocked, and not while locked', async () => {
    const { calls, emit } = installFakeBridge(undefined, fakeVault(profile));
    const off = subscribeVaultEvents();
    emit('vault:entriesChanged', {});
    await Promise.resolve();
    expect(vaultChannels(calls)).not.toContain('vault:listEntries');
    await useVault.getState().unlock(profile.id, PASS);
    useVault.setState({ entries: [] });
    emit('vault:entriesChanged', {});
    await vi.waitFor(() => expect(useVault.getState().entries).toHaveLength(1));
    expect(vaultChannels(calls).filter((c) => c === 'vault:listEntries')).toHaveLength(1);
    off();
  });
});
