import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../shared/policy/validate';
import { parseRegQuery, readWindowsPolicy, type RegRun } from './windows';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures/policy', name), 'utf8');
const recorded =
  (byKey: Record<string, string>) =>
  async (key: string): Promise<RegRun> =>
    byKey[key] ? { code: 0, stdout: fixture(byKey[key]), stderr: '' } : { code: 1, stdout: '', stderr: fixture('reg-query-missing.txt') };

describe('Windows registry policy (recorded reg.exe output)', () => {
  it('parses keys, value names, types and data, including an empty string', () => {
    const keys = parseRegQuery(
      '\r\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\AllyDesk\r\n    SupportEmail    REG_SZ    \r\n    Two Words    REG_DWORD    0x1\r\n\r\n',
    );
    expect(keys.get('HKEY_CURRENT_USER\\SOFTWARE\\Policies\\AllyDesk')).toEqual([
      { name: 'SupportEmail', type: 'REG_SZ', data: '' },
      { name: 'Two Words', type: 'REG_DWORD', data: '0x1' },
    ]);
  });

  it('reads HKLM and HKCU: machine wins, DWORDs become numbers and booleans, subkeys and JSON become portal maps', async () => {
    const read = await readWindowsPolicy(
      recorded({ 'HKLM\\SOFTWARE\\Policies\\AllyDesk': 'reg-query-hklm.txt', 'HKCU\\SOFTWARE\\Policies\\AllyDesk': 'reg-query-hkcu.txt' }),
    );
    const state = mergePolicy(read);
    expect(state.values).toEqual({
      SupportPhone: '(360) 975-7000',
      SupportPhoneOption: '2',
      VaultIdleLockMinutesMax: 15,
      ClipboardClearSecondsMax: 30,
      PassphraseMinLength: 12,
      PortalAutoSubmit: false,
      BrowserMode: 'disabled',
      PortalInactivityMinutes: { 'service-center': 15 },
      PortalLoginPages: { 'practice-mate': 'https://cms.officeally.com/practicemate' },
      PortalWindows: 'allowed',
      PinMaxHours: 8,
    });
    expect(state.sources.SupportPhone).toEqual({ scope: 'machine', location: 'HKLM\\SOFTWARE\\Policies\\AllyDesk' });
    expect(state.sources.PinMaxHours).toEqual({ scope: 'user', location: 'HKCU\\SOFTWARE\\Policies\\AllyDesk' });
    expect(state.looked).toEqual(['HKLM\\SOFTWARE\\Policies\\AllyDesk', 'HKCU\\SOFTWARE\\Policies\\AllyDesk']);
    const notices = state.notices.join('\n');
    // Every bad value is named; the rest still apply.
    expect(notices).toContain('SupportEmail (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: Enter an email address');
    expect(notices).toContain('PinUnlock (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: Use "allowed" or "disabled".');
    expect(notices).toContain('VaultIdleLockMinutes (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: AllyDesk has no policy by that name');
    expect(notices).toContain('PortalInactivityMinutes.ehr (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: The minutes must be at least 3.');
    expect(notices).toContain(
      'PortalLoginPages.patient-ally (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: AllyDesk only opens Office Ally and Patient Ally addresses (phish.example.com',
    );
    expect(notices).toContain('PortalLoginPages.billing (from HKLM\\SOFTWARE\\Policies\\AllyDesk) was ignored: "billing" is not a portal id.');
    expect(notices).toContain('SupportPhone from HKCU\\SOFTWARE\\Policies\\AllyDesk was not used: HKLM\\SOFTWARE\\Policies\\AllyDesk sets it too');
    expect(notices).toContain('PortalLoginPages from HKCU\\SOFTWARE\\Policies\\AllyDesk was not used');
  });

  it('a missing key is no policy and no notice; any other reg.exe failure is a notice', async () => {
    expect(await readWindowsPolicy(recorded({}))).toEqual({
      layers: [],
      notices: [],
      looked: ['HKLM\\SOFTWARE\\Policies\\AllyDesk', 'HKCU\\SOFTWARE\\Policies\\AllyDesk'],
    });
    const denied = await readWindowsPolicy(async () => ({ code: 1, stdout: '', stderr: 'ERROR: Access is denied.' }));
    expect(denied.notices[0]).toMatch(/could not read the practice policy in HKLM\\SOFTWARE\\Policies\\AllyDesk \(reg.exe ended with code 1\)/);
  });

  it('a JSON text value for a portal map that does not parse is named', async () => {
    const read = await readWindowsPolicy(async (key) =>
      key.startsWith('HKLM')
        ? { code: 0, stderr: '', stdout: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\AllyDesk\r\n    PortalLoginPages    REG_SZ    {practice-mate: nope\r\n' }
        : { code: 1, stdout: '', stderr: 'unable to find' },
    );
    expect(read.notices).toEqual([
      expect.stringMatching(/^Practice policy PortalLoginPages \(from HKLM.*\) was ignored: As a single text value it must be a JSON object/),
    ]);
  });
});
