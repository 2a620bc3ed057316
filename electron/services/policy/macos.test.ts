import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../shared/policy/validate';
import { managedPreferencePaths, parseManagedPreferences, readMacPolicy } from './macos';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/policy');

describe('macOS managed preferences (recorded plists)', () => {
  it('looks in the device file first, then the user’s own folder', () => {
    expect(managedPreferencePaths('maria')).toEqual([
      { scope: 'machine', path: '/Library/Managed Preferences/app.allydesk.desktop.plist' },
      { scope: 'user', path: '/Library/Managed Preferences/maria/app.allydesk.desktop.plist' },
    ]);
  });

  it('parses a binary and an XML plist alike', async () => {
    expect(parseManagedPreferences(await readFile(join(fixtures, 'managed-device.bplist.plist')))).toMatchObject({
      VaultIdleLockMinutesMax: 5,
      PortalAutoSubmit: false,
      PortalInactivityMinutes: { 'service-center': 15, 'practice-mate': 30 },
    });
    expect(parseManagedPreferences(await readFile(join(fixtures, 'managed-user.xml.plist')))).toEqual({
      BrowserMode: 'disabled',
      SupportPhone: '(800) 555-0100',
      VaultIdleLockMinutesMax: 30,
    });
  });

  it('merges device over user, skips profile bookkeeping keys and names a bad value', async () => {
    const paths = [
      { scope: 'machine', path: join(fixtures, 'managed-device.bplist.plist') },
      { scope: 'user', path: join(fixtures, 'managed-user.xml.plist') },
    ] as const;
    const state = mergePolicy(await readMacPolicy(paths));
    expect(state.values).toEqual({
      SupportEmail: 'support@officeally.com',
      VaultIdleLockMinutesMax: 5,
      PortalAutoSubmit: false,
      PortalInactivityMinutes: { 'service-center': 15, 'practice-mate': 30 },
      PortalLoginPages: { 'practice-mate': 'https://cms.officeally.com/practicemate' },
      SupportPhone: '(800) 555-0100',
      BrowserMode: 'disabled',
    });
    expect(state.sources.SupportPhone).toEqual({ scope: 'user', location: paths[1].path });
    expect(state.notices).toEqual([
      `Practice policy ClipboardClearSecondsMax (from ${paths[0].path}) was ignored: The seconds must be at most 300.`,
      `Practice policy VaultIdleLockMinutesMax from ${paths[1].path} was not used: ${paths[0].path} sets it too, and the machine-wide setting wins.`,
    ]);
  });

  it('no files: no policy, no notice; an unreadable file: a notice, nothing applied from it', async () => {
    const none = await readMacPolicy([{ scope: 'machine', path: join(fixtures, 'absent.plist') }]);
    expect(none).toEqual({ layers: [], notices: [], looked: [join(fixtures, 'absent.plist')] });
    const broken = await readMacPolicy([{ scope: 'machine', path: 'x.plist' }], async () => new TextEncoder().encode('<plist><dict><key>A</key>'));
    expect(broken.layers).toEqual([]);
    expect(broken.notices).toEqual([
      'The practice policy x.plist is not a readable property list, so none of it is applied. Ask IT to reinstall the configuration profile.',
    ]);
  });
});
