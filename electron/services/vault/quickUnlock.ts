import { PIN_HOURS_CHOICES } from '../../../shared/ipc/vault';
import { PIN_LENGTH, PIN_TRIES, pinProblemKind, type PinProblemKind } from '../../../shared/validation/pin';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import type { EffectivePolicy } from '../policy/service';
import type { ProfileStore } from './profileFile';
import { DEFAULT_PIN_HOURS, type PinUnlock } from './pinUnlock';
import { say } from './say';
import type { SessionKeeper } from './session';

/** The screen offers 1 to 12 hours; main holds every caller to the same (a policy may only lower it). */
const MAX_HOURS = Math.max(...PIN_HOURS_CHOICES);
const hours = (n: number) => say.count('hours', n);

const PIN_PROBLEM_SAID = {
  digits: 'pinDigitsOnly',
  length: 'pinLength',
  repeated: 'pinRepeated',
  run: 'pinRun',
  common: 'pinCommon',
  date: 'pinDate',
} as const satisfies Record<PinProblemKind, string>;

/** Why this PIN cannot be used, in the language in force, or null. */
export function pinProblemSaid(pin: string): string | null {
  const kind = pinProblemKind(pin);
  if (!kind) return null;
  return kind === 'length' ? say('pinLength', PIN_LENGTH) : say(PIN_PROBLEM_SAID[kind]);
}

/** Why the passphrase is needed now, in the language in force. */
export function pinEndedSaid(reason: 'expired' | 'too-many-tries' | 'shift-ended' | 'policy' | 'none'): string {
  switch (reason) {
    case 'too-many-tries':
      return say('pinEndedTooManyTries', { tries: PIN_TRIES });
    case 'expired':
      return say('pinEndedExpired');
    case 'shift-ended':
      return say('pinEndedShift');
    case 'policy':
      return say('pinOff');
    default:
      return say('pinEndedNone');
  }
}

/**
 * Quick unlock for the vault: setting, using and removing a profile's PIN, under the practice
 * policy (PinUnlock allowed or not, PinMaxHours the ceiling). The PIN itself lives in pinUnlock.ts.
 */
export function createQuickUnlock(deps: {
  pins: PinUnlock;
  sessions: SessionKeeper;
  audit: Pick<AuditLog, 'record'>;
  policy: EffectivePolicy;
  /** The profile's file as it is on disk now (throws the user-facing reason when it is not). */
  profileOnDisk: (profileId: string) => { store: ProfileStore };
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}) {
  const { pins, sessions, policy } = deps;

  /** The policy in force: whether PINs are allowed and the most hours one may last. */
  function rules() {
    const allowed = policy.allows('PinUnlock');
    const maxHours = Math.min(MAX_HOURS, policy.ceiling('PinMaxHours') ?? MAX_HOURS);
    // IT turned PINs off while some were set: they stop working now, and the screen says why.
    if (!allowed) for (const profileId of pins.armedProfiles()) forget(profileId, 'policy');
    return { allowed, maxHours };
  }

  function forget(profileId: string, reason: 'shift-ended' | 'policy' | 'removed') {
    if (pins.forget(profileId, reason === 'removed' ? 'shift-ended' : reason)) {
      deps.audit.record({ event: 'pin-removed', profileId, detail: { reason } });
      if (reason === 'removed') pins.passphraseUsed(profileId); // removed on purpose: nothing to explain later
    }
  }

  return {
    rules,

    /** The PIN part of a profile's summary on the picker. */
    summaryOf(profileId: string) {
      rules();
      const state = pins.state(profileId);
      return state.armed ? { pin: { expiresAt: state.expiresAt, triesLeft: state.triesLeft }, pinEnded: null } : { pin: null, pinEnded: state.ended };
    },

    async setPin(pin: string, forHours: number = DEFAULT_PIN_HOURS) {
      const s = sessions.require();
      const { allowed, maxHours } = rules();
      if (!allowed) throw new UserFacingError('forbidden', say('pinOff'));
      if (s.unlockedBy !== 'passphrase') {
        throw new UserFacingError('forbidden', say('pinOnlyAfterPassphrase'));
      }
      const problem = pinProblemSaid(pin);
      if (problem) throw new UserFacingError('invalid_input', problem, { pin: problem });
      if (!Number.isInteger(forHours) || forHours < 1 || forHours > maxHours) {
        const message = maxHours < MAX_HOURS ? say('pinHoursPolicy', { hours: hours(maxHours) }) : say('pinHoursRange', { hours: hours(MAX_HOURS) });
        throw new UserFacingError('invalid_input', message, { hours: message });
      }
      const { expiresAt } = await pins.arm(s.profileId, pin, s.dataKey, forHours);
      deps.audit.record({ event: 'pin-set', profileId: s.profileId, detail: { hours: String(forHours), expiresAt: new Date(expiresAt).toISOString() } });
      sessions.touch();
    },

    removePin() {
      forget(sessions.require().profileId, 'removed');
    },

    /** A passphrase unlock: any earlier reason the PIN ended no longer needs saying. */
    passphraseUsed: (profileId: string) => pins.passphraseUsed(profileId),

    /** The profile is gone: so is its PIN, silently. */
    profileDeleted(profileId: string) {
      pins.forget(profileId, 'shift-ended');
      pins.passphraseUsed(profileId);
    },

    /** The shift ended: this profile's PIN is forgotten. */
    forgetForShift: (profileId: string) => forget(profileId, 'shift-ended'),

    /** One PIN try, one at a time with the passphrase operations; a right one unlocks like the passphrase. */
    unlockWithPin: (profileId: string, pin: string) =>
      deps.serial(async () => {
        rules();
        const attempt = await pins.unlock(profileId, pin);
        if (attempt.ok) {
          let store: ProfileStore;
          try {
            store = deps.profileOnDisk(profileId).store;
          } catch (error) {
            attempt.dataKey.fill(0);
            throw error;
          }
          await sessions.lock('switch');
          sessions.start(store, attempt.dataKey, 'pin');
          deps.audit.record({ event: 'pin-unlock', profileId });
          return;
        }
        if (attempt.reason === 'wrong') {
          deps.audit.record({ event: 'pin-unlock-failed', profileId, detail: { triesLeft: String(attempt.triesLeft) } });
          if (attempt.triesLeft === 0) throw new UserFacingError('forbidden', pinEndedSaid('too-many-tries'));
          const message = say('pinWrong', { tries: say.count('pinTries', attempt.triesLeft) });
          throw new UserFacingError('invalid_input', message, { pin: message });
        }
        throw new UserFacingError('forbidden', pinEndedSaid(attempt.reason));
      }),
  };
}
export type QuickUnlock = ReturnType<typeof createQuickUnlock>;
