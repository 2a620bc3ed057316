/**
 * The one timer scheduler of the main process. Deadlines are wall-clock instants (epoch ms),
 * persisted, and compared with `clock.now()` on a short tick — never a setTimeout for the full
 * duration, which drifts or stalls over sleep.
 *
 * API (for any service, e.g. the vault's auto-lock):
 *   scheduler.set(id, { kind, at, data? })  add or replace one deadline (`data`: small JSON)
 *   scheduler.clear(id) → boolean           remove it (false when there was none)
 *   scheduler.get(id) / scheduler.list(kind?)
 *   scheduler.on(kind, (firing) => …)       subscribe to firings of a kind; returns unsubscribe.
 *       firing = { entry, now, whileAway }: `whileAway` is true when the deadline passed while
 *       AllyDesk was closed or the computer slept (found on start, power 'resume', clock jump).
 *   scheduler.onRecompute((reason) => …)    after start / resume / jump / test clock advance.
 * Each deadline fires exactly once: it is removed and saved before listeners run, so a restart
 * never repeats it. Deadlines of a kind nobody listens to yet wait (the listener may be wired later).
 *
 * Who uses it: each timer kind in kinds/ owns one scheduler kind; the vault's idle warning, idle
 * lock and clipboard clearing go through vault/deadlines.ts (kind 'vault', callbacks in memory).
 * The vault's warning comes a minute before the lock (half the time for a 1-minute lock, so at
 * least 30 s to choose "Stay unlocked"; WCAG 2.2.1 asks for 20 s); activity sets both again and
 * locking clears both.
 */
import { z } from '../../../shared/zod';
import type { Clock, Logger, PowerAdapter } from '../../adapters/types';

export interface TimerEntry {
  id: string;
  kind: string;
  /** Wall-clock epoch milliseconds. */
  at: number;
  data?: Record<string, string | number | boolean | null>;
}

export interface Firing {
  entry: TimerEntry;
  now: number;
  whileAway: boolean;
}

export type RecomputeReason = 'start' | 'resume' | 'jump' | 'advance';

export interface ScheduleStore {
  load(): unknown;
  save(entries: TimerEntry[]): void;
}

export interface SchedulerDeps {
  clock: Clock & { onAdvance?(listener: (now: number) => void): () => void };
  store: ScheduleStore;
  power?: PowerAdapter;
  logger?: Logger;
  /** How often deadlines are compared with the clock. */
  tickMs?: number;
  /** A clock that does not move while the computer sleeps (process.hrtime); used to spot wall-clock jumps. */
  monotonic?: () => number;
  /** A wall-clock jump larger than this (beyond the monotonic time that passed) counts as sleep/resume. */
  jumpToleranceMs?: number;
  /** Starts the repeating tick; returns a stop function. */
  every?: (ms: number, fn: () => void) => () => void;
}

/** One saved deadline as it must look on disk. */
export const storedTimerEntry = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.string().check(z.minLength(1)),
  at: z.number(),
  data: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

const defaultEvery = (ms: number, fn: () => void) => {
  const handle = setInterval(fn, ms);
  handle.unref?.();
  return () => clearInterval(handle);
};

export class Scheduler {
  private readonly entries = new Map<string, TimerEntry>();
  private readonly listeners = new Map<string, Set<(firing: Firing) => void>>();
  private readonly recomputeListeners = new Set<(reason: RecomputeReason) => void>();
  private readonly stops: (() => void)[] = [];
  private lastWall = 0;
  private lastMono = 0;
  private readonly monotonic: () => number;

  constructor(private readonly deps: SchedulerDeps) {
    // process.hrtime reads the clock performance.now() reads, without loading perf_hooks at start.
    this.monotonic = deps.monotonic ?? (() => Number(process.hrtime.bigint()) / 1e6);
    const loaded = deps.store.load();
    for (const raw of Array.isArray(loaded) ? loaded : []) {
      const parsed = storedTimerEntry.safeParse(raw);
      if (parsed.success) this.entries.set(parsed.data.id, parsed.data);
      else deps.logger?.warn('Dropped an unreadable saved timer');
    }
  }

