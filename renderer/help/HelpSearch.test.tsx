import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { App } from '../app/App';
import { useNavigation } from '../state/navigation';
import { resetReferenceStore } from '../state/reference';
import { installFakeBridge } from '../testing/fakeBridge';

beforeEach(() => {
  resetReferenceStore();
  installFakeBridge();
  useNavigation.setState({ screen: 'portals', section: null });
});

test('typing, arrow keys and Enter open a result and focus its section', async () => {
  const user = userEvent.setup();
  render(<App />);
  const box = screen.getByRole('searchbox', { name: 'Search help' });
  await user.type(box, 'reset vidio');
  // The index loads on first use, so the results arrive a moment after typing.
  await waitFor(() => expect(screen.getByRole('list', { name: 'Search results' }).textContent).toMatch(/the 2-minute video/));
  await user.keyboard('{ArrowDown}');
  await waitFor(() => expect(document.activeElement?.className).toContain('help-search-result'));
  await user.keyboard('{Enter}');

  expect(useNavigation.getState()).toMatchObject({ screen: 'password', section: 'password-video' });
  await waitFor(() => expect(document.activeElement?.id).toBe('password-video'));
  expect(screen.getByRole('region', { name: 'Reset your password: the 2-minute video' })).toBeTruthy();
  expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
});

test('Enter in the box opens the best match; Escape from a result returns to the box', async () => {
  const user = userEvent.setup();
  render(<App />);
  const box = screen.getByRole('searchbox', { name: 'Search help' });
  await user.type(box, 'claim fix');
  await waitFor(() => expect(screen.getByRole('list', { name: 'Search results' }).textContent).toMatch(/Claim Fix/));
  await user.keyboard('{ArrowDown}');
  await waitFor(() => expect(document.activeElement?.className).toContain('help-search-result'));
  await user.keyboard('{Escape}');
  expect(document.activeElement).toBe(box);
  expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  await user.keyboard('{Enter}');
  expect(useNavigation.getState()).toMatchObject({ screen: 'security', section: 'dashboard-claim-fix' });
  await waitFor(() => expect(document.activeElement?.id).toBe('dashboard-claim-fix'));
});

test('nothing found says so', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(screen.getByRole('searchbox', { name: 'Search help' }), 'qqqqqqqq');
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Nothing found for “qqqqqqqq”/));
});
