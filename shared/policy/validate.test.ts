import { describe, expect, it } from 'vitest';
import { mergePolicy, validateLayer } from './validate';

const layer = (raw: Record<string, unknown>, scope: 'machine' | 'user' = 'machine', location = 'L') => ({ scope, location, raw });

describe('policy validation', () => {
  it('keeps good values, names each bad one, and checks portal maps portal by portal', () => {
    const { values, notices } = validateLayer(
      layer({
        BrowserMode: 'off',
        PassphraseMinLength: 6,
        PortalAutoSubmit: 'yes',
        PortalInactivityMinutes: { ehr: 30, sftp: 1000 },
        PortalLoginPages: 'https://www.officeally.com/',
      }),
    );
    expect(values).toEqual({ PortalInactivityMinutes: { ehr: 30 } });
    expect(notices).toEqual([
      'Practice policy BrowserMode (from L) was ignored: Use "allowed" or "disabled".',
      'Practice policy PassphraseMinLength (from L) was ignored: The length must be at least 8.',
      'Practice policy PortalAutoSubmit (from L) was ignored: Use true or false.',
      'Practice policy PortalInactivityMinutes.sftp (from L) was ignored: The minutes must be at most 480.',
      'Practice policy PortalLoginPages (from L) was ignored: It must be a set of portal ids with a value each.',
    ]);
  });

  it('skips configuration-profile bookkeeping keys but names unknown ones', () => {
    expect(validateLayer(layer({ PayloadUUID: 'x', PolicyVersion: 2, supportPhone: '1' })).notices).toEqual([
      'Practice policy supportPhone (from L) was ignored: AllyDesk has no policy by that name (names are case-sensitive).',
    ]);
  });

  it('machine-wide wins whatever order the layers come in; the per-user value is reported as not used', () => {
    const state = mergePolicy({
      layers: [layer({ VaultIdleLockMinutesMax: 30, PinMaxHours: 2 }, 'user', 'U'), layer({ VaultIdleLockMinutesMax: 5 }, 'machine', 'M')],
      notices: ['earlier'],
      looked: ['M', 'U'],
    });
    expect(state.values).toEqual({ VaultIdleLockMinutesMax: 5, PinMaxHours: 2 });
    expect(state.sources).toEqual({ VaultIdleLockMinutesMax: { scope: 'machine', location: 'M' }, PinMaxHours: { scope: 'user', location: 'U' } });
    expect(state.notices).toEqual([
      'earlier',
      'Practice policy VaultIdleLockMinutesMax from U was not used: M sets it too, and the machine-wide setting wins.',
    ]);
  });
});
