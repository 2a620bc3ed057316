import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confStores, ManualPower } from '../../adapters/node';
import { AdjustableClock } from '../clock';
import { Scheduler, type Firing, type TimerEntry } from './scheduler';

const START = Date.UTC(2026, 5, 1, 17, 0);
const MIN = 60_000;

/** A fake world: wall clock, monotonic clock (stops while "asleep"), manual tick, real store file. */
function world(dir = mkdtempSync(join(tmpdir(), 'allydesk-sched-'))) {
  let wall = START;
  let mono = 0;
  const clock = new AdjustableClock(() => wall);
  const power = new ManualPower();
  let tickFn: () => void = () => {};
  const store = confStores(dir).open<{ schedule: TimerEntry[] }>('timers', { schedule: [] });
  const make = () =>
    new Scheduler({
      clock,
      power,
      store: { load: () => store.get('schedule'), save: (entries) => store.set('schedule', entries) },
      monotonic: () => mono,
      every: (_ms, fn) => ((tickFn = fn), () => (tickFn = () => {})),
    });
  return {
    dir,
    clock,
    power,
    store,
    make,
    /** Real time passes while awake: both clocks move, one tick per second of it (coarsely). */
    awake(ms: number) {
      for (let left = ms; left > 0; left -= 1000) {
        wall += Math.min(1000, left);
        mono += Math.min(1000, left);
        tickFn();
      }
    },
    /** The computer sleeps: the wall clock moves, the monotonic clock and the ticks do not. */
    sleep(ms: number) {
      wall += ms;
    },
    tick: () => tickFn(),
  };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function started() {
  const w = world();
  dirs.push(w.dir);
  const scheduler = w.make();
  const fired: Firing[] = [];
  scheduler.on('test', (firing) => fired.push(firing));
  scheduler.start();
  return { ...w, scheduler, fired };
}

describe('Scheduler', () => {
  it('fires a deadline on the first tick at or after it, once, and forgets it on disk', () => {
    const { scheduler, fired, awake, store } = started();
    scheduler.set('a', { kind: 'test', at: START + 5 * MIN });
    awake(5 * MIN - 1000);
    expect(fired).toEqual([]);
    awake(1000);
    expect(fired.map((f) => [f.entry.id, f.whileAway])).toEqual([['a', false]]);
    awake(10 * MIN);
    expect(fired).toHaveLength(1);
    expect(store.get('schedule')).toEqual([]);
  });

  it('a sleep that jumps the wall clock fires the missed deadline once, flagged "while you were away"', () => {
    const { scheduler, fired, awake, sleep, tick } = started();
    const reasons: string[] = [];
    scheduler.onRecompute((reason) => reasons.push(reason));
    scheduler.set('a', { kind: 'test', at: START + 10 * MIN });
    awake(60_000);
    sleep(2 * 60 * MIN);
    tick();
    expect(fired.map((f) => [f.entry.id, f.whileAway])).toEqual([['a', true]]);
    expect(reasons).toEqual(['jump']);
    awake(60_000);
    expect(fired).toHaveLength(1);
  });

  it("power 'resume' recomputes at once, before the next tick", () => {
    const { scheduler, fired, sleep, power } = started();
    scheduler.set('a', { kind: 'test', at: START + 10 * MIN });
    sleep(30 * MIN);
    power.emit('resume');
    expect(fired.map((f) => f.whileAway)).toEqual([true]);
  });

  it('a test clock advance fires at once, not flagged as away', () => {
    const { scheduler, fired, clock } = started();
    scheduler.set('a', { kind: 'test', at: START + 10 * MIN });
    clock.advance(10 * MIN);
    expect(fired.map((f) => [f.entry.id, f.whileAway])).toEqual([['a', false]]);
  });

  it('a deadline missed while the app was closed fires once on the next start, never again', () => {
    const w = world();
    dirs.push(w.dir);
    const first = w.make();
    first.start();
    first.set('lockout', { kind: 'test', at: START + 15 * MIN, data: { portalId: 'ehr' } });
    first.stop();
    w.sleep(60 * MIN); // app closed

    const second = w.make();
    const fired: Firing[] = [];
    second.on('test', (f) => fired.push(f));
    second.start();
    expect(fired.map((f) => [f.entry.id, f.whileAway, f.entry.data?.portalId])).toEqual([['lockout', true, 'ehr']]);
    second.stop();

    const third = w.make();
    const again: Firing[] = [];
    third.on('test', (f) => again.push(f));
    third.start();
    expect(again).toEqual([]);
  });

  it('fires several due deadlines in deadline order', () => {
    const { scheduler, fired, sleep, power } = started();
    scheduler.set('late', { kind: 'test', at: START + 20 * MIN });
    scheduler.set('early', { kind: 'test', at: START + 5 * MIN });
    sleep(30 * MIN);
    power.emit('resume');
    expect(fired.map((f) => f.entry.id)).toEqual(['early', 'late']);
  });

  it('keeps deadlines of a kind nobody listens to yet, and fires them once a listener comes', () => {
    const { scheduler, awake } = started();
    scheduler.set('v', { kind: 'vault', at: START + MIN });
    awake(2 * MIN);
    expect(scheduler.get('v')).toBeDefined();
    const heard: string[] = [];
    scheduler.on('vault', (f) => heard.push(f.entry.id));
    awake(1000);
    expect(heard).toEqual(['v']);
  });

  it('set replaces, clear removes and reports whether there was one', () => {
    const { scheduler, fired, awake } = started();
    scheduler.set('a', { kind: 'test', at: START + MIN });
    scheduler.set('a', { kind: 'test', at: START + 3 * MIN });
    awake(2 * MIN);
    expect(fired).toEqual([]);
    expect(scheduler.clear('a')).toBe(true);
    expect(scheduler.clear('a')).toBe(false);
    awake(2 * MIN);
    expect(fired).toEqual([]);
    expect(() => scheduler.set('b', { kind: 'test', at: Number.NaN })).toThrow(RangeError);
  });

  it('a failing listener does not stop the others or bring the deadline back', () => {
    const { scheduler, fired, awake } = started();
    scheduler.on('test', () => {
      throw new Error('boom');
    });
    scheduler.set('a', { kind: 'test', at: START + MIN });
    awake(MIN);
    expect(fired).toHaveLength(1);
    expect(scheduler.get('a')).toBeUndefined();
  });

  it('drops unreadable saved entries instead of failing to start', () => {
    const w = world();
    dirs.push(w.dir);
    w.store.set('schedule', [
      { id: 'ok', kind: 'test', at: START + MIN },
      { id: '', kind: 'x', at: 'soon' },
    ] as never);
    const scheduler = w.make();
    expect(scheduler.list().map((e) => e.id)).toEqual(['ok']);
    expect(JSON.parse(readFileSync(join(w.dir, 'timers.json'), 'utf8')).schedule).toHaveLength(2);
  });
});
