import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkExternalLink } from '../../../shared/links';
import type { EntryFields, EntryHealth, EntrySummary, VaultSettings, VaultStatus } from '../../../shared/ipc/vault';
import { REVEAL_SECONDS } from '../../../shared/ipc/vault';
import type { ClipboardAdapter, Clock, ExternalLinkAdapter, Logger, PowerAdapter, SecretSealAdapter, StoreFactory } from '../../adapters/types';
import type { AuditLog } from '../audit/audit';
import { UserFacingError } from '../errors';
import { buildBackup, openBackup } from './backup';
import { createClipboardGuard } from './clipboardGuard';
import { CURRENT_KDF, decrypt, deriveKey, keyAad, needsUpgrade, newDataKey, newSalt, type KdfParams, type StoredKdf } from './crypto';
import { storeKey, wrappedKeyOf } from './keyWrap';
import type { Deadlines } from './deadlines';
import type { PortalId } from '../../../shared/content/ids';
import { filterEntries, openEntry, sealEntry, summarize, titleOf, withHaystack, type OpenEntry } from './entries';
import { generatePassword } from './generator';
import { passwordHealth } from './health';
import { hiddenCharacterProblems } from './hiddenGuard';
import { createProfileFiles, DEFAULT_SETTINGS, type ProfileStore } from './profileFile';
import { passphraseProblem } from './strength';
import { afterFailure, describeRetry, FREE_TRIES, isWaiting } from './throttle';

export type LockReason = 'manual' | 'idle' | 'power' | 'quit' | 'switch' | 'deleted';
export type VaultEvent =
  | { name: 'vault:locked'; payload: { reason: LockReason } }
  | { name: 'vault:lockWarning'; payload: { lockAt: number } }
  | { name: 'vault:clipboardCleared'; payload: Record<string, never> };

export interface VaultDeps {
  dataDir: string;
  clock: Clock;
  stores: StoreFactory;
  seal: SecretSealAdapter;
  clipboard: ClipboardAdapter;
  links: ExternalLinkAdapter;
  power: PowerAdapter;
  deadlines: Deadlines;
  audit: Pick<AuditLog, 'record' | 'list' | 'verify' | 'about'>;
  logger: Logger;
  emit: (event: VaultEvent) => void;
  /** scrypt cost for new and upgraded keys; tests pass cheaper ones. */
  kdf?: KdfParams;
  /** Login address of a known portal when the entry has none of its own. */
  portalLoginUrl?: (portal: string) => string | null;
  /** Called when the unlocked entries change (unlock, lock, save, delete): password rotation re-reads them. */
  onEntriesChanged?: () => void;
}

interface Session {
  profileId: string;
  name: string;
  dataKey: Buffer;
  store: ProfileStore;
  entries: Map<string, OpenEntry>;
  damaged: Set<string>;
}

const IDLE_WARNING = 'vault:idle-warning';
const IDLE_LOCK = 'vault:idle-lock';

