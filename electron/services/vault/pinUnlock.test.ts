import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FAST_KDF } from './testKit';
import { createPinUnlock, PIN_TRIES } from './pinUnlock';

const HOUR = 3_600_000;

function pins(start = Date.parse('2026-11-30T08:00:00Z'), longestHours?: () => number) {
  let t = start;
  const ended: { profileId: string; reason: string; at: number }[] = [];
  const unlock = createPinUnlock({ now: () => t, kdf: FAST_KDF, onEnded: (profileId, reason, at) => ended.push({ profileId, reason, at }), longestHours });
  return { unlock, ended, advance: (ms: number) => (t += ms), now: () => t };
}

describe('PIN quick unlock (memory only)', () => {
  it('gives back the data key for the right PIN, and nothing for a wrong one', async () => {
    const { unlock } = pins();
    const dataKey = randomBytes(32);
    await unlock.arm('profile-ann', '4829', dataKey, 8);
    const right = await unlock.unlock('profile-ann', '4829');
    expect(right.ok && right.dataKey.equals(dataKey)).toBe(true);
    expect(await unlock.unlock('profile-ann', '4820')).toEqual({ ok: false, reason: 'wrong', triesLeft: 2 });
    // A PIN is bound to its profile: another profile has none.
    expect(await unlock.unlock('profile-bob', '4829')).toEqual({ ok: false, reason: 'none' });
  });

  it('keeps its own copy: wiping the session key does not break the PIN', async () => {
    const { unlock } = pins();
    const dataKey = randomBytes(32);
    const copy = Buffer.from(dataKey);
    await unlock.arm('profile-ann', '4829', dataKey, 8);
    dataKey.fill(0); // what locking does to the session's key
    const again = await unlock.unlock('profile-ann', '4829');
    expect(again.ok && again.dataKey.equals(copy)).toBe(true);
  });

  it(`ends after ${PIN_TRIES} wrong PINs — even the right one no longer works — and says why`, async () => {
    const { unlock, ended } = pins();
    await unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    expect(await unlock.unlock('profile-ann', '1111')).toMatchObject({ reason: 'wrong', triesLeft: 2 });
    expect(await unlock.unlock('profile-ann', '2222')).toMatchObject({ reason: 'wrong', triesLeft: 1 });
    expect(await unlock.unlock('profile-ann', '3333')).toEqual({ ok: false, reason: 'wrong', triesLeft: 0 });
    expect(await unlock.unlock('profile-ann', '4829')).toEqual({ ok: false, reason: 'too-many-tries' });
    expect(unlock.state('profile-ann')).toEqual({ armed: false, ended: 'too-many-tries' });
    expect(ended.map((e) => e.reason)).toEqual(['too-many-tries']);
  });

  it('a right PIN does not reset the wrong-PIN count (three wrong in a shift, not in a row)', async () => {
    const { unlock } = pins();
    await unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    await unlock.unlock('profile-ann', '1111');
    await unlock.unlock('profile-ann', '4829');
    await unlock.unlock('profile-ann', '2222');
    expect(await unlock.unlock('profile-ann', '3333')).toEqual({ ok: false, reason: 'wrong', triesLeft: 0 });
  });

  it('expires after its hours (fake clock), once, with an audit hook', async () => {
    const { unlock, ended, advance, now } = pins();
    const { expiresAt } = await unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    expect(expiresAt).toBe(now() + 8 * HOUR);
    advance(8 * HOUR - 1);
    expect((await unlock.unlock('profile-ann', '4829')).ok).toBe(true);
    advance(1);
    expect(await unlock.unlock('profile-ann', '4829')).toEqual({ ok: false, reason: 'expired' });
    expect(unlock.state('profile-ann')).toEqual({ armed: false, ended: 'expired' });
    expect(ended).toEqual([{ profileId: 'profile-ann', reason: 'expired', at: expiresAt }]);
  });

  it('a ceiling IT lowers after a PIN was set ends that PIN sooner (PinMaxHours)', async () => {
    let ceiling = 8;
    const { unlock, ended, advance, now } = pins(undefined, () => ceiling);
    const armedAt = now();
    await unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    advance(3 * HOUR);
    ceiling = 2; // IT lowers PinMaxHours while the PIN is set
    expect(unlock.state('profile-ann')).toEqual({ armed: false, ended: 'expired' });
    expect(await unlock.unlock('profile-ann', '4829')).toEqual({ ok: false, reason: 'expired' });
    expect(ended).toEqual([{ profileId: 'profile-ann', reason: 'expired', at: armedAt + 2 * HOUR }]);
  });

  it('a passphrase unlock clears the reason; forgetting ends it at once', async () => {
    const { unlock } = pins();
    await unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    expect(unlock.forget('profile-ann', 'shift-ended')).toBe(true);
    expect(await unlock.unlock('profile-ann', '4829')).toEqual({ ok: false, reason: 'shift-ended' });
    unlock.passphraseUsed('profile-ann');
    expect(unlock.state('profile-ann')).toEqual({ armed: false, ended: null });
  });

  it('a new object (AllyDesk restarted) knows no PIN', async () => {
    const first = pins();
    await first.unlock.arm('profile-ann', '4829', randomBytes(32), 8);
    const restarted = pins();
    expect(await restarted.unlock.unlock('profile-ann', '4829')).toEqual({ ok: false, reason: 'none' });
  });
});
