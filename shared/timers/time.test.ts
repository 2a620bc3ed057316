import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, daysBetween, describeDue, formatClockTime, formatRemaining } from './time';

const LA = { timeZone: 'America/Los_Angeles', locale: 'en-US' };

describe('formatClockTime', () => {
  it('shows a lockout started 01:50 PDT on the fall-back night as ending "1:05 AM PST"', () => {
    const start = Date.UTC(2026, 10, 1, 8, 50);
    const end = start + 15 * 60_000;
    expect(formatClockTime(start, LA)).toBe('1:50 AM');
    expect(formatClockTime(end, { ...LA, now: start })).toBe('1:05 AM PST');
  });

  it('leaves the zone out when no clock change lies between now and then', () => {
    const now = Date.UTC(2026, 5, 1, 17, 30);
    expect(formatClockTime(now + 12 * 60_000, { ...LA, now })).toBe('10:42 AM');
  });
});

describe('calendar days', () => {
  it('counts due dates as the user reads them', () => {
    expect(describeDue('2026-06-01', '2026-06-10')).toBe('due in 9 days');
    expect(describeDue('2026-06-13', '2026-06-10')).toBe('overdue by 3 days');
    expect(describeDue('2026-06-10', '2026-06-10')).toBe('due today');
    expect(describeDue('2026-06-09', '2026-06-10')).toBe('due in 1 day');
  });

  it('adds days across month ends and the DST change without drifting', () => {
    expect(addDays('2026-08-03', 90)).toBe('2026-11-01');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });

  it('reads the calendar date of an instant in a zone', () => {
    expect(calendarDateOf(Date.UTC(2026, 5, 2, 3, 0), 'America/Los_Angeles')).toBe('2026-06-01');
    expect(calendarDateOf(Date.UTC(2026, 5, 2, 3, 0), 'UTC')).toBe('2026-06-02');
  });
});

describe('formatRemaining', () => {
  it('reads as minutes and seconds, never negative', () => {
    expect(formatRemaining(14 * 60_000 + 59_000)).toBe('14 min 59 s');
    expect(formatRemaining(59_400)).toBe('1 min 00 s');
    expect(formatRemaining(-5000)).toBe('0 s');
    expect(formatRemaining(95 * 60_000)).toBe('1 h 35 min');
  });
});
