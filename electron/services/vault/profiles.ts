import { randomBytes } from 'node:crypto';
import { normalizeProfileName, profileNameKey, profileNameProblem } from '../../../shared/text/profileName';
import type { LockTriggers, VaultSettings, VaultStatus } from '../../../shared/ipc/vault';
import type { SecretSealAdapter } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import type { EffectivePolicy } from '../policy/service';
import type { PassphraseKeys } from './passphrase';
import type { QuickUnlock } from './quickUnlock';
import { DEFAULT_SETTINGS, type ProfileFile, type ProfileFiles, type ProfileStore } from './profileFile';
import type { RotationFeed } from './rotationFeed';
import type { EntryList, Session, SessionKeeper } from './session';
import { passphraseProblem } from './strength';
import { isWaiting } from './throttle';
import type { LockReason } from './types';

/**
 * Staff profiles: the picker's list, creating, unlocking, locking, changing the passphrase and
 * deleting. Every passphrase operation goes through `serial`, one at a time, so parallel unlock
 * attempts cannot slip past the throttle.
 */
export function createProfiles(deps: {
  now: () => number;
  files: ProfileFiles;
  movedAside: readonly string[];
  seal: SecretSealAdapter;
  audit: Pick<AuditLog, 'record'>;
  keys: PassphraseKeys;
  sessions: SessionKeeper;
  feed: RotationFeed;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  policy: EffectivePolicy;
  quick: QuickUnlock;
  lockTriggers: () => LockTriggers;
}) {
  const passphraseRule = () => ({ minLength: deps.policy.fixed('PassphraseMinLength') });
  const { files, sessions, keys, serial, now } = deps;

  const profileOnDisk = (profileId: string) => readProfileOnDisk(files, profileId);

  /** One scan of the data folder: the picker's list, and the locked profiles' rotation dates. */
  async function status(): Promise<VaultStatus> {
    const t = now();
    const onDisk = files.all();
    const current = sessions.current();
    // The unlocked profile's file was damaged (and moved aside) or removed behind our back: its
    // session has nowhere to write, so it locks rather than recreate a partial file.
    if (current && !onDisk.some((file) => file.profileId === current.profileId)) await sessions.lock('deleted');
    deps.feed.profilesScanned(onDisk);
    const session = sessions.current();
    return {
      profiles: onDisk
        .map((file) => ({
          id: file.profileId,
          name: file.name,
          retryAt: isWaiting(file.throttle, t) ? file.throttle.retryAt : null,
          ...deps.quick.summaryOf(file.profileId),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      unlocked: session ? { profileId: session.profileId, name: session.name, unlockedBy: session.unlockedBy } : null,
      protection: await deps.seal.level(),
      settings: session ? sessions.settingsOf(session) : null,
      lockAt: sessions.lockAt(),
      movedAside: [...deps.movedAside],
      quickUnlock: deps.quick.rules(),
      lockTriggers: deps.lockTriggers(),
    };
  }

  /** Creates a profile and unlocks it (no audit record: the caller says why it was made). */
  async function newProfile(name: string, passphrase: string, settings: VaultSettings = DEFAULT_SETTINGS, checkStrength = true): Promise<Session> {
    const nameProblem = profileNameProblem(name);
    if (nameProblem) throw new UserFacingError('invalid_input', nameProblem, { name: nameProblem });
    name = normalizeProfileName(name);
    const sameName = files.all().find((file) => profileNameKey(file.name) === profileNameKey(name));
    if (sameName) {
      throw new UserFacingError('conflict', `There is already a profile called "${sameName.name}".`, {
        name: 'Each staff member has their own profile: use your own name.',
      });
    }
    const problem = checkStrength ? await passphraseProblem(passphrase, passphraseRule()) : null;
    if (problem) throw new UserFacingError('invalid_input', problem, { passphrase: problem });
    await sessions.lock('switch');
    const profileId = randomBytes(12).toString('base64url');
    const { dataKey, lock } = await keys.newKey(profileId, passphrase);
    const store = files.create({
      format: 'allydesk-vault-profile',
      version: 1,
      profileId,
      name,
      createdAt: now(),
      lock,
      entries: {},
      throttle: { failures: 0, retryAt: null },
      settings,
    });
    return sessions.start(store, dataKey);
  }

  return {
    status,
    newProfile,

    createProfile: (name: string, passphrase: string) =>
      serial(async () => {
        const s = await newProfile(name, passphrase);
        deps.audit.record({ event: 'profile-create', profileId: s.profileId });
        return status();
      }),

    /** Unlocks and answers with everything the unlocked screen shows first: the status and the entry list. */
    unlock: (profileId: string, passphrase: string): Promise<EntryList & { status: VaultStatus }> =>
      serial(async () => {
        if (sessions.current()?.profileId !== profileId) {
          const onDisk = profileOnDisk(profileId);
          const { dataKey } = await keys.check(onDisk, passphrase);
          await sessions.lock('switch');
          sessions.start(onDisk.store, dataKey);
          deps.quick.passphraseUsed(profileId);
          deps.audit.record({ event: 'unlock', profileId });
        }
        const current = await status();
        return { status: current, ...(current.unlocked ? sessions.list('') : { entries: [], damaged: [] }) };
      }),

    lock: async (reason: LockReason = 'manual') => {
      await sessions.lock(reason);
      return status();
    },

    changePassphrase: (current: string, next: string) =>
      serial(async () => {
        const s = sessions.require();
        const problem = await passphraseProblem(next, passphraseRule());
        if (problem) throw new UserFacingError('invalid_input', problem, { next: problem });
        let onDisk: { store: ProfileStore; file: ProfileFile };
        try {
          onDisk = profileOnDisk(s.profileId);
        } catch (error) {
          await sessions.lock('deleted'); // its file is no longer where the session would write
          throw error;
        }
        const { dataKey } = await keys.check(onDisk, current, 'current');
        dataKey.fill(0);
        await keys.rewrap(s.store, next, s.dataKey);
        deps.audit.record({ event: 'passphrase-change', profileId: s.profileId });
        return { done: true as const };
      }),

    /** The only way out of a forgotten passphrase: the user types the profile's name. */
    deleteProfile: (profileId: string, confirmName: string) =>
      serial(async () => {
        const store = files.load(profileId);
        if (!store) throw new UserFacingError('not_found', 'That profile is not on this computer any more.');
        if (normalizeProfileName(confirmName) !== normalizeProfileName(store.get('name'))) {
          throw new UserFacingError('invalid_input', 'Type the profile name exactly as shown to delete it.', {
            confirmName: `Type "${store.get('name')}" to confirm.`,
          });
        }
        if (sessions.current()?.profileId === profileId) await sessions.lock('deleted');
        files.remove(profileId);
        deps.quick.profileDeleted(profileId);
        deps.feed.profileRemoved(profileId); // its reminders go with it
        deps.audit.record({ event: 'profile-delete', profileId });
        return status();
      }),
  };
}

/**
 * The profile as it is on disk right now. A file damaged since start-up (edited, cut short, key
 * settings out of range) is moved aside and reported as damaged: it is not a wrong passphrase.
 */
export function readProfileOnDisk(files: ProfileFiles, profileId: string): { store: ProfileStore; file: ProfileFile } {
  const found = files.read(profileId);
  if (!found) throw new UserFacingError('not_found', 'That profile is not on this computer any more.');
  if ('damagedAt' in found) {
    throw new UserFacingError(
      'conflict',
      `This profile's file is damaged, so AllyDesk cannot open it. It was moved aside to ${found.damagedAt}. Your passphrase was not checked and this does not count as a wrong try. If you have a backup of this profile, import it.`,
    );
  }
  return found;
}
