import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { resetReferenceStore } from '../state/reference';
import { installFakeBridge } from '../testing/fakeBridge';
import { SupportScreen } from './SupportScreen';

beforeEach(() => {
  resetReferenceStore();
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

const section = (name: string) => screen.getByRole('region', { name });

test('on a Wednesday afternoon the phone is open till 9 PM and chat till 5 PM Pacific', async () => {
  installFakeBridge();
  vi.setSystemTime(new Date('2026-06-10T20:00:00Z')); // 1:00 PM PDT
  render(<SupportScreen />);
  expect(section('Phone').textContent).toMatch(/Open now — closes at 9:00 PM Pacific/);
  expect(section('Live Chat').textContent).toMatch(/Open now — closes at 5:00 PM Pacific/);
  expect(section('Phone').textContent).toMatch(/For technical issues press option 2/);
  await act(async () => undefined);
});

test('chat turns to closed when 5:00 PM Pacific passes while the screen is open', async () => {
  installFakeBridge();
  vi.setSystemTime(new Date('2026-06-10T23:59:50Z')); // 4:59:50 PM PDT
  render(<SupportScreen />);
  expect(section('Live Chat').textContent).toMatch(/Open now/);
  act(() => vi.advanceTimersByTime(30_000));
  expect(section('Live Chat').textContent).toMatch(/Closed now — opens tomorrow at 6:00 AM Pacific/);
  expect(section('Phone').textContent).toMatch(/Open now/);
});

test('on a Sunday evening after the DST change the phone opens Monday 5:00 AM Pacific', () => {
  installFakeBridge();
  vi.setSystemTime(new Date('2026-11-02T02:00:00Z')); // Sun 6:00 PM PST
  render(<SupportScreen />);
  expect(section('Phone').textContent).toMatch(/Closed now — opens tomorrow at 5:00 AM Pacific/);
});

test('a practice-set phone number and menu option are shown and marked, with the documents’ value', async () => {
  installFakeBridge({ portalUrls: {}, supportPhone: '(360) 975-7001', supportPhoneOption: '3' });
  vi.setSystemTime(new Date('2026-06-10T20:00:00Z'));
  render(<SupportScreen />);
  await act(async () => undefined);
  const phone = section('Phone');
  expect(phone.textContent).toMatch(/\(360\) 975-7001/);
  expect(phone.textContent).toMatch(/option 3/);
  expect(screen.getAllByText('Set by your practice')).toHaveLength(2);
  expect(phone.textContent).toMatch(/The help documents say: \(360\) 975-7000/);
  expect(phone.textContent).toMatch(/The help documents say: 2/);
});
