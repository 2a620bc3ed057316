import { describe, expect, test } from 'vitest';
import { SUPPORT_HOURS_ES } from './es/support';
import { channelAvailability, HOURS_SUMMARY, hoursSummary, supportAvailability } from './supportHours';

const at = (iso: string) => new Date(iso);

describe('phone hours (Mon–Fri 5:00–21:00, Sat–Sun 6:00–17:00 Pacific)', () => {
  test('a Wednesday afternoon is open, closing at 9:00 PM Pacific', () => {
    // 2026-06-10 is a Wednesday; 13:00 PDT = 20:00Z.
    const status = channelAvailability('phone', at('2026-06-10T20:00:00Z'), 'America/Los_Angeles');
    expect(status.open).toBe(true);
    expect(status.nextChange.toISOString()).toBe('2026-06-11T04:00:00.000Z');
    expect(status.sentence).toBe('Open now — closes at 9:00 PM Pacific (your time zone too)');
  });

  test('opens exactly at 5:00 AM and closes exactly at 9:00 PM', () => {
    expect(channelAvailability('phone', at('2026-06-10T12:00:00Z'), 'UTC').open).toBe(true); // 05:00 PDT
    expect(channelAvailability('phone', at('2026-06-10T11:59:59Z'), 'UTC').open).toBe(false); // 04:59:59
    expect(channelAvailability('phone', at('2026-06-11T03:59:59Z'), 'UTC').open).toBe(true); // 20:59:59
    const atClose = channelAvailability('phone', at('2026-06-11T04:00:00Z'), 'UTC'); // 21:00 sharp
    expect(atClose.open).toBe(false);
    expect(atClose.nextChange.toISOString()).toBe('2026-06-11T12:00:00.000Z');
    expect(atClose.sentence).toBe('Closed now — opens tomorrow at 5:00 AM Pacific (12:00 PM your time)');
  });

  test('at Pacific midnight the line opens later the same day', () => {
    const status = channelAvailability('phone', at('2026-06-10T07:00:00Z'), 'America/New_York'); // 00:00 PDT Wed
    expect(status.open).toBe(false);
    expect(status.nextChange.toISOString()).toBe('2026-06-10T12:00:00.000Z');
    expect(status.sentence).toBe('Closed now — opens today at 5:00 AM Pacific (8:00 AM your time)');
  });

  test('Friday 9:00 PM Pacific is midnight Saturday on the East Coast, and the day is named', () => {
    // 2026-10-30 is a Friday; 20:30 PDT = 03:30Z Saturday.
    const status = channelAvailability('phone', at('2026-10-31T03:30:00Z'), 'America/New_York');
    expect(status.open).toBe(true);
    expect(status.sentence).toBe('Open now — closes at 9:00 PM Pacific (12:00 AM Saturday your time)');
  });

  test('weekends use the shorter hours: Saturday opens at 6:00 and closes at 5:00 PM', () => {
    // 2026-06-13 is a Saturday.
    expect(channelAvailability('phone', at('2026-06-13T12:30:00Z'), 'UTC').open).toBe(false); // 05:30 PDT
    const saturday = channelAvailability('phone', at('2026-06-13T12:30:00Z'), 'UTC');
    expect(saturday.nextChange.toISOString()).toBe('2026-06-13T13:00:00.000Z');
    const sundayEvening = channelAvailability('phone', at('2026-06-15T01:00:00Z'), 'UTC'); // Sun 18:00 PDT
    expect(sundayEvening.open).toBe(false);
    expect(sundayEvening.nextChange.toISOString()).toBe('2026-06-15T12:00:00.000Z'); // Mon 05:00 PDT
    expect(sundayEvening.sentence).toMatch(/^Closed now — opens tomorrow at 5:00 AM Pacific/);
  });
});

