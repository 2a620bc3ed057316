import { z } from '../../../../shared/zod';
import { PORTAL_IDS, type PortalId } from '../../../../shared/content/ids';
import type { TimerSettings, TimerStopKind, TimersView } from '../../../../shared/ipc/timers';
import type { ZoneOptions } from '../../../../shared/timers/time';
import type { Clock } from '../../../adapters/types';
import { UserFacingError } from '../../errors';
import type { RotationDates } from '../../rotationDates';
import type { Note, TimerWords } from '../messages';
import type { Firing, Scheduler } from '../scheduler';
import { say } from '../say';

/**
 * One kind of timer (portal session, lockout, two-factor wait, password rotation) is one module:
 * its slice of the saved state, its scheduler deadlines and what a firing says and does, its part
 * of the view, its actions and how it stops. kinds/index.ts lists them; service.ts is the glue.
 */

/**
 * A kind's saved slice. A part missing from the file (one from an older version) starts empty; a part
 * of the wrong shape fails the file's check on open, so the file is moved aside and the user told.
 */
export type StateShape = Record<string, z.ZodMiniType>;
export type StateOf<S extends StateShape> = z.infer<z.ZodMiniObject<S>>;

/** A per-portal record in the saved state. */
export const byPortal = <T extends z.ZodMiniType>(value: T) => z._default(z.partialRecord(z.enum(PORTAL_IDS), value), {});

/** What the service gives each kind. */
export interface KindContext<State> {
  clock: Clock;
  scheduler: Scheduler;
  rotationDates: RotationDates;
  /** For tests; the system zone otherwise. */
  zone?: ZoneOptions;
  words: TimerWords;
  /** The saved state (a fresh copy each call); the kind reads and writes only its own slice. */
  read(): State;
  /** Reads, changes and saves the state. */
  update(change: (state: State) => void): void;
  settings(): TimerSettings;
  /** Raises the system notification; a deadline that passed while away is also kept as a notice. */
  announce(firing: Firing, note: Note): void;
  /** Tells listeners (the renderer gets `timers:changed`) and returns the new view. */
  changed(): TimersView;
}

export interface KindInstance<State, Slice extends Partial<TimersView>, Actions> {
  /** This kind's part of the Timers view. */
  view(state: State, settings: TimerSettings): Slice;
  /** A firing of one of this kind's deadlines. */
  onFire(firing: Firing): void;
  /** The service's methods (and IPC channels) this kind answers; each returns what its channel outputs. */
  actions: Actions;
  /** `timers:stop` for this kind: ends it, or says there is none. */
  stop?(portalId: PortalId): void;
  /** A successful login to the portal (other kinds may start or end something). */
  onPortalLoggedIn?(portalId: PortalId): void;
  onSettingsChanged?(): void;
  dispose?(): void;
}

export interface TimerKind<S extends StateShape, Slice extends Partial<TimersView>, Actions, Stop extends TimerStopKind = never> {
  /** The scheduler `kind` of its deadlines, as saved in timers.json. */
  schedulerKind: string;
  /** The `kind` of `timers:stop` that stops it, if the user can stop it. */
  stopKind?: Stop;
  state: S;
  create(context: KindContext<StateOf<S>>): KindInstance<StateOf<S>, Slice, Actions>;
}

/** Identity, for inference: a kind's context is typed by its own state slice. */
export function defineTimerKind<S extends StateShape, Slice extends Partial<TimersView>, Actions, Stop extends TimerStopKind = never>(
  kind: TimerKind<S, Slice, Actions, Stop>,
) {
  return kind;
}

export const noTimerToStop = (what: string) => new UserFacingError('not_found', say('noTimerToStop', { what }));

/** The portal a firing is for (every per-portal deadline carries it). */
export const portalOf = (firing: Firing) => firing.entry.data?.portalId as PortalId;

/** A per-portal record's entries, typed. */
export const portalEntries = <T>(record: Partial<Record<PortalId, T>>) => Object.entries(record) as [PortalId, T][];
