import type { Output } from '../../shared/ipc';
import type { EntrySummary, VaultStatus } from '../../shared/ipc/vault';
import type { Result } from '../../shared/result';

const SETTINGS = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };

/**
 * Main's vault as the renderer sees it, for installFakeBridge's `more`: one profile with one
 * passphrase and its entries; unlock answers as main does (status and entry list in one reply),
 * a wrong passphrase answers with main's error and counts towards a retry time on the profile.
 */
export function fakeVault(profile: { id: string; name: string; passphrase: string; entries: EntrySummary[]; damaged?: string[] }) {
  let unlocked = false;
  let wrongTries = 0;
  const status = (): VaultStatus => ({
    profiles: [{ id: profile.id, name: profile.name, retryAt: wrongTries >= 5 ? Date.now() + 60_000 : null, pin: null, pinEnded: null }],
    unlocked: unlocked ? { profileId: profile.id, name: profile.name, unlockedBy: 'passphrase' } : null,
    protection: 'none',
    settings: unlocked ? SETTINGS : null,
    lockAt: unlocked ? Date.now() + 300_000 : null,
    movedAside: [],
    quickUnlock: { allowed: true, maxHours: 12 },
    lockTriggers: { idle: 'app', screenLock: false, sleep: false, userSwitch: false },
  });
  const list = (): Output<'vault:listEntries'> => ({
    entries: profile.entries,
    damaged: (profile.damaged ?? []).map((id) => ({ id, damaged: true as const })),
  });
  const locked: Result<never> = { ok: false, error: { code: 'locked', message: 'The password vault is locked. Unlock your profile first.' } };

  return (channel: string, input: unknown): Result<unknown> | undefined => {
    switch (channel) {
      case 'vault:status':
        return { ok: true, data: status() };
      case 'vault:unlock': {
        const { profileId, passphrase } = input as { profileId: string; passphrase: string };
        if (profileId !== profile.id || passphrase !== profile.passphrase) {
          wrongTries += 1;
          return {
            ok: false,
            error: { code: 'invalid_input', message: 'That passphrase is not right.', fields: { passphrase: 'Check Caps Lock and try again.' } },
          };
        }
        unlocked = true;
        const reply: Output<'vault:unlock'> = { status: status(), ...list() };
        return { ok: true, data: reply };
      }
      case 'vault:listEntries':
        return unlocked ? { ok: true, data: list() } : locked;
      case 'vault:lock':
        unlocked = false;
        return { ok: true, data: status() };
      default:
        return undefined;
    }
  };
}
