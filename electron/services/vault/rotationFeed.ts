import type { RotationCredential, RotationDates } from '../rotationDates';
import { titleOf, type OpenEntry } from './entries';
import type { ProfileFile, ProfileStore } from './profileFile';

type Hint = NonNullable<ProfileFile['rotationHint']>;
/** What the feed needs of an unlocked session. */
export interface FeedSession {
  profileId: string;
  name: string;
  store: ProfileStore;
  entries: Map<string, OpenEntry>;
}

const keyOf = (profileId: string, entryId: string) => `vault:${profileId}:${entryId}`;

/**
 * The vault's side of RotationDates: password dates for the rotation reminders (titles and dates
 * only — no username or secret; the timers save them). Every entry of the unlocked profile, and for
 * each locked profile its oldest password (its rotation hint, kept outside the encryption). Keys are
 * the same either way, so locking and unlocking does not announce the same date twice. A list equal
 * to the last one published is not published again.
 */
export function createRotationFeed(dates: RotationDates) {
  /** Locked profiles' oldest dates, from the last folder scan and the sessions since. */
  const locked = new Map<string, { name: string; hint: Hint }>();
  let unlocked: { profileId: string; name: string; hint: Hint | null; credentials: RotationCredential[] } | null = null;
  let published: string | null = null;

  function publish() {
    const lockedCredentials = [...locked].map(([profileId, { name, hint }]) => ({
      key: keyOf(profileId, hint.entryId),
      label: `${name}'s oldest saved`,
      changedAt: hint.changedAt,
      locked: true,
    }));
    const next = [...(unlocked?.credentials ?? []), ...lockedCredentials];
    const text = JSON.stringify(next);
    if (text === published) return;
    published = text;
    dates.publish(next);
  }

  return {
    /** A folder scan: what every profile file holds now (the unlocked one's dates come from its session). */
    profilesScanned(files: readonly ProfileFile[]) {
      locked.clear();
      for (const file of files)
        if (file.profileId !== unlocked?.profileId && file.rotationHint) locked.set(file.profileId, { name: file.name, hint: file.rotationHint });
      publish();
    },

    /** A profile was unlocked or its entries changed: refresh its rotation hint on disk, then publish. */
    entriesChanged(session: FeedSession) {
      let oldest: OpenEntry | null = null;
      for (const entry of session.entries.values()) if (!oldest || entry.passwordChangedAt < oldest.passwordChangedAt) oldest = entry;
      const hint = oldest ? { entryId: oldest.id, changedAt: oldest.passwordChangedAt } : null;
      const stored = session.store.get('rotationHint') ?? null;
      if (stored?.entryId !== hint?.entryId || stored?.changedAt !== hint?.changedAt) session.store.set('rotationHint', hint);
      locked.delete(session.profileId);
      unlocked = {
        profileId: session.profileId,
        name: session.name,
        hint,
        credentials: [...session.entries.values()].map((e) => ({
          key: keyOf(session.profileId, e.id),
          label: `${session.name}'s ${titleOf(e.fields)}`,
          ...(e.fields.kind === 'portal' && e.fields.portal !== 'custom' ? { portalId: e.fields.portal } : {}),
          changedAt: e.passwordChangedAt,
        })),
      };
      publish();
    },

    /** The profile locked: it shows its oldest date again (unless its file is gone). */
    locked(stillOnDisk: boolean) {
      if (unlocked?.hint && stillOnDisk) locked.set(unlocked.profileId, { name: unlocked.name, hint: unlocked.hint });
      unlocked = null;
      publish();
    },

    /** A deleted profile's reminders go with it. */
    profileRemoved(profileId: string) {
      locked.delete(profileId);
      publish();
    },
  };
}
export type RotationFeed = ReturnType<typeof createRotationFeed>;
