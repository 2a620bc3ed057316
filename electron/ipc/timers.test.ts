import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeForTest } from '../composeForTest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function app() {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-timers-ipc-'));
  dirs.push(dataDir);
  const composed = composeForTest(dataDir, { startAt: Date.UTC(2026, 5, 1, 17, 30) });
  const { clock } = composed;
  const events: string[] = [];
  composed.registry.onEvent((name) => events.push(name));
  return { composed, events, clock, call: (channel: string, input?: unknown) => composed.registry.dispatch(channel, input) };
}

describe('timers IPC', () => {
  it('answers bad input with a clear envelope and changes nothing', async () => {
    const { call, composed } = app();
    const before = await call('timers:list');
    const cases: [string, unknown, string][] = [
      ['timers:startLockout', { portalId: 'practice-mate', minutes: -5 }, 'minutes'],
      ['timers:startLockout', { portalId: 'practice-mate', minutes: 100000 }, 'minutes'],
      ['timers:startTwoFactorWait', { portalId: 'myspace' }, 'portalId'],
      ['timers:portalLoggedIn', {}, 'portalId'],
      ['timers:setPasswordChanged', { portalId: 'ehr', date: '2026-02-30' }, 'date'],
    ];
    for (const [channel, input, field] of cases) {
      const result = await call(channel, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(Object.keys(result.error.fields ?? {})).toContain(field);
      }
    }
    const unknownPortal = await call('timers:startTwoFactorWait', { portalId: 'myspace' });
    expect(!unknownPortal.ok && unknownPortal.error.message).toMatch(/Choose one of the portals AllyDesk knows: Service Center, Practice Mate/);
    const settings = await call('timers:setSettings', {
      ...(before.ok ? (before.data as { settings: object }).settings : {}),
      lockoutAttempts: 0,
      rotationDays: 10000,
    });
    expect(!settings.ok && settings.error.fields).toMatchObject({
      lockoutAttempts: 'Enter the number of failed attempts from 1 to 10.',
      rotationDays: expect.stringMatching(/30 to 365/),
    });
    const stop = await call('timers:stop', { kind: 'lockout', portalId: 'ehr' });
    expect(stop).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no EHR 24/7 lockout timer to stop, so nothing was changed.' } });
    expect(await call('timers:list')).toEqual(before);
    composed.dispose();
  });

  it('starts timers by the channel names other features use, and tells the renderer', async () => {
    const { call, events, composed } = app();
    const lockout = await call('timers:startLockout', { portalId: 'service-center', minutes: 30 });
    expect(lockout.ok && (lockout.data as { lockouts: { minutes: number }[] }).lockouts[0]!.minutes).toBe(30);
    const wait = await call('timers:startTwoFactorWait', { portalId: 'ehr' });
    expect(wait.ok && (wait.data as { twoFactor: unknown[] }).twoFactor).toHaveLength(1);
    expect(events.filter((e) => e === 'timers:changed').length).toBeGreaterThanOrEqual(2);
    composed.dispose();
  });
});