describe('daylight saving transitions in 2026', () => {
  test('spring forward (Sunday 2026-03-08): Saturday evening waits for 6:00 AM PDT, which is 13:00 UTC not 14:00', () => {
    const saturdayClose = channelAvailability('phone', at('2026-03-08T01:00:00Z'), 'UTC'); // Sat 17:00 PST
    expect(saturdayClose.open).toBe(false);
    expect(saturdayClose.nextChange.toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(saturdayClose.sentence).toBe('Closed now — opens tomorrow at 6:00 AM Pacific (1:00 PM your time)');
    expect(channelAvailability('phone', at('2026-03-08T12:59:59Z'), 'UTC').open).toBe(false);
    const opened = channelAvailability('phone', at('2026-03-08T13:00:00Z'), 'UTC');
    expect(opened.open).toBe(true);
    expect(opened.nextChange.toISOString()).toBe('2026-03-09T00:00:00.000Z'); // 17:00 PDT
  });

  test('spring forward: the 2 AM gap itself reads as closed, opening at 6:00 AM PDT', () => {
    const inGap = channelAvailability('chat', at('2026-03-08T10:30:00Z'), 'America/Los_Angeles'); // 03:30 PDT
    expect(inGap.open).toBe(false);
    expect(inGap.sentence).toBe('Closed now — opens today at 6:00 AM Pacific (your time zone too)');
  });

  test('fall back (Sunday 2026-11-01): Sunday opens at 6:00 AM PST = 14:00 UTC, Monday at 5:00 AM PST = 13:00 UTC', () => {
    const afterSaturday = channelAvailability('phone', at('2026-11-01T00:00:00Z'), 'UTC'); // Sat 17:00 PDT
    expect(afterSaturday.open).toBe(false);
    expect(afterSaturday.nextChange.toISOString()).toBe('2026-11-01T14:00:00.000Z');
    const duringRepeatedHour = channelAvailability('phone', at('2026-11-01T09:30:00Z'), 'UTC'); // 01:30 PST (second time)
    expect(duringRepeatedHour.nextChange.toISOString()).toBe('2026-11-01T14:00:00.000Z');
    const sunday = channelAvailability('phone', at('2026-11-01T14:00:00Z'), 'UTC');
    expect(sunday.open).toBe(true);
    expect(sunday.nextChange.toISOString()).toBe('2026-11-02T01:00:00.000Z'); // 17:00 PST
    const sundayNight = channelAvailability('phone', at('2026-11-02T01:00:00Z'), 'UTC');
    expect(sundayNight.nextChange.toISOString()).toBe('2026-11-02T13:00:00.000Z');
    expect(sundayNight.sentence).toBe('Closed now — opens tomorrow at 5:00 AM Pacific (1:00 PM your time)');
  });

  test('between the US and UK changes the local time follows each zone’s own rules', () => {
    // 2026-03-10: Pacific is already on PDT (UTC-7), London still on GMT.
    const status = channelAvailability('phone', at('2026-03-10T11:00:00Z'), 'Europe/London');
    expect(status.sentence).toBe('Closed now — opens today at 5:00 AM Pacific (12:00 PM your time)');
  });
});

describe('chat (usually daily 6:00–17:00 Pacific)', () => {
  test('chat is closed at 5:30 AM on a weekday while the phone is open, and says "usually"', () => {
    const { phone, chat } = supportAvailability(at('2026-06-10T12:30:00Z'), 'America/Los_Angeles');
    expect(phone.open).toBe(true);
    expect(chat.open).toBe(false);
    expect(chat.sentence).toBe('Closed now — opens today at 6:00 AM Pacific (your time zone too)');
    expect(chat.caveat).toMatch(/usually/);
  });

  test('chat closes at 5:00 PM on weekdays too', () => {
    const { phone, chat } = supportAvailability(at('2026-06-11T00:00:00Z'), 'America/Chicago'); // Wed 17:00 PDT
    expect(phone.open).toBe(true);
    expect(chat.open).toBe(false);
    expect(chat.sentence).toBe('Closed now — opens tomorrow at 6:00 AM Pacific (8:00 AM your time)');
  });
});

describe('the hours in es-US (Intl writes the times and names the zone)', () => {
  const es = SUPPORT_HOURS_ES;

  test('open on a summer Wednesday: "9:00 p.m. PDT", the user’s own time beside it', () => {
    expect(channelAvailability('phone', at('2026-06-10T20:00:00Z'), 'America/Los_Angeles', es).sentence).toBe(
      'Abierto ahora: cierra a las 9:00 p.m. PDT (también es su zona horaria)',
    );
    expect(channelAvailability('phone', at('2026-06-10T20:00:00Z'), 'America/New_York', es).sentence).toBe(
      'Abierto ahora: cierra a las 9:00 p.m. PDT (jueves, 12:00 a.m. EDT en su zona horaria)',
    );
  });

  test('closed on a winter night: opens "mañana a las 5:00 a.m. PST"; on Saturday evening, "el lunes"', () => {
    // Wednesday 25 November 2026, 10 PM PST.
    const night = channelAvailability('phone', at('2026-11-26T06:00:00Z'), 'America/Los_Angeles', es);
    expect(night.sentence).toBe('Cerrado ahora: abre mañana a las 5:00 a.m. PST (también es su zona horaria)');
    // Friday 10 PM PST: the phone opens Saturday 6 AM, which is "mañana"; chat too.
    const friday = supportAvailability(at('2026-11-28T06:00:00Z'), 'America/Chicago', es);
    expect(friday.chat.sentence).toBe('Cerrado ahora: abre mañana a las 6:00 a.m. PST (8:00 a.m. CST en su zona horaria)');
    // Sunday 6 PM PST: the phone opens Monday, "mañana".
    const sundayEvening = channelAvailability('phone', at('2026-11-30T02:00:00Z'), 'America/Los_Angeles', es);
    expect(sundayEvening.sentence).toMatch(/^Cerrado ahora: abre mañana a las 5:00 a\.m\. PST/);
  });

  test('the user’s day is named by Intl in Spanish when it differs from the Pacific one', () => {
    // Wednesday 1 PM PDT: the phone closes at 9 PM PDT, which is Thursday 1 PM in Tokyo.
    const status = channelAvailability('phone', at('2026-06-10T20:00:00Z'), 'Asia/Tokyo', es);
    expect(status.sentence).toBe('Abierto ahora: cierra a las 9:00 p.m. PDT (jueves, 1:00 p.m. GMT+9 en su zona horaria)');
  });

  test('the weekly hours: Intl’s times with PST in winter and PDT in summer; English unchanged', () => {
    expect(hoursSummary('phone', at('2026-01-14T20:00:00Z'), es)).toEqual([
      'De lunes a viernes: 5:00 a.m. PST – 9:00 p.m. PST',
      'Sábado y domingo (soporte limitado): 6:00 a.m. PST – 5:00 p.m. PST',
    ]);
    expect(hoursSummary('chat', at('2026-07-14T20:00:00Z'), es)).toEqual(['Todos los días: 6:00 a.m. PDT – 5:00 p.m. PDT']);
    expect(hoursSummary('phone', at('2026-07-14T20:00:00Z'))).toEqual(HOURS_SUMMARY.phone);
    expect(channelAvailability('chat', at('2026-07-14T20:00:00Z'), 'UTC', es).caveat).toMatch(/suele estar disponible/);
  });
});
