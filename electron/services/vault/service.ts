import { createClipboardGuard } from './clipboardGuard';
import { CURRENT_KDF } from './crypto';
import { createBackupService } from './backupService';
import { createEntriesService } from './entriesService';
import { generatePassword } from './generator';
import { createPassphraseKeys } from './passphrase';
import { createProfileFiles } from './profileFile';
import { createPinUnlock } from './pinUnlock';
import { createPlainEntries } from './plainEntries';
import { createProfiles, readProfileOnDisk } from './profiles';
import { createQuickUnlock } from './quickUnlock';
import { createRotationFeed } from './rotationFeed';
import { containsPassword } from './scan';
import { createSessionKeeper } from './session';
import { staticPolicy } from '../policy/service';
import { createSharedFolder } from './shared/folder';
import { SharedProfileStore } from './shared/sharedStore';
import { UserFacingError } from '../errors';
import type { ProfileFile, ProfileStore } from './profileFile';
import type { VaultDeps } from './types';
import { say } from './say';

export type { LockReason, VaultDeps, VaultEvent } from './types';

/**
 * The password vault, one object for the IPC layer, composed of its parts: the session and its
 * locking (session.ts), profiles (profiles.ts, passphrase.ts), the unlocked profile's logins
 * (entriesService.ts), backups (backupService.ts), the rotation dates it publishes for the timers
 * (rotationFeed.ts) and the troubleshooter's password scan (scan.ts).
 */
