import type { PortalId } from '../../shared/content/ids';

/** A saved login whose last password change counts for rotation reminders. */
export interface RotationCredential {
  /** Stable and unique, e.g. `vault:<entryId>`; never a username or secret. */
  key: string;
  label: string;
  portalId?: PortalId;
  /** When its password was last changed (epoch ms). */
  changedAt: number;
  /** From a locked vault profile, which knows only its oldest date until it is unlocked. */
  locked?: boolean;
}

/**
 * The one direction between the vault and the timers: the vault publishes its logins' change
 * dates here whenever they change (unlock, lock, save, delete), and the rotation timers read them
 * and follow changes. Neither service knows the other, so they can be built in any order.
 */
export interface RotationDates {
  current(): readonly RotationCredential[];
  publish(credentials: readonly RotationCredential[]): void;
  /** Called after every publish; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createRotationDates(): RotationDates {
  let credentials: readonly RotationCredential[] = [];
  const listeners = new Set<() => void>();
  return {
    current: () => credentials,
    publish(next) {
      credentials = [...next];
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
