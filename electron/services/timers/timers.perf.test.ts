import { describe, expect, it } from 'vitest';
import measure from './timers.perf';

describe('timers benchmark', () => {
  it('reports median and p95 of one tick with 1,000 live timers against the 1 ms budget', async () => {
    const results = await measure();
    expect(results.map((r) => [r.name, r.unit, r.budget])).toEqual([
      ['timers: scheduler tick, 1,000 live timers (median)', 'ms', 1],
      ['timers: scheduler tick, 1,000 live timers (p95)', 'ms', 1],
    ]);
    for (const r of results) {
      expect(r.value).toBeGreaterThan(0);
      expect(r.pass).toBe(r.value < r.budget);
    }
    console.warn(results.map((r) => `${r.name}: ${r.value.toFixed(4)} ms`).join('\n'));
  });
});