export function createVaultService(deps: VaultDeps) {
  const now = () => deps.clock.now();
  const movedAside: string[] = [];
  const files = createProfileFiles({ dataDir: deps.dataDir, stores: deps.stores, now, onMovedAside: (path) => movedAside.push(path) });
  const clipboard = createClipboardGuard({
    clipboard: deps.clipboard,
    deadlines: deps.deadlines,
    now,
    onCleared: () => deps.emit({ name: 'vault:clipboardCleared', payload: {} }),
  });
  const policy = deps.policy ?? staticPolicy();
  const feed = createRotationFeed(deps.rotationDates);
  const sessions = createSessionKeeper({
    now,
    deadlines: deps.deadlines,
    power: deps.power,
    audit: deps.audit,
    logger: deps.logger,
    emit: deps.emit,
    clipboard,
    feed,
    policy,
    onStarted: (s) => deps.activity?.remember(s.profileId, s.dataKey),
  });
  const keys = createPassphraseKeys({ kdf: deps.kdf ?? CURRENT_KDF, seal: deps.seal, audit: deps.audit, now });
  const shared = deps.shared ? createSharedFolder({ ...deps.shared, dataDir: deps.dataDir, now, onMovedAside: (path) => movedAside.push(path) }) : null;

  /**
   * The profile as it is now, wherever it lives: a shared one through its shared store (the shared
   * copy merged with this PC's local copy, or the local copy alone while the share is away).
   */
  function profileOnDisk(profileId: string): { store: ProfileStore; file: ProfileFile } {
    if (shared?.folder()) {
      const local = files.read(profileId);
      const isShared = local && 'file' in local ? Boolean(local.file.sync) : !local && shared.list()?.files.some((f) => f.profileId === profileId);
      if (isShared) {
        const opened = shared.open(profileId);
        if (opened instanceof SharedProfileStore) return { store: opened, file: opened.store };
        if (opened && 'damagedAt' in opened) {
          throw new UserFacingError('conflict', say('sharedDamagedNoCopy', { path: opened.damagedAt }));
        }
        throw new UserFacingError('not_found', say('notInSharedAnyMore'));
      }
    }
    return readProfileOnDisk(files, profileId);
  }

  // One passphrase operation at a time: parallel unlock attempts cannot slip past the throttle.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // Quick-unlock PINs live only in this object's memory; a PIN that ends by itself is audited.
  const pins = createPinUnlock({
    now,
    kdf: deps.pinKdf,
    salt: deps.pinSalt,
    onEnded: (profileId, reason, at) => deps.audit.record({ event: 'pin-expired', profileId, detail: { reason, at: new Date(at).toISOString() } }),
    longestHours: () => policy.ceiling('PinMaxHours') ?? Infinity,
  });
  const quick = createQuickUnlock({ pins, sessions, audit: deps.audit, policy, serial, profileOnDisk });
  const lockTriggers = () => ({ idle: deps.power.systemIdleSeconds() === null ? ('app' as const) : ('system' as const), ...deps.power.triggers() });
  const profiles = createProfiles({
    now,
    files,
    shared,
    profileOnDisk,
    movedAside,
    seal: deps.seal,
    audit: deps.audit,
    keys,
    sessions,
    feed,
    serial,
    policy,
    quick,
    lockTriggers,
  });
  const entries = createEntriesService({ now, sessions, clipboard, links: deps.links, audit: deps.audit, feed, portalLoginUrl: deps.portalLoginUrl, policy });
  const backups = createBackupService({ dataDir: deps.dataDir, now, seal: deps.seal, audit: deps.audit, files, sessions, profiles, entries, serial });
  const plain = createPlainEntries({ sessions, keys, serial, profileOnDisk });
  const sharedStore = () => {
    const store = sessions.current()?.store;
    return store instanceof SharedProfileStore ? store : null;
  };

  // The locked profiles' oldest password dates count for the reminders from the start.
  feed.profilesScanned(files.all());

  const { newProfile: _internal, ...profileActions } = profiles;
  const { writeEntries: _write, ...entryActions } = entries;
  return {
    ...profileActions,
    ...entryActions,
    ...backups,
    ...plain,
    /** For other features: who is using AllyDesk right now (null while locked). */
    currentProfile: (): { id: string; name: string } | null => {
      const s = sessions.current();
      return s ? { id: s.profileId, name: s.name } : null;
    },
    generate: generatePassword,

    /**
     * Waits until the unlocked shared profile's changes are in the shared folder (or, while it is out
     * of reach, in the local copy). The IPC layer answers a save only after this.
     */
    sharedSettled: async () => {
      await sharedStore()?.settled();
    },
    /** Poll (every few seconds): merges what other PCs saved, pushes what waits here, and carries this PC's activity of shared profiles. */
    async syncShared() {
      const store = sharedStore();
      if (store) await store.sync();
      const folder = shared?.folder();
      if (!deps.activity || !folder) return;
      // Shared: this PC keeps a copy of it (made at its first save here), or the folder holds it.
      const listed = new Set(shared!.list()?.files.map((f) => f.profileId));
      await deps.activity.carryAll(folder, (id) => listed.has(id) || shared!.isShared(id));
    },

    /** The profile leaves the shared folder: the other PCs' activity files are kept here first, so its Activity view still shows them. */
    async moveToThisComputer() {
      const s = sessions.require();
      const folder = shared?.folder();
      if (deps.activity && folder && s.store instanceof SharedProfileStore && shared!.reachable()) deps.activity.keepOnMoveOut(s.profileId, folder);
      return profiles.moveToThisComputer();
    },

    /** Unlocks with the profile's PIN; answers like `unlock`. */
    async unlockWithPin(profileId: string, pin: string) {
      await quick.unlockWithPin(profileId, pin);
      const current = await profiles.status();
      return { status: current, ...(current.unlocked ? sessions.list('') : { entries: [], damaged: [] }) };
    },
    async setPin(pin: string, hours: number) {
      await serial(() => quick.setPin(pin, hours));
      return profiles.status();
    },
    async removePin() {
      quick.removePin();
      return profiles.status();
    },

    /** For End my shift: whether the clipboard still holds a secret AllyDesk copied, and whether a PIN is set. */
    async shiftState() {
      const s = sessions.require();
      return { profileId: s.profileId, name: s.name, clipboardHoldsSecret: await clipboard.holdsSecret(), pinSet: quick.summaryOf(s.profileId).pin !== null };
    },
    /** Ends the shift's vault part: the PIN is forgotten, the clipboard cleared if ours, the vault locked. */
    async endShift(profileId: string) {
      // Whatever fails on the way, the PIN is forgotten and the vault ends locked.
      try {
        quick.forgetForShift(profileId);
        return { clipboardCleared: await clipboard.clearIfOurs().catch(() => false) };
      } finally {
        await sessions.lock('shift');
      }
    },

    /** The profile's activity: this PC's log, and for a shared profile every PC's records merged in time, each naming its PC. */
    async audit() {
      const s = sessions.require();
      const [verification, about] = await Promise.all([deps.audit.verify(), deps.audit.about()]);
      const isShared = s.store instanceof SharedProfileStore;
      const folder = shared?.folder() ?? null;
      if (!deps.activity) {
        return { records: await deps.audit.list(s.profileId), verification, ...about, activity: { source: 'none' as const, pcs: [], rewritten: null } };
      }
      if (isShared && folder) await deps.activity.carry(s.profileId, folder);
      const { records, ...activity } = await deps.activity.view(s.profileId, s.dataKey, { folder, shared: isShared });
      return { records, verification, ...about, activity };
    },

    scanText: (text: string) => containsPassword(sessions.current()?.entries.values() ?? null, text),

    /** Power: the OS lock screen and suspend lock the vault and clear the clipboard. */
    watchPower: sessions.watchPower,
    /** Quit: lock and clear the clipboard. */
    dispose: () => sessions.lock('quit'),
  };
}
export type VaultService = ReturnType<typeof createVaultService>;