  set(id: string, spec: Omit<TimerEntry, 'id'>): TimerEntry {
    if (!id) throw new RangeError('timer id is empty');
    if (!Number.isFinite(spec.at)) throw new RangeError('timer deadline is not a finite instant');
    const entry: TimerEntry = spec.data ? { id, kind: spec.kind, at: spec.at, data: { ...spec.data } } : { id, kind: spec.kind, at: spec.at };
    this.entries.set(id, entry);
    this.save();
    return entry;
  }

  clear(id: string): boolean {
    const existed = this.entries.delete(id);
    if (existed) this.save();
    return existed;
  }

  get(id: string): TimerEntry | undefined {
    return this.entries.get(id);
  }

  list(kind?: string): TimerEntry[] {
    return [...this.entries.values()].filter((entry) => kind === undefined || entry.kind === kind);
  }

  get size() {
    return this.entries.size;
  }

  on(kind: string, listener: (firing: Firing) => void): () => void {
    const set = this.listeners.get(kind) ?? new Set();
    set.add(listener);
    this.listeners.set(kind, set);
    return () => set.delete(listener);
  }

  onRecompute(listener: (reason: RecomputeReason) => void): () => void {
    this.recomputeListeners.add(listener);
    return () => this.recomputeListeners.delete(listener);
  }

  /** Fires what came due while AllyDesk was closed, then ticks; listens for resume and clock advances. */
  start() {
    this.resetBaseline();
    this.recompute('start');
    this.stops.push((this.deps.every ?? defaultEvery)(this.deps.tickMs ?? 1000, () => this.tick()));
    if (this.deps.power) this.stops.push(this.deps.power.on('resume', () => this.recompute('resume')));
    if (this.deps.clock.onAdvance) {
      const off = this.deps.clock.onAdvance(() => this.recompute('advance'));
      this.stops.push(() => void off());
    }
  }

  stop() {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** One tick: spot a wall-clock jump (sleep the OS did not announce), then fire what is due. */
  tick(): number {
    const wall = this.deps.clock.now();
    const mono = this.monotonic();
    const jumped = wall - this.lastWall - (mono - this.lastMono) > (this.deps.jumpToleranceMs ?? 5000);
    this.lastWall = wall;
    this.lastMono = mono;
    if (jumped) {
      this.recompute('jump');
      return wall;
    }
    this.fireDue(wall, false);
    return wall;
  }

  /** Fires everything due now. After start, resume or a jump the firings say "while you were away". */
  recompute(reason: RecomputeReason) {
    this.resetBaseline();
    this.fireDue(this.deps.clock.now(), reason !== 'advance');
    for (const listener of this.recomputeListeners) listener(reason);
  }

  private resetBaseline() {
    this.lastWall = this.deps.clock.now();
    this.lastMono = this.monotonic();
  }

  private fireDue(now: number, whileAway: boolean) {
    let due: TimerEntry[] | null = null;
    for (const entry of this.entries.values()) {
      if (entry.at <= now && this.listeners.get(entry.kind)?.size) (due ??= []).push(entry);
    }
    if (!due) return;
    due.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
    // Removed and saved before anyone hears of it: a crash or restart cannot fire it again.
    for (const entry of due) this.entries.delete(entry.id);
    this.save();
    for (const entry of due) {
      for (const listener of this.listeners.get(entry.kind) ?? []) {
        try {
          listener({ entry, now, whileAway });
        } catch (error) {
          this.deps.logger?.error('Timer listener failed', { kind: entry.kind, error: error instanceof Error ? error.name : typeof error });
        }
      }
    }
  }

  private save() {
    this.deps.store.save([...this.entries.values()]);
  }
}
