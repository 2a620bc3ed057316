import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { useNavigation } from '../state/navigation';
import { TaskFinder } from './TaskFinder';

beforeEach(() => useNavigation.setState({ screen: 'portals', section: null }));

test('a typed task, even misspelled, names the portal and the reason', async () => {
  const user = userEvent.setup();
  render(<TaskFinder />);
  await user.type(screen.getByRole('textbox', { name: 'Type the task in your own words' }), 'reshedule apointment{Enter}');
  expect((await screen.findByText(/use/)).textContent).toBe('For “reshedule apointment” use Practice Mate');
  expect(screen.getByText(/Practice Mate is the correct destination/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Show Practice Mate' }));
  expect(useNavigation.getState()).toMatchObject({ screen: 'portals', section: 'portal-practice-mate' });
});

test('the example buttons answer at once', async () => {
  const user = userEvent.setup();
  render(<TaskFinder />);
  await user.click(screen.getByRole('button', { name: 'claims stopped syncing from our PM software' }));
  expect((await screen.findByText(/use/)).textContent).toMatch(/use Integrated practice-management software \(SFTP\)$/);
  expect(screen.getByText(/often related to the SFTP credentials/)).toBeTruthy();
});

test('an unrelated task says nothing matched and suggests words to try', async () => {
  const user = userEvent.setup();
  render(<TaskFinder />);
  await user.type(screen.getByRole('textbox', { name: 'Type the task in your own words' }), 'order pizza');
  await user.click(screen.getByRole('button', { name: 'Find the portal' }));
  expect(await screen.findByText(/No portal matched “order pizza”/)).toBeTruthy();
});
