import { expect, expectAccessible, navLink, test } from './fixtures';

test('the app opens on the help reference and says it is unofficial', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'AllyDesk' })).toBeVisible();
  await expect(page.getByText(/not made or endorsed by Office Ally/)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveCount(10);
  await expect(navLink(page, 'Which portal?')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main', { name: 'Which portal?' })).toBeVisible();
  await expectAccessible(page);
});

test('test hooks answer when the app was started with ALLYDESK_TEST_HOOKS=1', async ({ app }) => {
  const before = await app.invoke<{ now: number }>('test:advanceClock', { ms: 0 });
  const after = await app.invoke<{ now: number }>('test:advanceClock', { ms: 60_000 });
  expect(before.ok && after.ok).toBe(true);
  expect(after.data!.now - before.data!.now).toBeGreaterThanOrEqual(60_000);
});
