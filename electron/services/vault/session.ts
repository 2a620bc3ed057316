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
import type { MergeResult } from './shared/merge';
import { SharedProfileStore } from './shared/sharedStore';
import { say } from './say';

/** The unlocked profile: its data key and decrypted entries live only here, only while unlocked. */
export interface Session {
  profileId: string;
  name: string;
  dataKey: Buffer;
  store: ProfileStore;
  entries: Map<string, OpenEntry>;
  damaged: Set<string>;
  /** A PIN can be set only after a passphrase unlock (and is never re-set from a PIN unlock). */
  unlockedBy: 'passphrase' | 'pin';
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
  /** A session started (passphrase, PIN or a new profile): the shared activity keeps its key for carrying. */
  onStarted?: (session: Session) => void;
}) {
  let session: Session | null = null;
  let lockAt: number | null = null;
  let warnAt: number | null = null;

  const require = (): Session => {
    if (!session) throw new UserFacingError('locked', say('locked'));
    return session;
  };
  /** The profile's settings as they apply: never above the practice policy's ceilings. */
  const settingsOf = (s: Session): VaultSettings => withinCeilings(s.store.get('settings'), deps.policy);

  /** Restarts the idle lock: the user did something in the vault. */
  function touch() {
    if (session) armIdleLock(deps.now());
  }

  /** The idle lock counts from the last input: in AllyDesk, or (Electron) anywhere on this computer. */
  function armIdleLock(lastInput: number) {
    if (!session) return;
    const idleMs = settingsOf(session).idleLockMinutes * 60_000;
    lockAt = lastInput + idleMs;
    // WCAG 2.2.1: warn ahead (a minute, or half the time for a 1-minute lock) and let one key extend.
    warnAt = lockAt - Math.min(60_000, idleMs / 2);
    deps.deadlines.set(IDLE_WARNING, warnAt, onWarningDue);
    deps.deadlines.set(IDLE_LOCK, lockAt, onLockDue);
  }

  // A deadline that was due together with one that re-armed the lock runs the newer callback
  // early: it puts itself back for the new time instead of acting.
  function onWarningDue() {
    if (!session || lockAt === null || warnAt === null) return;
    if (deps.now() < warnAt) return deps.deadlines.set(IDLE_WARNING, warnAt, onWarningDue);
    if (!stillAtTheComputer()) deps.emit({ name: 'vault:lockWarning', payload: { lockAt } });
  }
  function onLockDue() {
    if (!session || lockAt === null) return;
    if (deps.now() < lockAt) return deps.deadlines.set(IDLE_LOCK, lockAt, onLockDue);
    if (!stillAtTheComputer()) void lock('idle');
  }

  /**
   * Someone used this computer (another program: the portal in a browser, the EHR) since the idle
   * lock was armed: count again from that input. The Node twin knows no system idle time (null).
   */
  function stillAtTheComputer(): boolean {
    const idleSeconds = deps.power.systemIdleSeconds();
    if (idleSeconds === null || !session || lockAt === null) return false;
    const lastInput = deps.now() - idleSeconds * 1000;
    const idleMs = settingsOf(session).idleLockMinutes * 60_000;
    if (lastInput + idleMs <= lockAt) return false;
    armIdleLock(lastInput);
    return true;
  }

  async function lock(reason: LockReason) {
    const was = session;
    session = null;
    lockAt = null;
    warnAt = null;
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

  /** Changes another PC saved to a shared profile reach the open session: only those entries are decrypted. */
  function follow(store: SharedProfileStore) {
    store.onRemote = (result: MergeResult) => {
      const s = session;
      if (!s || s.store !== store) return;
      const boxes = store.get('entries');
      for (const id of result.changed) {
        const entry = openEntry(s.dataKey, s.profileId, id, boxes[id]!);
        if (entry) {
          s.entries.set(id, entry);
          s.damaged.delete(id);
        } else {
          s.entries.delete(id);
          s.damaged.add(id);
        }
      }
      for (const id of result.removed) {
        s.entries.delete(id);
        s.damaged.delete(id);
      }
      deps.feed.entriesChanged(s);
      deps.emit({ name: 'vault:entriesChanged', payload: {} });
    };
    store.onState = (state) => {
      if (state === 'gone' && session?.store === store) void lock('deleted');
      else deps.emit({ name: 'vault:entriesChanged', payload: {} });
    };
  }

  return {
    current: () => session,
    /** The profile moved into or out of the shared folder: the session writes through its new store. */
    swapStore(store: ProfileStore) {
      const s = require();
      s.store = store;
      if (store instanceof SharedProfileStore) follow(store);
    },
    require,
    /** An entry of the unlocked profile, or why it cannot be used. */
    requireEntry(id: string): OpenEntry {
      const s = require();
      const entry = s.entries.get(id);
      if (entry) return entry;
      if (s.damaged.has(id)) throw new UserFacingError('conflict', say('entryDamaged'));
      throw new UserFacingError('not_found', say('entryGone'));
    },
    settingsOf,
    lockAt: () => lockAt,
    touch,
    lock,

    /** Opens every entry with the data key (one that fails its check is listed as damaged) and starts the idle lock. */
    start(store: ProfileStore, dataKey: Buffer, unlockedBy: Session['unlockedBy'] = 'passphrase'): Session {
      const file = store.store;
      const entries = new Map<string, OpenEntry>();
      const damaged = new Set<string>();
      for (const [id, box] of Object.entries(file.entries)) {
        const entry = openEntry(dataKey, file.profileId, id, box);
        if (entry) entries.set(id, entry);
        else damaged.add(id);
      }
      if (damaged.size > 0) deps.logger.warn('Vault entries failed their integrity check', { count: damaged.size });
      session = { profileId: file.profileId, name: file.name, dataKey, store, entries, damaged, unlockedBy };
      if (store instanceof SharedProfileStore) follow(store);
      touch();
      deps.feed.entriesChanged(session);
      deps.onStarted?.(session);
      return session;
    },

    /** The unlocked profile's entries (never passwords) matching every word of the query, and the damaged ones. */
    list(query: string): EntryList {
      const s = require();
      return { entries: filterEntries(s.entries.values(), query).map(summarize), damaged: [...s.damaged].map((id) => ({ id, damaged: true as const })) };
    },

    /** Power: the OS lock screen, suspend and switching OS user lock the vault. */
    watchPower() {
      const offs = (['lock-screen', 'suspend', 'user-did-resign-active'] as const).map((event) => deps.power.on(event, () => void lock('power')));
      return () => offs.forEach((off) => off());
    },
  };
}
export type SessionKeeper = ReturnType<typeof createSessionKeeper>;
