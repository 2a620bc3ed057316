import { describe, expect, it } from 'vitest';
import type { TimersView } from '../../../shared/ipc/timers';
import type { TimersService } from '../timers/service';
import type { PortalsService } from './service';
import { portalTimersFrom, portalWarningBars } from './wiring';

const view = (sessions: { portalId: string; phase: string; endsAt: number }[]) => ({ now: 0, sessions }) as unknown as TimersView;

describe('portal windows ↔ timers', () => {
  it('restarts a running timer on activity, starts one that ran out, stops only a timer that exists, and starts the code wait when a code is asked for', () => {
    const calls: string[] = [];
    let sessions: { portalId: string; phase: string; endsAt: number }[] = [];
    const timers = {
      view: () => view(sessions),
      stillWorking: (p: string) => calls.push(`still:${p}`),
      portalLoggedIn: (p: string) => calls.push(`in:${p}`),
      loggedOut: (p: string) => calls.push(`out:${p}`),
      startTwoFactorWait: (p: string) => calls.push(`code:${p}`),
      getSettings: () => ({ sessionMinutes: { ehr: 20 } }),
      setSettings: (s: unknown) => calls.push(`settings:${JSON.stringify(s)}`),
    } as unknown as TimersService;
    const portal = portalTimersFrom(timers);
    portal.loggedOut('ehr');
    sessions = [{ portalId: 'ehr', phase: 'running', endsAt: 1 }];
    portal.activity('ehr');
    sessions = [{ portalId: 'ehr', phase: 'ended', endsAt: 1 }];
    portal.activity('ehr');
    portal.loggedOut('ehr');
    portal.setSessionMinutes('ehr', 23);
    portal.codeRequested('ehr');
    expect(calls).toEqual(['still:ehr', 'in:ehr', 'out:ehr', 'settings:{"sessionMinutes":{"ehr":23}}', 'code:ehr']);
  });

  it('puts the warning in the portal window while the timer is warned, and takes it away after', () => {
    const bars: [string, string | null][] = [];
    const portals = { sessionWarning: (p: string, m: string | null) => bars.push([p, m]) } as unknown as PortalsService;
    portalWarningBars(portals, view([{ portalId: 'practice-mate', phase: 'warned', endsAt: 2 * 60_000 }]));
    expect(bars.find(([p]) => p === 'practice-mate')).toEqual([
      'practice-mate',
      'Practice Mate will log you out in 2 minutes without activity — save your work.',
    ]);
    expect(bars.filter(([p]) => p !== 'practice-mate').every(([, m]) => m === null)).toBe(true);
    bars.length = 0;
    portalWarningBars(portals, view([{ portalId: 'practice-mate', phase: 'running', endsAt: 10 * 60_000 }]));
    expect(bars.find(([p]) => p === 'practice-mate')).toEqual(['practice-mate', null]);
  });
});
