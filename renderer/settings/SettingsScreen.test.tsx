import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { resetReferenceStore } from '../state/reference';
import { installFakeBridge } from '../testing/fakeBridge';
import { activate } from '../i18n/store';
import { SettingsScreen } from './SettingsScreen';

// The screen renders after react-intl has loaded (as the app's lazy screens do).
beforeAll(() => activate('en-US'));

beforeEach(() => resetReferenceStore());

const practiceMateField = () => screen.getByRole('textbox', { name: 'Practice Mate: login page' });

test('a foreign address is refused at its field, and everything typed stays', async () => {
  const bridge = installFakeBridge();
  const user = userEvent.setup();
  render(<SettingsScreen />);
  await user.type(practiceMateField(), 'https://evil.example/login');
  await user.type(screen.getByRole('textbox', { name: 'Support phone number' }), '(360) 975-7001');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findByText(/Not saved: one field needs correcting/)).toBeTruthy();
  expect(practiceMateField().getAttribute('aria-invalid')).toBe('true');
  await waitFor(() => expect(document.activeElement).toBe(practiceMateField()));
  expect(practiceMateField().getAttribute('aria-describedby')).toContain('-error');
  expect(screen.getByText(/evil\.example is not one of them/)).toBeTruthy();
  expect((practiceMateField() as HTMLInputElement).value).toBe('https://evil.example/login');
  expect((screen.getByRole('textbox', { name: 'Support phone number' }) as HTMLInputElement).value).toBe('(360) 975-7001');
  expect(bridge.stored()).toEqual({ portalUrls: {} });
});

test('a valid address saves; empty fields are left to the help documents', async () => {
  const bridge = installFakeBridge();
  const user = userEvent.setup();
  render(<SettingsScreen />);
  await user.type(practiceMateField(), 'https://pm.officeally.com/login');
  await user.type(screen.getByRole('textbox', { name: 'Phone menu option for technical issues' }), '3');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findByText(/Saved\. The help screens now show these values/)).toBeTruthy();
  expect(bridge.stored()).toEqual({ portalUrls: { 'practice-mate': 'https://pm.officeally.com/login' }, supportPhoneOption: '3' });
  expect(practiceMateField().getAttribute('aria-invalid')).toBeNull();
});

test('the form opens with what the practice saved before', async () => {
  installFakeBridge({ portalUrls: { ehr: 'https://ehr.officeally.com/' }, supportEmail: 'support@officeally.com' });
  render(<SettingsScreen />);
  expect(await screen.findByDisplayValue('https://ehr.officeally.com/')).toBeTruthy();
  expect(screen.getByDisplayValue('support@officeally.com')).toBeTruthy();
});
