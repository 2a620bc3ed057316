import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimerSettings, TimersView } from '../../../shared/ipc/timers';
import type { VaultStatus } from '../../../shared/ipc/vault';
import { mergePolicy } from '../../../shared/policy/validate';
import type { Result } from '../../../shared/result';
import { silentLogger } from '../logger';
import { startPolicyService, staticPolicy, type EffectivePolicy } from './service';
import { composeForTest } from '../../composeForTest';

// The policy as the other services see it, through the same IPC the renderer uses.
let dir: string;
let apps: { dispose(): Promise<void> }[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-policy-wiring-'));
});
afterEach(async () => {
  for (const app of apps) await app.dispose();
  apps = [];
  rmSync(dir, { recursive: true, force: true });
});

const policyOf = (raw: Record<string, unknown>) =>
  staticPolicy(mergePolicy({ layers: [{ scope: 'machine', location: '/etc/allydesk/policy.json', raw }], notices: [], looked: [] }));
const compose = (policy: EffectivePolicy) => {
  const app = composeForTest(dir, { policy });
  apps.push(app);
  return app;
};

describe('practice policy in the services', () => {
  it('policy:get reports each value with where it came from', async () => {
    const app = compose(policyOf({ SupportPhone: '(800) 555-0100', Nonsense: 1 }));
    const reply = await app.registry.dispatch('policy:get', undefined);
    expect(reply).toEqual({
      ok: true,
      data: {
        values: { SupportPhone: '(800) 555-0100' },
        sources: { SupportPhone: { scope: 'machine', location: '/etc/allydesk/policy.json' } },
        notices: [expect.stringContaining('Nonsense')],
        looked: [],
      },
    });
  });

  it('reference overrides: the policy replaces the practice setting and cannot be changed; the saved value stays underneath', async () => {
    const free = compose(staticPolicy());
    await free.registry.dispatch('reference:setOverrides', { portalUrls: { ehr: 'https://ehr.officeally.com/mine' }, supportPhone: '(555) 111-2222' });
    const app = compose(policyOf({ SupportPhone: '(800) 555-0100', PortalLoginPages: { 'practice-mate': 'https://cms.officeally.com/practicemate' } }));
    const shown = await app.registry.dispatch('reference:getOverrides', undefined);
    expect(shown).toEqual({
      ok: true,
      data: {
        portalUrls: { ehr: 'https://ehr.officeally.com/mine', 'practice-mate': 'https://cms.officeally.com/practicemate' },
        supportPhone: '(800) 555-0100',
      },
    });
    const refused = await app.registry.dispatch('reference:setOverrides', {
      portalUrls: { 'practice-mate': 'https://pm.officeally.com/' },
      supportPhone: '(555) 999-0000',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        fields: {
          'portalUrls.practice-mate': "The Practice Mate login page is set by your practice's IT: https://cms.officeally.com/practicemate",
          supportPhone: "The support phone number is set by your practice's IT: (800) 555-0100",
        },
      },
    });
    // Saving the form as shown (policy values included) changes only what the policy leaves free.
    const saved = await app.registry.dispatch('reference:setOverrides', {
      portalUrls: { 'practice-mate': 'https://cms.officeally.com/practicemate' },
      supportPhone: '(800) 555-0100',
      supportEmail: 'support@officeally.com',
    });
    expect(saved.ok).toBe(true);
    expect(await compose(staticPolicy()).registry.dispatch('reference:getOverrides', undefined)).toEqual({
      ok: true,
      data: { portalUrls: {}, supportPhone: '(555) 111-2222', supportEmail: 'support@officeally.com' },
    });
  });

  it('timers: PortalInactivityMinutes fixes the listed portals; a different length is refused', async () => {
    const app = compose(policyOf({ PortalInactivityMinutes: { 'service-center': 12 } }));
    const settings = (await app.registry.dispatch('timers:getSettings', undefined)) as Result<TimerSettings>;
    expect(settings.ok && settings.data.sessionMinutes['service-center']).toBe(12);
    const started = (await app.registry.dispatch('timers:portalLoggedIn', { portalId: 'service-center' })) as Result<TimersView>;
    expect(started.ok && started.data.sessions[0]!.minutes).toBe(12);
    const all = settings.ok ? settings.data : null;
    const refused = await app.registry.dispatch('timers:setSettings', { ...all, sessionMinutes: { ...all!.sessionMinutes, 'service-center': 40 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', fields: { 'sessionMinutes.service-center': "The Service Center session length is set by your practice's IT: 12 minutes." } },
    });
    const ok = (await app.registry.dispatch('timers:setSettings', { ...all, sessionMinutes: { ...all!.sessionMinutes, ehr: 40 } })) as Result<TimersView>;
    expect(ok.ok && ok.data.settings.sessionMinutes).toMatchObject({ 'service-center': 12, ehr: 40 });
  });

  it('vault: idle lock and clipboard above the ceiling are refused; saved settings apply under it; passphrase length', async () => {
    const app = compose(policyOf({ VaultIdleLockMinutesMax: 10, ClipboardClearSecondsMax: 30, PassphraseMinLength: 14 }));
    const short = await app.registry.dispatch('vault:createProfile', { name: 'Maria', passphrase: 'violet kite 7' });
    expect(short).toMatchObject({
      ok: false,
      error: { fields: { passphrase: expect.stringContaining("Use at least 14 characters (your practice's IT asks for this many)") } },
    });
    const created = await app.registry.dispatch('vault:createProfile', { name: 'Maria', passphrase: 'lantern orchard velvet 42' });
    expect(created.ok).toBe(true);
    // The defaults (5 minutes, 30 seconds) are within the ceilings.
    const base = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };
    const tooLong = await app.registry.dispatch('vault:updateSettings', { ...base, idleLockMinutes: 60 });
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: "Your practice's IT allows the vault to stay unlocked for at most 10 minutes without use. Choose 10 minutes or less.",
      },
    });
    const never = await app.registry.dispatch('vault:updateSettings', { ...base, clipboardClearSeconds: 0 });
    expect(never).toMatchObject({
      ok: false,
      error: { fields: { clipboardClearSeconds: "Your practice's IT requires a copied password to be cleared within 30 seconds. Choose 30 seconds or less." } },
    });
    // The ceiling itself is a valid choice even though it is not one of the usual ones.
    expect((await app.registry.dispatch('vault:updateSettings', { ...base, idleLockMinutes: 10 })).ok).toBe(true);
    const status = (await app.registry.dispatch('vault:status', undefined)) as Result<VaultStatus>;
    expect(status.ok && status.data.settings).toMatchObject({ idleLockMinutes: 10 });
  });

  it('a saved choice above a ceiling that arrives later is applied as the ceiling', async () => {
    const free = compose(staticPolicy());
    await free.registry.dispatch('vault:createProfile', { name: 'Ana', passphrase: 'lantern orchard velvet 42' });
    await free.registry.dispatch('vault:updateSettings', { clipboardClearSeconds: 0, idleLockMinutes: 60, rotationDays: 90, practiceName: '' });
    await free.dispose();
    const app = compose(policyOf({ VaultIdleLockMinutesMax: 15, ClipboardClearSecondsMax: 20 }));
    const status = (await app.registry.dispatch('vault:status', undefined)) as Result<VaultStatus>;
    const profileId = status.ok ? status.data.profiles[0]!.id : '';
    const unlocked = (await app.registry.dispatch('vault:unlock', { profileId, passphrase: 'lantern orchard velvet 42' })) as Result<{ status: VaultStatus }>;
    expect(unlocked.ok && unlocked.data.status.settings).toMatchObject({ idleLockMinutes: 15, clipboardClearSeconds: 20 });
    expect(unlocked.ok && unlocked.data.status.lockAt! - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('a live change reaches the renderer as policy:changed', async () => {
    let raw: Record<string, unknown> = {};
    const policy = await startPolicyService({
      read: async () => ({ layers: [{ scope: 'user', location: 'HKCU\\SOFTWARE\\Policies\\AllyDesk', raw }], notices: [], looked: [] }),
      logger: silentLogger,
    });
    const app = compose(policy);
    const events: unknown[] = [];
    app.registry.onEvent((name, payload) => name === 'policy:changed' && events.push(payload));
    raw = { PortalWindows: 'disabled' };
    await policy.refresh();
    policy.stop();
    expect(events).toEqual([expect.objectContaining({ values: { PortalWindows: 'disabled' } })]);
  });
});
