import type { EntrySummary, VaultSettings } from '../../../shared/ipc/vault';
import type { Logger, PowerAdapter } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import type { EffectivePolicy } from '../policy/service';
import type { createClipboardGuard } from './clipboardGuard';
import type { Deadlines } from './deadlines';
import { filterEntries, openEntry, summarize, type OpenEntry } from './entries';
import type { ProfileStore } from './profileFile';
import { withinCeilings } from './policyCeilings';
import type { RotationFeed } from './rotationFeed';
import type { LockReason, VaultEvent } from './types';

/** The unlocked profile: its data key and decrypted entries live only here, only while unlocked. */
export interface Session {
  profileId: string;
  name: string;
  dataKey: Buffer;
  store: ProfileStore;
  entries: Map<string, OpenEntry>;
  damaged: Set<string>;
}

export interface EntryList {
  entries: EntrySummary[];
  damaged: { id: string; damaged: true }[];
}

const IDLE_WARNING = 'vault:idle-warning';
const IDLE_LOCK = 'vault:idle-lock';

/**
 * Holds the one unlocked session and ends it: after the idle minutes (warning ahead), on the OS
 * lock screen and suspend, on quit, and when asked. Ending it wipes the key, clears the clipboard
 * if it still holds a copied secret, and tells the renderer and the rotation feed.
 */
export function createSessionKeeper(deps: {
  now: () => number;
  deadlines: Deadlines;
  power: PowerAdapter;
  audit: Pick<AuditLog, 'record'>;
  logger: Logger;
  emit: (event: VaultEvent) => void;
  clipboard: ReturnType<typeof createClipboardGuard>;
  feed: RotationFeed;
  policy: EffectivePolicy;
}) {
  let session: Session | null = null;
  let lockAt: number | null = null;

  const require = (): Session => {
    if (!session) throw new UserFacingError('locked', 'The password vault is locked. Unlock your profile first.');
    return session;
  };
  /** The profile's settings as they apply: never above the practice policy's ceilings. */
  const settingsOf = (s: Session): VaultSettings => withinCeilings(s.store.get('settings'), deps.policy);

  /** Restarts the idle lock: the user did something in the vault. */
  function touch() {
    if (!session) return;
    const idleMs = settingsOf(session).idleLockMinutes * 60_000;
    lockAt = deps.now() + idleMs;
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
      deps.feed.locked(reason !== 'deleted');
    }
    await deps.clipboard.clearIfOurs();
  }

  return {
    current: () => session,
    require,
    /** An entry of the unlocked profile, or why it cannot be used. */
    requireEntry(id: string): OpenEntry {
      const s = require();
      const entry = s.entries.get(id);
      if (entry) return entry;
      if (s.damaged.has(id)) throw new UserFacingError('conflict', 'This entry is damaged and cannot be read. Delete it and add the login again.');
      throw new UserFacingError('not_found', 'That entry is no longer in your vault.');
    },
    settingsOf,
    lockAt: () => lockAt,
    touch,
    lock,

    /** Opens every entry with the data key (one that fails its check is listed as damaged) and starts the idle lock. */
    start(store: ProfileStore, dataKey: Buffer): Session {
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
      deps.feed.entriesChanged(session);
      return session;
    },

    /** The unlocked profile's entries (never passwords) matching every word of the query, and the damaged ones. */
    list(query: string): EntryList {
      const s = require();
      return { entries: filterEntries(s.entries.values(), query).map(summarize), damaged: [...s.damaged].map((id) => ({ id, damaged: true as const })) };
    },

    /** Power: the OS lock screen and suspend lock the vault. */
    watchPower() {
      const offs = [deps.power.on('lock-screen', () => void lock('power')), deps.power.on('suspend', () => void lock('power'))];
      return () => offs.forEach((off) => off());
    },
  };
}
export type SessionKeeper = ReturnType<typeof createSessionKeeper>;
