import { randomBytes } from 'node:crypto';
import { normalizeProfileName, profileNameKey } from '../../../shared/text/profileName';
import { profileNameProblemSaid } from '../characters';
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
import { rmSync } from 'node:fs';
import { sealJson } from '../osSeal';
import { wrappedKeyOf } from './keyWrap';
import type { SharedFolder } from './shared/folder';
import { SharedProfileStore } from './shared/sharedStore';
import { say } from './say';

/**
 * Staff profiles: the picker's list, creating, unlocking, locking, changing the passphrase and
 * deleting. Every passphrase operation goes through `serial`, one at a time, so parallel unlock
 * attempts cannot slip past the throttle.
 */
export function createProfiles(deps: {
  now: () => number;
  files: ProfileFiles;
  /** The practice's shared profiles folder, when this AllyDesk can have one. */
  shared: SharedFolder | null;
  profileOnDisk: (profileId: string) => { store: ProfileStore; file: ProfileFile };
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

  const { profileOnDisk } = deps;

  /**
   * Every profile this PC can open: its own, and (when the practice has a shared folder) those in
   * the folder — or this PC's local copies of them while the share is out of reach.
   */
  function allProfiles(): ProfileFile[] {
    const listing = deps.shared?.list() ?? null;
    const local = files.all();
    if (!listing) return local;
    return [...local.filter((file) => !file.sync && !listing.files.some((f) => f.profileId === file.profileId)), ...listing.files];
  }

  function sharedFolderStatus(): VaultStatus['sharedFolder'] {
    const path = deps.shared?.folder();
    if (!deps.shared || !path) return undefined;
    const store = sessions.current()?.store;
    const live = store instanceof SharedProfileStore ? store : null;
    return {
      path,
      reachable: live ? live.state !== 'offline' && deps.shared.reachable() : deps.shared.reachable(),
      pending: live?.pending ?? false,
      pcName: deps.shared.pc().name,
    };
  }

  /** One scan of the data folder: the picker's list, and the locked profiles' rotation dates. */
  async function status(): Promise<VaultStatus> {
    const t = now();
    const onDisk = allProfiles();
    const current = sessions.current();
    // The unlocked profile's file was damaged (and moved aside) or removed behind our back: its
    // session has nowhere to write, so it locks rather than recreate a partial file.
    const currentStore = current?.store;
    const sharedGone = currentStore instanceof SharedProfileStore && currentStore.state === 'gone';
    if (current && (sharedGone || !onDisk.some((file) => file.profileId === current.profileId))) await sessions.lock('deleted');
    deps.feed.profilesScanned(onDisk);
    const session = sessions.current();
    const nameCount = new Map<string, number>();
    for (const file of onDisk) nameCount.set(profileNameKey(file.name), (nameCount.get(profileNameKey(file.name)) ?? 0) + 1);
    const sharedFolder = sharedFolderStatus();
    return {
      profiles: onDisk
        .map((file) => ({
          id: file.profileId,
          name: file.name,
          retryAt: isWaiting(file.throttle, t) ? file.throttle.retryAt : null,
          ...deps.quick.summaryOf(file.profileId),
          ...(file.sync ? { shared: true } : {}),
          // Two profiles of one name (made at two PCs before they shared a folder): both kept, told apart.
          ...(nameCount.get(profileNameKey(file.name))! > 1 ? { madeAt: file.sync?.origin.pcName ?? 'this computer' } : {}),
        }))
        .sort((a, b) => a.name.localeCompare(b.name) || (a.madeAt ?? '').localeCompare(b.madeAt ?? '')),
      ...(sharedFolder ? { sharedFolder } : {}),
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
    const nameProblem = profileNameProblemSaid(name);
    if (nameProblem) throw new UserFacingError('invalid_input', nameProblem, { name: nameProblem });
    name = normalizeProfileName(name);
    const sameName = allProfiles().find((file) => profileNameKey(file.name) === profileNameKey(name));
    if (sameName) {
      throw new UserFacingError('conflict', say('profileExists', { name: sameName.name }), {
        name: say('useOwnName'),
      });
    }
    const problem = checkStrength ? await passphraseProblem(passphrase, passphraseRule()) : null;
    if (problem) throw new UserFacingError('invalid_input', problem, { passphrase: problem });
    await sessions.lock('switch');
    const profileId = randomBytes(12).toString('base64url');
    // With a shared folder in reach, every new profile is made there (passphrase-only key: see README).
    const inShared = deps.shared !== null && deps.shared.reachable();
    const { dataKey, lock } = await keys.newKey(profileId, passphrase, !inShared);
    const create = (file: ProfileFile) => (inShared ? deps.shared!.create(file) : files.create(file));
    const store = create({
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

  function sharedStoreOf(profileId: string): ProfileStore | null {
    const opened = deps.shared?.open(profileId);
    return opened instanceof SharedProfileStore ? opened : null;
  }

  return {
    status,
    newProfile,

    /**
     * The unlocked profile moves into the practice's shared folder (its owner agreed in Settings):
     * every entry goes with it, and its key loses this PC's OS seal, which no other PC could open.
     */
    moveToShared: () =>
      serial(async () => {
        const s = sessions.require();
        if (!deps.shared?.folder()) throw new UserFacingError('invalid_input', say('noSharedFolder'));
        if (s.store instanceof SharedProfileStore) throw new UserFacingError('conflict', say('alreadyShared'));
        if (!deps.shared.reachable()) throw new UserFacingError('unavailable', say('sharedUnreachableNamed', { folder: deps.shared.folder()! }));
        const file = s.store.store;
        const { wrapped } = await wrappedKeyOf(deps.seal, file);
        const store = deps.shared.moveIn({ ...file, lock: { kdf: file.lock.kdf, key: { wrapped } } });
        sessions.swapStore(store);
        deps.audit.record({ event: 'profile-move-in', profileId: s.profileId });
        return status();
      }),

    /** The unlocked shared profile moves back to this PC only (other PCs drop their copies). */
    moveToThisComputer: () =>
      serial(async () => {
        const s = sessions.require();
        const store = s.store;
        if (!(store instanceof SharedProfileStore)) throw new UserFacingError('conflict', say('notShared'));
        if ((await store.sync()) !== 'online') {
          throw new UserFacingError('unavailable', say('sharedUnreachableSync'));
        }
        const { sync: _sync, ...file } = store.store;
        const wrapped = 'wrapped' in file.lock.key ? file.lock.key.wrapped : null;
        const key = wrapped && (await deps.seal.level()) === 'os' ? { osSealed: await sealJson(deps.seal, wrapped) } : file.lock.key;
        deps.shared!.moveOut(s.profileId);
        rmSync(store.path, { force: true });
        const local = files.create({ ...file, lock: { kdf: file.lock.kdf, key } });
        sessions.swapStore(local);
        deps.audit.record({ event: 'profile-move-out', profileId: s.profileId });
        return status();
      }),

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
        const store = files.load(profileId) ?? sharedStoreOf(profileId);
        if (!store) throw new UserFacingError('not_found', say('profileGone'));
        if (normalizeProfileName(confirmName) !== normalizeProfileName(store.get('name'))) {
          throw new UserFacingError('invalid_input', say('typeNameToDelete'), {
            confirmName: say('typeNameToConfirm', { name: store.get('name') }),
          });
        }
        if (sessions.current()?.profileId === profileId) await sessions.lock('deleted');
        if (store.get('sync') && deps.shared?.folder()) deps.shared.remove(profileId);
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
  if (!found) throw new UserFacingError('not_found', say('profileGone'));
  if ('damagedAt' in found) {
    throw new UserFacingError('conflict', say('profileDamaged', { path: found.damagedAt }));
  }
  return found;
}
