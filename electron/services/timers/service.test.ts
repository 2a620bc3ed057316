import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/i18n/locales';
import { DEFAULT_TIMER_SETTINGS, TIMER_STOP_KINDS } from '../../../shared/ipc/timers';
import { confStores, ManualPower } from '../../adapters/node';
import { RecordingNotifications } from '../../adapters/recorders';
import { AdjustableClock } from '../clock';
import { UserFacingError } from '../errors';
import { createRotationDates } from '../rotationDates';
import { Scheduler } from './scheduler';
import { createTimersService } from './service';
import { TIMERS_FILE_DEFAULTS, type TimersFile } from './state';

const MIN = 60_000;
const zone = { timeZone: 'America/Los_Angeles', locale: 'en-US' };
const dirs: string[] = [];
beforeAll(() => {
  // Rotation deadlines sit at local midnight: pin the process zone to the one the texts use.
  process.env.TZ = 'America/Los_Angeles';
});
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** One AllyDesk run against a data folder: fake wall clock, fake monotonic clock, manual ticks. */
function run(start: number, dir?: string, carried?: { wall: number }, language: { locale: Locale } = { locale: 'en-US' }) {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'allydesk-timers-'));
  if (!dir) dirs.push(folder);
  const time = carried ?? { wall: start };
  let mono = 0;
  const clock = new AdjustableClock(() => time.wall);
  const power = new ManualPower();
  const notifications = new RecordingNotifications(() => clock.now());
  const store = confStores(folder).open<TimersFile>('timers', TIMERS_FILE_DEFAULTS);
  let tick = () => {};
  const scheduler = new Scheduler({
    clock,
    power,
    store: { load: () => store.get('schedule'), save: (entries) => store.set('schedule', entries) },
    monotonic: () => mono,
    every: (_ms, fn) => ((tick = fn), () => (tick = () => {})),
  });
  const rotationDates = createRotationDates();
  const timers = createTimersService({ clock, scheduler, store, notifications, rotationDates, zone, locale: () => language.locale });
  scheduler.start();
  return {
    folder,
    time,
    clock,
    power,
    scheduler,
    timers,
    rotationDates,
    sent: () => notifications.sent.map((n) => `${n.title} | ${n.body}`),
    awake(ms: number) {
      for (let left = ms; left > 0; left -= 1000) {
        time.wall += Math.min(1000, left);
        mono += Math.min(1000, left);
        tick();
      }
    },
    sleepThenWake(ms: number) {
      time.wall += ms;
      power.emit('resume');
    },
    quit() {
      scheduler.stop();
      timers.dispose();
    },
  };
}

const at1030 = Date.UTC(2026, 5, 1, 17, 30); // 10:30 AM PDT

describe('portal session timer', () => {
  it('warns 2 minutes before the end with the end time, "Still working" restarts, "Logged out" stops', () => {
    const app = run(at1030);
    app.timers.portalLoggedIn('practice-mate');
    expect(app.timers.view().sessions[0]).toMatchObject({ portalId: 'practice-mate', minutes: 20, phase: 'running', endsAt: at1030 + 20 * MIN });
    app.awake(18 * MIN - 1000);
    expect(app.sent()).toEqual([]);
    app.awake(1000);
    expect(app.sent()).toEqual([
      'Practice Mate session ends soon | Save your work in Practice Mate — the session may end at 10:50 AM. In AllyDesk, choose "Still working" if you are still working.',
    ]);
    expect(app.timers.view().sessions[0]!.phase).toBe('warned');

    app.timers.stillWorking('practice-mate');
    expect(app.timers.view().sessions[0]).toMatchObject({ phase: 'running', endsAt: at1030 + 38 * MIN });
    app.awake(5 * MIN);
    expect(app.sent()).toHaveLength(1);

    app.timers.loggedOut('practice-mate');
    app.awake(60 * MIN);
    expect(app.sent()).toHaveLength(1);
    expect(app.timers.view().sessions).toEqual([]);
  });

  it('says the session may have ended; asleep through warning and end it says only the end, once', () => {
    const app = run(at1030);
    app.timers.setSettings({ ...app.timers.getSettings(), sessionMinutes: { ...app.timers.getSettings().sessionMinutes, ehr: 10 } });
    app.timers.portalLoggedIn('ehr');
    app.sleepThenWake(45 * MIN);
    expect(app.sent()).toEqual([
      'EHR 24/7 session may have ended | While you were away: EHR 24/7 may have logged you out at 10:40 AM after no activity. Log in again; work that was not saved may be lost.',
    ]);
    expect(app.timers.view().sessions[0]!.phase).toBe('ended');
    expect(app.timers.view().away.map((a) => a.title)).toEqual(['EHR 24/7 session may have ended']);
    expect(() => app.timers.stillWorking('ehr')).toThrow(/already ran out at 10:40 AM/);
  });
});