export function createVaultService(deps: VaultDeps) {
  const kdfParams = deps.kdf ?? CURRENT_KDF;
  const now = () => deps.clock.now();
  const movedAside: string[] = [];
  const files = createProfileFiles({ dataDir: deps.dataDir, stores: deps.stores, now, onMovedAside: (path) => movedAside.push(path) });
  const clipboard = createClipboardGuard({ clipboard: deps.clipboard, deadlines: deps.deadlines, now, onCleared: () => deps.emit({ name: 'vault:clipboardCleared', payload: {} }) });
  let session: Session | null = null;
  let lockAt: number | null = null;

  // One passphrase operation at a time: parallel unlock attempts cannot slip past the throttle.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const requireSession = (): Session => {
    if (!session) throw new UserFacingError('locked', 'The password vault is locked. Unlock your profile first.');
    return session;
  };
  const requireEntry = (id: string): OpenEntry => {
    const s = requireSession();
    const entry = s.entries.get(id);
    if (entry) return entry;
    if (s.damaged.has(id)) throw new UserFacingError('conflict', 'This entry is damaged and cannot be read. Delete it and add the login again.');
    throw new UserFacingError('not_found', 'That entry is no longer in your vault.');
  };
  const settingsOf = (s: Session): VaultSettings => s.store.get('settings');

  /** Checks a passphrase against a profile, with throttling; returns the data key. */
  async function checkPassphrase(store: ProfileStore, passphrase: string, field = 'passphrase'): Promise<{ dataKey: Buffer }> {
    const file = store.store;
    if (isWaiting(file.throttle, now())) {
      throw new UserFacingError('throttled', `Too many wrong passphrases. The next try is allowed at ${describeRetry(file.throttle.retryAt!, now())}.`);
    }
    const { wrapped, stale } = await wrappedKeyOf(deps.seal, file);
    const kek = await deriveKey(passphrase, file.lock.kdf);
    let dataKey: Buffer;
    try {
      dataKey = decrypt(kek, wrapped, keyAad(file.profileId));
    } catch {
      const next = afterFailure(file.throttle, now());
      store.set('throttle', next);
      deps.audit.record({ event: 'unlock-failed', profileId: file.profileId, detail: { failures: String(next.failures) } });
      const left = FREE_TRIES - next.failures;
      const message = next.retryAt
        ? `That passphrase is not right. Too many wrong tries: the next try is allowed at ${describeRetry(next.retryAt, now())}.`
        : `That passphrase is not right. ${left} more ${left === 1 ? 'try' : 'tries'} before AllyDesk makes you wait.`;
      throw new UserFacingError(next.retryAt ? 'throttled' : 'invalid_input', message, { [field]: 'Check Caps Lock and try again.' });
    } finally {
      kek.fill(0);
    }
    if (file.throttle.failures > 0) store.set('throttle', { failures: 0, retryAt: null });
    // Re-wrap with today's scrypt cost, to add the OS seal where it has become available, or to seal
    // again under the OS's current key.
    const sealNow = ('wrapped' in file.lock.key && (await deps.seal.level()) === 'os') || stale;
    if (needsUpgrade(file.lock.kdf, kdfParams) || sealNow) await rewrap(store, passphrase, dataKey);
    return { dataKey };
  }

  /** New salt, current scrypt parameters, same data key (entries need no re-encryption). */
  async function rewrap(store: ProfileStore, passphrase: string, dataKey: Buffer) {
    const kdf: StoredKdf = { ...kdfParams, salt: newSalt() };
    const kek = await deriveKey(passphrase, kdf);
    const key = await storeKey(deps.seal, store.get('profileId'), kek, dataKey);
    kek.fill(0);
    store.set('lock', { kdf, key });
  }

  function startSession(store: ProfileStore, dataKey: Buffer) {
    const file = store.store;
    const entries = new Map<string, OpenEntry>();
    const damaged = new Set<string>();
    for (const [id, box] of Object.entries(file.entries)) {
      const entry = openEntry(dataKey, file.profileId, id, box);
      if (entry) entries.set(id, entry);
      else damaged.add(id);
    }
    if (damaged.size > 0) deps.logger.warn('Vault entries failed their integrity check', { count: damaged.size });
    session = { profileId: file.profileId, name: file.name, dataKey, store, entries, damaged };
    touch();
    entriesChanged(session);
  }

  /** After the unlocked entries change: refresh the profile's rotation hint, then the reminders. */
  function entriesChanged(s: Session) {
    let oldest: OpenEntry | null = null;
    for (const entry of s.entries.values()) if (!oldest || entry.passwordChangedAt < oldest.passwordChangedAt) oldest = entry;
    const hint = oldest ? { entryId: oldest.id, changedAt: oldest.passwordChangedAt } : null;
    const stored = s.store.get('rotationHint') ?? null;
    if (stored?.entryId !== hint?.entryId || stored?.changedAt !== hint?.changedAt) s.store.set('rotationHint', hint);
    deps.onEntriesChanged?.();
  }

  function touch() {
    if (!session) return;
    const idleMs = settingsOf(session).idleLockMinutes * 60_000;
    lockAt = now() + idleMs;
    // WCAG 2.2.1: warn ahead (a minute, or half the time for a 1-minute lock) and let one key extend.
    deps.deadlines.set(IDLE_WARNING, lockAt - Math.min(60_000, idleMs / 2), () => lockAt && deps.emit({ name: 'vault:lockWarning', payload: { lockAt } }));
    deps.deadlines.set(IDLE_LOCK, lockAt, () => void lock('idle'));
  }

  async function lock(reason: LockReason) {
    const was = session;
    session = null;
    lockAt = null;
    deps.deadlines.clear(IDLE_WARNING);
    deps.deadlines.clear(IDLE_LOCK);
    if (was) {
      was.dataKey.fill(0);
      was.entries.clear();
      deps.audit.record({ event: 'lock', profileId: was.profileId, detail: { reason } });
      deps.emit({ name: 'vault:locked', payload: { reason } });
      deps.onEntriesChanged?.();
    }
    await clipboard.clearIfOurs();
  }

  async function status(): Promise<VaultStatus> {
    const t = now();
    return {
      profiles: files
        .all()
        .map((file) => ({ id: file.profileId, name: file.name, retryAt: isWaiting(file.throttle, t) ? file.throttle.retryAt : null }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      unlocked: session ? { profileId: session.profileId, name: session.name } : null,
      protection: await deps.seal.level(),
      settings: session ? settingsOf(session) : null,
      lockAt,
      movedAside: [...movedAside],
    };
  }

  async function createProfile(name: string, passphrase: string, settings: VaultSettings = DEFAULT_SETTINGS, checkStrength = true): Promise<Session> {
    if (files.all().some((file) => file.name.toLowerCase() === name.toLowerCase())) {
      throw new UserFacingError('conflict', `There is already a profile called "${name}".`, { name: 'Each staff member has their own profile: use your own name.' });
    }
    const problem = checkStrength ? await passphraseProblem(passphrase) : null;
    if (problem) throw new UserFacingError('invalid_input', problem, { passphrase: problem });
    await lock('switch');
    const profileId = randomBytes(12).toString('base64url');
    const kdf: StoredKdf = { ...kdfParams, salt: newSalt() };
    const kek = await deriveKey(passphrase, kdf);
    const dataKey = newDataKey();
    const key = await storeKey(deps.seal, profileId, kek, dataKey);
    kek.fill(0);
    const store = files.create({
      format: 'allydesk-vault-profile',
      version: 1,
      profileId,
      name,
      createdAt: now(),
      lock: { kdf, key },
      entries: {},
      throttle: { failures: 0, retryAt: null },
      settings,
    });
    startSession(store, dataKey);
    return session!;
  }

  const findStore = (profileId: string) => {
    const store = files.load(profileId);
    if (!store) throw new UserFacingError('not_found', 'That profile is not on this computer any more.');
    return store;
  };

  /** Encrypts and stores entries in one write of the profile file. */
  function writeEntries(s: Session, entries: OpenEntry[]) {
    const boxes = { ...s.store.get('entries') };
    for (const { id, haystack: _h, ...plain } of entries) boxes[id] = sealEntry(s.dataKey, s.profileId, id, plain);
    s.store.set('entries', boxes);
    for (const entry of entries) {
      s.entries.set(entry.id, entry);
      s.damaged.delete(entry.id);
    }
    entriesChanged(s);
  }

  return {
    status,
    /** For other features: who is using AllyDesk right now (null while locked). */
    currentProfile: (): { id: string; name: string } | null => (session ? { id: session.profileId, name: session.name } : null),

    createProfile: (name: string, passphrase: string) =>
      serial(async () => {
        const s = await createProfile(name, passphrase);
        deps.audit.record({ event: 'profile-create', profileId: s.profileId });
        return status();
      }),

    unlock: (profileId: string, passphrase: string) =>
      serial(async () => {
        const store = findStore(profileId);
        if (session?.profileId === profileId) return status();
        const { dataKey } = await checkPassphrase(store, passphrase);
        await lock('switch');
        startSession(store, dataKey);
        deps.audit.record({ event: 'unlock', profileId });
        return status();
      }),

    lock: async (reason: LockReason = 'manual') => {
      await lock(reason);
      return status();
    },

    changePassphrase: (current: string, next: string) =>
      serial(async () => {
        const s = requireSession();
        const problem = await passphraseProblem(next);
        if (problem) throw new UserFacingError('invalid_input', problem, { next: problem });
        const { dataKey } = await checkPassphrase(s.store, current, 'current');
        dataKey.fill(0);
        await rewrap(s.store, next, s.dataKey);
        deps.audit.record({ event: 'passphrase-change', profileId: s.profileId });
        return { done: true as const };
      }),

    /** The only way out of a forgotten passphrase: the user types the profile's name. */
    deleteProfile: (profileId: string, confirmName: string) =>
      serial(async () => {
        const store = findStore(profileId);
        if (confirmName.trim() !== store.get('name')) {
          throw new UserFacingError('invalid_input', 'Type the profile name exactly as shown to delete it.', { confirmName: `Type "${store.get('name')}" to confirm.` });
        }
        if (session?.profileId === profileId) await lock('deleted');
        files.remove(profileId);
        deps.onEntriesChanged?.(); // its reminders go with it
        deps.audit.record({ event: 'profile-delete', profileId });
        return status();
      }),

    listEntries(query: string): { entries: EntrySummary[]; damaged: { id: string; damaged: true }[] } {
      const s = requireSession();
      return { entries: filterEntries(s.entries.values(), query).map(summarize), damaged: [...s.damaged].map((id) => ({ id, damaged: true as const })) };
    },

    saveEntry(input: { id?: string; fields: EntryFields; password: string; keepHiddenCharacters: boolean }): EntrySummary {
      const s = requireSession();
      const existing = input.id ? requireEntry(input.id) : null;
      if (!existing && input.password.length === 0) throw new UserFacingError('invalid_input', 'Enter the password.', { password: 'Enter the password.' });
      const problems = hiddenCharacterProblems({ username: input.fields.username, password: input.password });
      if (problems && !input.keepHiddenCharacters) {
        throw new UserFacingError('invalid_input', 'Hidden characters were found. Remove them, or keep them if the portal really expects them.', problems);
      }
      const t = now();
      const changed = input.password.length > 0 && input.password !== existing?.password;
      const id = existing?.id ?? randomBytes(12).toString('base64url');
      const entry = withHaystack(id, {
        fields: input.fields,
        password: changed ? input.password : existing!.password,
        passwordChangedAt: changed ? t : existing!.passwordChangedAt,
        updatedAt: t,
      });
      writeEntries(s, [entry]);
      deps.audit.record({ event: existing ? 'edit' : 'add', profileId: s.profileId, entryId: id, detail: { passwordChanged: String(changed) } });
      touch();
      return summarize(entry);
    },

    deleteEntry(id: string) {
      const s = requireSession();
      if (!s.entries.has(id) && !s.damaged.has(id)) throw new UserFacingError('not_found', 'That entry is no longer in your vault.');
      const { [id]: _gone, ...rest } = s.store.get('entries');
      s.store.set('entries', rest);
      s.entries.delete(id);
      s.damaged.delete(id);
      entriesChanged(s);
      deps.audit.record({ event: 'delete', profileId: s.profileId, entryId: id });
      touch();
      return { done: true as const };
    },

    async copy(id: string, field: 'username' | 'password') {
      const entry = requireEntry(id);
      const s = requireSession();
      const result = await clipboard.copy(field === 'password' ? entry.password : entry.fields.username, settingsOf(s).clipboardClearSeconds);
      deps.audit.record({ event: 'copy', profileId: s.profileId, entryId: id, detail: { field } });
      touch();
      return result;
    },

    reveal(id: string) {
      const entry = requireEntry(id);
      deps.audit.record({ event: 'reveal', profileId: requireSession().profileId, entryId: id });
      touch();
      return { password: entry.password, hideAt: now() + REVEAL_SECONDS * 1000 };
    },

    async openPortal(id: string) {
      const { fields } = requireEntry(id);
      if (fields.kind !== 'portal') throw new UserFacingError('invalid_input', 'SFTP credentials are used by your practice software, not opened in a browser.');
      const url = fields.url || (deps.portalLoginUrl?.(fields.portal) ?? '');
      if (!url) throw new UserFacingError('not_found', `AllyDesk does not know the login address for ${titleOf(fields)}. Edit the entry and add it.`, { url: 'Add the login address.' });
      const check = checkExternalLink(url);
      if (!check.ok) throw new UserFacingError('forbidden', `${check.reason} Open ${url} in your browser yourself if you trust it.`);
      touch();
      return { ...(await deps.links.open(check.url)), url: check.url };
    },

    /** For a portal window's "Log in as": the entry's portal and addresses, never the secret. */
    loginTarget(id: string) {
      const { fields } = requireEntry(id);
      if (fields.kind !== 'portal') throw new UserFacingError('invalid_input', 'SFTP credentials are used by your practice software, not a portal window.');
      const s = requireSession();
      return { profileId: s.profileId, profileName: s.name, portal: fields.portal as string, entryUrl: fields.url };
    },

    /** One fill's username and password for main to hand to that portal window; `recordFill` audits it (host only, never the secret). */
    readForFill(id: string) {
      const entry = requireEntry(id);
      if (entry.fields.kind !== 'portal') throw new UserFacingError('invalid_input', 'SFTP credentials are used by your practice software, not a portal window.');
      const s = requireSession();
      touch();
      return {
        username: entry.fields.username,
        password: entry.password,
        recordFill: (host: string) => deps.audit.record({ event: 'fill', profileId: s.profileId, entryId: id, detail: { host } }),
      };
    },

    activity() {
      touch();
      return { lockAt };
    },

    updateSettings(next: VaultSettings): VaultSettings {
      const s = requireSession();
      s.store.set('settings', next);
      touch();
      return next;
    },

    async health(): Promise<EntryHealth[]> {
      const s = requireSession();
      const list = [...s.entries.values()].map((e) => ({ id: e.id, title: titleOf(e.fields), password: e.password, passwordChangedAt: e.passwordChangedAt }));
      return passwordHealth(list, settingsOf(s), now());
    },

    generate: generatePassword,

    async audit() {
      const s = requireSession();
      const [records, verification, about] = await Promise.all([deps.audit.list(s.profileId), deps.audit.verify(), deps.audit.about()]);
      return { records, verification, ...about };
    },

    async exportBackup() {
      const s = requireSession();
      const file = s.store.store;
      const content = buildBackup({
        profileId: s.profileId,
        name: s.name,
        kdf: file.lock.kdf,
        wrapped: (await wrappedKeyOf(deps.seal, file)).wrapped,
        entries: file.entries,
        settings: file.settings,
        dataKey: s.dataKey,
        now: now(),
      });
      const day = new Date(now()).toISOString().slice(0, 10);
      const fileName = `allydesk-vault-${s.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'profile'}-${day}.allydesk-backup.json`;
      const folder = join(deps.dataDir, 'backups');
      mkdirSync(folder, { recursive: true });
      const path = join(folder, fileName);
      writeFileSync(path, content, { mode: 0o600 });
      deps.audit.record({ event: 'export', profileId: s.profileId, detail: { entries: String(Object.keys(file.entries).length) } });
      return { path, fileName, content };
    },

    /** Checks everything first; only then creates a new profile with freshly encrypted entries. */
    importBackup: (content: string, passphrase: string) =>
      serial(async () => {
        const opened = await openBackup(content, passphrase);
        const taken = new Set(files.all().map((f) => f.name.toLowerCase()));
        let name = opened.name;
        for (let n = 1; taken.has(name.toLowerCase()); n++) name = n === 1 ? `${opened.name} (imported)` : `${opened.name} (imported ${n})`;
        // The backup's passphrase already protects it; it is not re-judged against today's lists.
        const s = await createProfile(name, passphrase, opened.settings, false);
        writeEntries(s, opened.entries.map(({ id: _old, haystack: _h, ...plain }) => withHaystack(randomBytes(12).toString('base64url'), plain)));
        deps.audit.record({ event: 'import', profileId: s.profileId, detail: { entries: String(opened.entries.length) } });
        return { profileId: s.profileId, name, entries: opened.entries.length };
      }),

    /** True when the text contains any password of the unlocked profile (never says which). */
    /**
     * Password dates for the rotation reminders (titles and dates only — no username or secret;
     * they are saved with the timers): every entry of the unlocked profile, and for each locked
     * profile its oldest password (its rotation hint). Keys are the same either way, so locking
     * and unlocking does not announce the same date twice.
     */
    rotationCredentials(): { key: string; label: string; portalId?: PortalId; changedAt: number; locked?: boolean }[] {
      const s = session;
      const unlocked = s
        ? [...s.entries.values()].map((e) => ({
            key: `vault:${s.profileId}:${e.id}`,
            label: `${s.name}'s ${titleOf(e.fields)}`,
            ...(e.fields.kind === 'portal' && e.fields.portal !== 'custom' ? { portalId: e.fields.portal } : {}),
            changedAt: e.passwordChangedAt,
          }))
        : [];
      const locked = files
        .all()
        .filter((file) => file.profileId !== s?.profileId && file.rotationHint)
        .map((file) => ({
          key: `vault:${file.profileId}:${file.rotationHint!.entryId}`,
          label: `${file.name}'s oldest saved`,
          changedAt: file.rotationHint!.changedAt,
          locked: true,
        }));
      return [...unlocked, ...locked];
    },

    scanText(text: string): { containsSecret: boolean } {
      if (!session) return { containsSecret: false };
      for (const entry of session.entries.values()) if (entry.password.length >= 4 && text.includes(entry.password)) return { containsSecret: true };
      return { containsSecret: false };
    },

    /** Power and quit: lock and clear the clipboard. */
    watchPower() {
      const offs = [deps.power.on('lock-screen', () => void lock('power')), deps.power.on('suspend', () => void lock('power'))];
      return () => offs.forEach((off) => off());
    },
    dispose: () => lock('quit'),
  };
}
export type VaultService = ReturnType<typeof createVaultService>;
