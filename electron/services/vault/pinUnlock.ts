import { PIN_TRIES } from '../../../shared/validation/pin';
import { randomBytes } from 'node:crypto';
import { decrypt, deriveKey, encrypt, type KdfParams, type Sealed } from './crypto';

// Three wrong PINs end quick unlock: a guesser of a 4-digit PIN has a 3-in-10,000 chance at best.
export { PIN_TRIES };
export const DEFAULT_PIN_HOURS = 8;
/**
 * scrypt cost for the PIN key (~155 ms here). The wrapped key lives only in main's memory; this cost
 * slows someone who has already copied that memory, who would otherwise try all 10^4–10^8 PINs at once.
 */
export const PIN_KDF: KdfParams = { N: 2 ** 16, r: 8, p: 1 };

/** Why the PIN no longer works (the unlock screen says it). */
export type PinEndReason = 'expired' | 'too-many-tries' | 'shift-ended' | 'policy';

interface ArmedPin {
  salt: Buffer;
  box: Sealed;
  armedAt: number;
  /** The end chosen when it was set; a lower ceiling from IT since then ends it sooner (`until`). */
  expiresAt: number;
  wrongTries: number;
}

export type PinAttempt = { ok: true; dataKey: Buffer } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: PinEndReason | 'none' };

const pinAad = (profileId: string) => `allydesk/vault/v1/pin/${profileId}`;

/**
 * Quick unlock with a PIN, kept only in this object (main-process memory): after a passphrase
 * unlock the data key is wrapped under a key derived from the PIN with a random salt. Nothing here
 * is ever written anywhere, so a restarted AllyDesk has no PIN. A PIN ends when its hours are up,
 * after PIN_TRIES wrong tries, or when forgotten; the reason is kept (also in memory only) until
 * the next passphrase unlock so the unlock screen can say why the passphrase is needed.
 */
export function createPinUnlock(deps: {
  now: () => number;
  kdf?: KdfParams;
  /** Test seam: the salt (tests derive the PIN key themselves to look for it on disk). */
  salt?: () => Buffer;
  /** A PIN ended by itself (hours up or too many tries): the vault writes the audit record. */
  onEnded: (profileId: string, reason: 'expired' | 'too-many-tries', at: number) => void;
  /** The most hours a PIN may last now (the practice's PinMaxHours); read each time, so a lowered one applies to PINs already set. */
  longestHours?: () => number;
}) {
  const kdf = deps.kdf ?? PIN_KDF;
  const armed = new Map<string, ArmedPin>();
  const ended = new Map<string, PinEndReason>();

  const keyFor = (pin: string, salt: Buffer) => deriveKey(pin, { ...kdf, salt: salt.toString('base64') });

  function end(profileId: string, reason: PinEndReason) {
    const pin = armed.get(profileId);
    if (!pin) return;
    pin.salt.fill(0);
    armed.delete(profileId);
    ended.set(profileId, reason);
  }

  /** When the PIN ends: its own hours, or sooner where the ceiling has come down since it was set. */
  const until = (pin: ArmedPin) => Math.min(pin.expiresAt, deps.longestHours ? pin.armedAt + deps.longestHours() * 3_600_000 : Infinity);

  /** Ends every PIN whose hours are up (checked whenever the PIN state is read or used). */
  function sweep() {
    const t = deps.now();
    for (const [profileId, pin] of armed) {
      const endsAt = until(pin);
      if (t < endsAt) continue;
      end(profileId, 'expired');
      deps.onEnded(profileId, 'expired', endsAt);
    }
  }

  return {
    sweep,

    /** Wraps a copy of the data key under the PIN for `hours`. Replaces any earlier PIN of the profile. */
    async arm(profileId: string, pin: string, dataKey: Buffer, hours: number): Promise<{ expiresAt: number }> {
      const salt = deps.salt?.() ?? randomBytes(16);
      const kek = await keyFor(pin, salt);
      const box = encrypt(kek, dataKey, pinAad(profileId));
      kek.fill(0);
      const armedAt = deps.now();
      const expiresAt = armedAt + hours * 3_600_000;
      armed.set(profileId, { salt, box, armedAt, expiresAt, wrongTries: 0 });
      ended.delete(profileId);
      return { expiresAt };
    },

    /** The profile's PIN if it still works, else why not (null: never set, or reset by a passphrase unlock). */
    state(profileId: string): { armed: true; expiresAt: number; triesLeft: number } | { armed: false; ended: PinEndReason | null } {
      sweep();
      const pin = armed.get(profileId);
      if (pin) return { armed: true, expiresAt: until(pin), triesLeft: PIN_TRIES - pin.wrongTries };
      return { armed: false, ended: ended.get(profileId) ?? null };
    },

    /** One PIN try. A wrong one counts; the third ends the PIN (triesLeft 0). The caller owns the returned key. */
    async unlock(profileId: string, pin: string): Promise<PinAttempt> {
      sweep();
      const current = armed.get(profileId);
      if (!current) return { ok: false, reason: ended.get(profileId) ?? 'none' };
      const kek = await keyFor(pin, current.salt);
      try {
        return { ok: true, dataKey: decrypt(kek, current.box, pinAad(profileId)) };
      } catch {
        current.wrongTries += 1;
        if (current.wrongTries < PIN_TRIES) return { ok: false, reason: 'wrong', triesLeft: PIN_TRIES - current.wrongTries };
        end(profileId, 'too-many-tries');
        deps.onEnded(profileId, 'too-many-tries', deps.now());
        return { ok: false, reason: 'wrong', triesLeft: 0 }; // this try ended it; later ones answer 'too-many-tries'
      } finally {
        kek.fill(0);
      }
    },

    /** Ends the profile's PIN on purpose (the user removed it, the shift ended, IT turned PINs off). */
    forget(profileId: string, reason: PinEndReason): boolean {
      const had = armed.has(profileId);
      end(profileId, reason);
      return had;
    },

    /** A passphrase unlock: the old reason no longer applies. */
    passphraseUsed(profileId: string) {
      ended.delete(profileId);
    },

    /** Every profile that has a PIN armed right now. */
    armedProfiles: () => [...armed.keys()],
  };
}
export type PinUnlock = ReturnType<typeof createPinUnlock>;