describe('lockout timer', () => {
  it('after the configured failed logins says the account may be locked until a time and notifies when the wait ends', () => {
    const app = run(at1030);
    expect(app.timers.recordFailedLogin('service-center')).toMatchObject({ attempts: 1, lockoutStarted: false });
    expect(app.timers.recordFailedLogin('service-center')).toMatchObject({ attempts: 2, lockoutStarted: false });
    expect(app.timers.view().failedLogins).toEqual([{ portalId: 'service-center', count: 2, threshold: 3 }]);
    const third = app.timers.recordFailedLogin('service-center');
    expect(third).toMatchObject({ attempts: 3, lockoutStarted: true });
    expect(third.view.lockouts).toEqual([{ portalId: 'service-center', startedAt: at1030, endsAt: at1030 + 15 * MIN, minutes: 15, phase: 'running' }]);
    expect(third.view.failedLogins).toEqual([]);
    expect(() => app.timers.recordFailedLogin('service-center')).toThrow(/already in a lockout wait until 10:45 AM/);

    app.awake(15 * MIN);
    expect(app.sent()).toEqual([
      'You can try Service Center again | The 15-minute wait is over. Type the password carefully (no extra spaces). If it fails again, use "Forgot Password?" instead.',
    ]);
    expect(app.timers.view().lockouts[0]!.phase).toBe('ended');
  });

  it('quit and restart with a lockout running: the missed end fires once on the next start, "while you were away"', () => {
    const first = run(at1030);
    first.timers.startLockout('practice-mate', 30);
    first.awake(5 * MIN);
    first.quit();
    first.time.wall += 60 * MIN; // AllyDesk closed for an hour

    const second = run(0, first.folder, first.time);
    expect(second.sent()).toEqual([
      'You can try Practice Mate again | While you were away: The 30-minute wait is over. Type the password carefully (no extra spaces). If it fails again, use "Forgot Password?" instead.',
    ]);
    expect(second.timers.view().away).toHaveLength(1);
    second.quit();

    const third = run(0, first.folder, first.time);
    expect(third.sent()).toEqual([]);
    expect(third.timers.view().lockouts[0]!.phase).toBe('ended');
    // The data file holds only ids, times and phases.
    expect(readFileSync(join(first.folder, 'timers.json'), 'utf8')).not.toMatch(/password"/i);
  });

  it('a 15-minute lockout across the 2026-11-01 fall-back ends 15 real minutes later, shown as 1:05 AM PST', () => {
    const start = Date.UTC(2026, 10, 1, 8, 50); // 01:50 PDT
    const app = run(start);
    const view = app.timers.startLockout('ehr', 15);
    expect(view.lockouts[0]!.endsAt).toBe(Date.UTC(2026, 10, 1, 9, 5));
    app.awake(15 * MIN - 1000);
    expect(app.sent()).toEqual([]);
    app.awake(1000);
    expect(app.sent()).toHaveLength(1);
    expect(() => app.timers.recordFailedLogin('ehr')).not.toThrow();
  });
});

describe('two-factor wait', () => {
  it('suggests spam/junk at 2 minutes and contact details + support at 10', () => {
    const app = run(at1030);
    app.timers.startTwoFactorWait('ehr');
    app.awake(2 * MIN);
    expect(app.sent()).toEqual(['No EHR 24/7 code yet | Check your spam or junk folder for the code email.']);
    expect(app.timers.view().twoFactor[0]!.phase).toBe('spam');
    app.awake(8 * MIN);
    expect(app.sent()[1]).toMatch(
      /^Still no EHR 24\/7 code after 10 minutes \| Check that the email and mobile number on file are current.*\(360\) 975-7000, option 2/,
    );
    expect(app.timers.view().twoFactor[0]!.phase).toBe('support');
    app.timers.stop('twoFactor', 'ehr');
    expect(app.timers.view().twoFactor).toEqual([]);
  });

  it('asleep past both steps: one notification (the later step), not two', () => {
    const app = run(at1030);
    app.timers.startTwoFactorWait('practice-mate');
    app.sleepThenWake(20 * MIN);
    expect(app.sent()).toHaveLength(1);
    expect(app.sent()[0]).toMatch(/^Still no Practice Mate code after 10 minutes/);
  });

  it('logging in ends the code wait and the lockout for that portal', () => {
    const app = run(at1030);
    app.timers.startTwoFactorWait('practice-mate');
    app.timers.startLockout('practice-mate');
    const view = app.timers.portalLoggedIn('practice-mate');
    expect(view.twoFactor).toEqual([]);
    expect(view.lockouts).toEqual([]);
    app.awake(15 * MIN);
    expect(app.sent()).toEqual([]);
  });

  it('a wait saved by AllyDesk 0.1.0 (ids 2fa-spam:/2fa-support:) carries over: it tips, stops, and a new wait is not tipped early', () => {
    const folder = mkdtempSync(join(tmpdir(), 'allydesk-timers-'));
    dirs.push(folder);
    const old = (stage: string, after: number) => ({ id: `2fa-${stage}:ehr`, kind: 'two-factor', at: at1030 + after, data: { portalId: 'ehr', stage } });
    writeFileSync(
      join(folder, 'timers.json'),
      JSON.stringify({
        schedule: [old('spam', 2 * MIN), old('support', 10 * MIN)],
        state: {
          sessions: {},
          lockouts: {},
          twoFactor: { ehr: { requestedAt: at1030, phase: 'waiting' } },
          failedLogins: {},
          passwordChanged: {},
          rotationNotified: {},
          away: [],
        },
        settings: DEFAULT_TIMER_SETTINGS,
      }),
    );
    const app = run(at1030 + MIN, folder);
    expect(
      app.scheduler
        .list('two-factor')
        .map((entry) => entry.id)
        .sort(),
    ).toEqual(['two-factor-spam:ehr', 'two-factor-support:ehr']);
    expect(readFileSync(join(folder, 'timers.json'), 'utf8')).not.toContain('2fa-');
    app.awake(MIN);
    expect(app.sent()).toEqual(['No EHR 24/7 code yet | Check your spam or junk folder for the code email.']);

    app.timers.stop('twoFactor', 'ehr');
    expect(app.scheduler.size).toBe(0);
    app.timers.startTwoFactorWait('ehr'); // at 10:32: its own tips at 10:34 and 10:42
    app.awake(9 * MIN);
    expect(app.sent().slice(1)).toEqual(['No EHR 24/7 code yet | Check your spam or junk folder for the code email.']);
  });
});

describe('password rotation', () => {
  const noon = Date.UTC(2026, 5, 1, 19, 0); // 2026-06-01 12:00 PDT

  it('a date 81 days back is due in 9 days without a notification now; it notifies once when due', () => {
    const app = run(noon);
    const view = app.timers.setPasswordChanged('practice-mate', '2026-03-12');
    expect(view.rotation).toEqual([
      {
        key: 'portal:practice-mate',
        label: 'Practice Mate',
        portalId: 'practice-mate',
        source: 'user',
        changedOn: '2026-03-12',
        dueOn: '2026-06-10',
        warnFrom: '2026-05-27',
      },
    ]);
    app.awake(2000);
    expect(app.sent()).toEqual([]);
    app.sleepThenWake(9 * 24 * 60 * MIN);
    expect(app.sent()).toEqual([
      "Practice Mate password change is due | While you were away: Your practice's schedule said to change it by Wednesday, June 10, 2026.",
    ]);
    app.rotationDates.publish([]); // a resync: the announced stage stays announced
    app.sleepThenWake(24 * 60 * MIN);
    expect(app.sent()).toHaveLength(1);
  });

  it('warns the configured days ahead, and follows the dates the vault publishes', () => {
    const app = run(noon);
    const changes: string[][] = [];
    app.timers.onChange((view) => changes.push(view.rotation.map((r) => r.key)));
    app.rotationDates.publish([{ key: 'vault:1', label: 'Front desk (Service Center)', changedAt: Date.UTC(2026, 2, 20, 20) }]);
    expect(changes).toEqual([['vault:1']]);
    expect(app.timers.view().rotation.map((r) => [r.key, r.source, r.dueOn])).toEqual([['vault:1', 'vault', '2026-06-18']]);
    app.clock.advance((3 * 24 - 12) * 60 * MIN); // 2026-06-04 00:00, the first warning day
    expect(app.sent()).toEqual([
      "Front desk (Service Center) password due for a change | Your practice's schedule says to change it by Thursday, June 18, 2026 (in 14 days).",
    ]);
  });

  it('refuses a date in the future and changes nothing', () => {
    const app = run(noon);
    const error = (() => {
      try {
        app.timers.setPasswordChanged('ehr', '2026-06-02');
      } catch (caught) {
        return caught as UserFacingError;
      }
    })();
    expect(error?.fields).toEqual({ date: 'The date cannot be in the future.' });
    expect(app.timers.view().rotation).toEqual([]);
  });
});

describe('in Spanish (the language in force when a notification is written)', () => {
  it('says the session warning, the away notice and the time in es-US, and follows a change of language without a restart', () => {
    const language: { locale: Locale } = { locale: 'es-US' };
    const app = run(at1030, undefined, undefined, language);
    app.timers.portalLoggedIn('practice-mate');
    app.awake(18 * MIN);
    expect(app.sent()).toEqual([
      'La sesión de Practice Mate termina pronto | Guarde su trabajo en Practice Mate: la sesión puede terminar a las 10:50 a.m.; si todavía está trabajando, elija "Sigo trabajando" en AllyDesk.',
    ]);
    app.sleepThenWake(45 * MIN);
    expect(app.sent()[1]).toBe(
      'Es posible que la sesión de Practice Mate haya terminado | Mientras no estaba: Es posible que Practice Mate haya cerrado su sesión a las 10:50 a.m. por inactividad. Inicie sesión de nuevo; el trabajo que no se guardó puede haberse perdido.',
    );
    language.locale = 'en-US';
    app.timers.portalLoggedIn('service-center');
    app.awake(60 * MIN);
    expect(app.sent().at(-1)).toBe(
      'Service Center session may have ended | Service Center may have logged you out at 11:53 AM after no activity. Log in again; work that was not saved may be lost.',
    );
  });

  it('writes the rotation warning with the Spanish day and a CLDR plural, and keeps "Forgot Password?" in English', () => {
    const noon = Date.UTC(2026, 5, 1, 19, 0);
    const app = run(noon, undefined, undefined, { locale: 'es-US' });
    app.rotationDates.publish([{ key: 'vault:1', label: 'Recepción (Service Center)', changedAt: Date.UTC(2026, 2, 20, 20) }]);
    app.clock.advance((3 * 24 - 12) * 60 * MIN);
    expect(app.sent()).toEqual([
      'Pronto hay que cambiar la contraseña de Recepción (Service Center) | Según el calendario de su consultorio, debe cambiarla a más tardar el jueves, 18 de junio de 2026 (en 14 días).',
    ]);
    const locked = run(at1030, undefined, undefined, { locale: 'es-US' });
    locked.timers.startLockout('practice-mate', 15);
    locked.awake(15 * MIN);
    expect(locked.sent().at(-1)).toContain('Ya puede volver a intentar en Practice Mate | Terminó la espera de 15 minutos.');
    expect(locked.sent().at(-1)).toContain('"Forgot Password?"');
  });
});

describe('the timer kinds together', () => {
  it('stops each kind timers:stop names, and says so plainly when there is none', () => {
    const app = run(at1030);
    const missing = TIMER_STOP_KINDS.map((kind) => {
      try {
        app.timers.stop(kind, 'patient-ally');
      } catch (error) {
        return (error as UserFacingError).message;
      }
    });
    expect(missing).toEqual([
      'There is no Patient Ally session timer to stop, so nothing was changed.',
      'There is no Patient Ally lockout timer to stop, so nothing was changed.',
      'There is no Patient Ally code wait timer to stop, so nothing was changed.',
    ]);
    app.timers.portalLoggedIn('patient-ally');
    app.timers.startLockout('patient-ally');
    app.timers.startTwoFactorWait('patient-ally');
    for (const kind of TIMER_STOP_KINDS) app.timers.stop(kind, 'patient-ally');
    expect(app.timers.view()).toMatchObject({ sessions: [], lockouts: [], twoFactor: [] });
    expect(app.scheduler.size).toBe(0);
  });

  it('keeps the timers.json shape of AllyDesk 0.1.0', () => {
    const app = run(at1030);
    app.timers.portalLoggedIn('ehr');
    app.timers.recordFailedLogin('sftp');
    app.timers.startTwoFactorWait('sftp');
    app.timers.setPasswordChanged('ehr', '2026-05-01');
    const file = JSON.parse(readFileSync(join(app.folder, 'timers.json'), 'utf8')) as { state: object; schedule: { id: string; kind: string }[] };
    expect(Object.keys(file.state).sort()).toEqual(['away', 'failedLogins', 'lockouts', 'passwordChanged', 'rotationNotified', 'sessions', 'twoFactor']);
    expect(file.schedule.map((entry) => `${entry.kind} ${entry.id}`).sort()).toEqual([
      'portal-session session-end:ehr',
      'portal-session session-warn:ehr',
      'rotation rotation-due:portal:ehr',
      'rotation rotation-warn:portal:ehr',
      'two-factor two-factor-spam:sftp',
      'two-factor two-factor-support:sftp',
    ]);
  });

  it('after quit it no longer follows the vault dates', () => {
    const app = run(at1030);
    const changes: unknown[] = [];
    app.timers.onChange((view) => changes.push(view));
    app.quit();
    app.rotationDates.publish([{ key: 'vault:1', label: 'Front desk', changedAt: at1030 }]);
    expect(changes).toEqual([]);
    expect(app.scheduler.list('rotation')).toEqual([]);
  });
});

describe('bad requests change nothing', () => {
  it('stopping a timer that does not exist is a clear not_found', () => {
    const app = run(at1030);
    expect(() => app.timers.stop('lockout', 'sftp')).toThrow('There is no SFTP integration lockout timer to stop, so nothing was changed.');
    expect(() => app.timers.loggedOut('ehr')).toThrow(UserFacingError);
    expect(app.scheduler.size).toBe(0);
  });
});
