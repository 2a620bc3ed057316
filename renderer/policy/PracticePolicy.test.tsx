import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { mergePolicy } from '../../shared/policy/validate';
import { SettingsScreen } from '../settings/SettingsScreen';
import { resetPolicyStore } from '../state/policy';
import { resetReferenceStore } from '../state/reference';
import { installFakeBridge } from '../testing/fakeBridge';

beforeEach(() => {
  resetReferenceStore();
  resetPolicyStore();
});

const LOCATION = '/etc/allydesk/policy.json';
const policy = mergePolicy({
  layers: [
    {
      scope: 'machine',
      location: LOCATION,
      raw: { SupportPhone: '(800) 555-0100', PortalLoginPages: { ehr: 'https://ehr.officeally.com/login' }, PinUnlock: 'disabled', SupportEmail: 'nope' },
    },
  ],
  notices: [],
  looked: [LOCATION],
});

test('a field the policy fixes shows IT’s value, says who set it, and cannot be typed into', async () => {
  // What the practice saved before IT's policy arrived is what main sends with the policy laid over it.
  installFakeBridge(
    { portalUrls: { ehr: 'https://ehr.officeally.com/login' }, supportPhone: '(800) 555-0100' },
    { 'policy:get': () => ({ ok: true, data: policy }) },
  );
  const user = userEvent.setup();
  render(<SettingsScreen />);
  const phone = await screen.findByRole('textbox', { name: 'Support phone number', description: /Set by your practice's IT/ });
  expect((phone as HTMLInputElement).readOnly).toBe(true);
  expect((phone as HTMLInputElement).value).toBe('(800) 555-0100');
  await user.type(phone, '9');
  expect((phone as HTMLInputElement).value).toBe('(800) 555-0100');
  const ehr = screen.getByRole('textbox', { name: 'EHR 24/7: login page' });
  expect((ehr as HTMLInputElement).readOnly).toBe(true);
  // Fields the policy leaves alone stay editable and say nothing about IT.
  const email = screen.getByRole('textbox', { name: 'Support email address', description: /^Leave empty to use the help documents’ value/ });
  expect((email as HTMLInputElement).readOnly).toBe(false);
});

test('the Practice policy view lists what is in force, where it came from, and what was not applied', async () => {
  installFakeBridge({ portalUrls: {} }, { 'policy:get': () => ({ ok: true, data: policy }) });
  render(<SettingsScreen />);
  const view = await screen.findByRole('region', { name: 'Practice policy' });
  const table = within(view).getByRole('table', { name: 'Settings your practice’s IT has set' });
  const phoneRow = within(table).getByRole('row', { name: /Support phone number/ });
  expect(
    within(phoneRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['(800) 555-0100', 'Everyone on this computer', LOCATION]);
  expect(within(table).getByRole('row', { name: /EHR 24\/7: https:\/\/ehr.officeally.com\/login/ })).toBeTruthy();
  // PIN unlock is in this version: no "not in this version yet" note on its row.
  const pinRow = within(table).getByRole('row', { name: /PIN unlock.*Turned off/ });
  expect(pinRow.textContent).not.toMatch(/does not have that feature yet/);
  expect(within(view).getByText(/Practice policy SupportEmail \(from \/etc\/allydesk\/policy.json\) was ignored/)).toBeTruthy();
});

test('with no policy the view says every setting is the user’s', async () => {
  installFakeBridge();
  render(<SettingsScreen />);
  expect(await screen.findByText('No practice policy is in force on this computer. Every setting is yours to choose.')).toBeTruthy();
  expect((screen.getByRole('textbox', { name: 'Support phone number' }) as HTMLInputElement).readOnly).toBe(false);
});
