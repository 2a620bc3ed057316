import { afterEach, describe, expect, it } from 'vitest';
import type { UserFacingError } from '../errors';
import { practiceMate, vaultKits } from '../vault/testKit';
import { createShiftService, type PortalSessions } from './service';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);

/** A stand-in for the portal-windows service: Ann has two windows open, each with a session cookie. */
function portalWindows() {
  const windows = new Map<string, string[]>([['ann', ['Practice Mate — Ann', 'EHR — Ann']]]);
  const cookies = new Map<string, string>([
    ['Practice Mate — Ann', 'session=abc'],
    ['EHR — Ann', 'session=def'],
  ]);
  let owner = '';
  let failing: Error | null = null;
  const sessions: PortalSessions = {
    openWindows: (profileId) => (profileId === owner ? (windows.get('ann') ?? []).length : 0),
    async closeAndWipe(profileId) {
      if (profileId !== owner) return { closed: [], notClosed: [] };
      if (failing) throw failing;
      const closed = windows.get('ann') ?? [];
      windows.delete('ann');
      closed.forEach((title) => cookies.delete(title));
      return { closed, notClosed: [] };
    },
  };
  return { sessions, cookies, own: (profileId: string) => (owner = profileId), fail: (error: Error) => (failing = error) };
}

async function annOnShift() {
  const k = kit();
  const { unlocked } = await k.vault.createProfile('Ann', PASS);
  const entry = k.vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
  await k.vault.setPin('69035817', 8);
  const portals = portalWindows();
  portals.own(unlocked!.profileId);
  const shift = createShiftService({ vault: k.vault, audit: k.audit, portalSessions: portals.sessions });
  return { ...k, shift, entry, portals, profileId: unlocked!.profileId };
}

describe('End my shift', () => {
  it('says first what will close', async () => {
    const k = await annOnShift();
    await k.vault.copy(k.entry.id, 'password');
    expect(await k.shift.preview()).toEqual({ name: 'Ann', clipboardHoldsSecret: true, portalWindows: 2, pinSet: true });
    await k.clipboard.writeText('claim 12345'); // the user copied something of their own since
    expect((await k.shift.preview()).clipboardHoldsSecret).toBe(false);
  });

  it('closes and wipes the portal windows, forgets the PIN, clears the clipboard, locks, and audits it', async () => {
    const k = await annOnShift();
    await k.vault.copy(k.entry.id, 'password');
    const result = await k.shift.end();
    expect(result).toMatchObject({ portalWindowsClosed: 2, clipboardCleared: true });
    expect(result.status.unlocked).toBeNull();
    expect(result.status.profiles[0]).toMatchObject({ pin: null, pinEnded: 'shift-ended' });
    expect(k.portals.cookies.size).toBe(0);
    expect(await k.clipboard.readText()).toBe('');
    expect(k.events.at(-1)).toEqual({ name: 'vault:locked', payload: { reason: 'shift' } });
    const records = await k.audit.list(k.profileId);
    expect(records.find((r) => r.event === 'shift-end')?.detail).toEqual({ portalWindowsClosed: '2', clipboard: 'cleared' });
    const pinError = await k.vault.unlockWithPin(k.profileId, '69035817').catch((e: UserFacingError) => e);
    expect((pinError as UserFacingError).message).toMatch(/forgotten when your shift ended/);
  });

  it('when the portal windows cannot be closed, the vault still ends locked, the PIN forgotten, and the answer says what stayed', async () => {
    const k = await annOnShift();
    k.portals.fail(new Error('Chromium did not answer'));
    const result = await k.shift.end();
    expect(result).toMatchObject({ portalWindowsClosed: 0, notClosed: ['your portal windows'] });
    expect(result.status.unlocked).toBeNull();
    expect(result.status.profiles[0]).toMatchObject({ pin: null, pinEnded: 'shift-ended' });
    const records = await k.audit.list(k.profileId);
    expect(records.find((r) => r.event === 'shift-end')?.detail).toMatchObject({ notClosed: 'your portal windows' });
  });

  it('there is no shift to end while locked', async () => {
    const k = await annOnShift();
    await k.vault.lock();
    expect(((await k.shift.end().catch((e: UserFacingError) => e)) as UserFacingError).code).toBe('locked');
  });
});
