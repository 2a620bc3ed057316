import type { TimerStopKind } from '../../../../shared/ipc/timers';
import { lockoutTimers } from './lockout';
import { rotationTimers } from './rotation';
import { sessionTimers } from './session';
import { twoFactorTimers } from './twoFactor';

/**
 * Every kind of timer the service runs. A new kind is one module here (see kind.ts) plus its
 * channels and view in shared/ipc/timers.ts and its card in renderer/timers/.
 * (The vault's auto-lock uses the scheduler directly, through vault/deadlines.ts.)
 */
export const TIMER_KINDS = [sessionTimers, lockoutTimers, twoFactorTimers, rotationTimers] as const;

type Kind = (typeof TIMER_KINDS)[number];
type Instance = ReturnType<Kind['create']>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every kind's actions, merged: the service's per-kind methods. */
export type KindActions = UnionToIntersection<Instance['actions']>;
/** Every kind's part of the Timers view, merged. */
export type KindViews = UnionToIntersection<ReturnType<Instance['view']>>;

/** The saved state's fields of every kind, merged (state.ts adds the shared ones). */
export const KIND_STATE = Object.assign({}, ...TIMER_KINDS.map((kind) => kind.state)) as UnionToIntersection<Kind['state']>;

// Each `timers:stop` kind in the contract has a timer kind that stops it (a compile error otherwise).
type Unstoppable = Exclude<TimerStopKind, NonNullable<Kind['stopKind']>>;
export const EVERY_STOP_KIND_HAS_A_TIMER: [Unstoppable] extends [never] ? true : Unstoppable = true;
