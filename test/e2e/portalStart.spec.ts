import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { ANN, profileId, saveLogin, startPortalFor } from './portalHelpers';
import { createProfile } from './vaultHelpers';

/**
 * Every portal opens out of the box (issue 21, item 1). The stand-in's landing page plays Office
 * Ally's site (test:setOfficeAllySite, test hooks only); its origin is allowed because the stand-in
 * is also the practice's Practice Mate address. Service Center has no login page in the help
 * documents and none is set, so its window starts at the site and says which Log in item to choose.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

test('Service Center with no address set: the Which portal? screen offers it, the window opens at Office Ally\'s site saying which item to choose, "Log in as" fills once the form appears', async ({
  app,
  page,
}) => {
  portal = await startPortalFor(app);
  expect((await app.invoke('test:setOfficeAllySite', { url: portal.siteUrl })).ok).toBe(true);
  await createProfile(page, 'Ann');
  await saveLogin(app, ANN, 'service-center');
  await page.reload();

  await navLink(page, 'Which portal?').click();
  const card = page.locator('#portal-service-center');
  await expect(card.getByRole('button', { name: 'Open Service Center in AllyDesk' })).toBeVisible();
  await expect(card.getByText('The help documents give no Service Center login page, so it opens at Office Ally’s site.')).toBeVisible();
  await expect(card.getByText('Start address: Office Ally’s site.')).toBeVisible();
  for (const name of ['Practice Mate', 'EHR 24/7', 'Patient Ally']) await expect(page.getByRole('button', { name: `Open ${name} in AllyDesk` })).toBeVisible();
  await expect(page.locator('#portal-practice-mate').getByText('Start address: set by your practice.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'portal-start-which-portal-1366');
  await page.setViewportSize({ width: 800, height: 768 });
  await screenshot(page, 'portal-start-which-portal-800');

  await navLink(page, 'Passwords').click();
  await page.getByRole('button', { name: 'Log in as Ann for Service Center' }).click();
  const sessionName = `${await profileId(app)}-service-center`;
  const site = await app.portals.page(sessionName, /\/site$/);
  await expect(site.getByText('Choose Service Center Login from Log in, upper right.')).toBeVisible({ timeout: 15_000 });
  expect(portal.logins()).toEqual([]);

  // The user does what the line says; the fill was waiting and goes into the form on the allowed host.
  await site.getByRole('button', { name: 'Log in' }).click();
  await site.getByRole('link', { name: 'Service Center Login' }).click();
  await expect.poll(() => portal.logins(), { timeout: 30_000 }).toEqual([{ path: '/login', username: ANN.username, password: ANN.password }]);
  await expect(site.getByText('Choose Service Center Login from Log in, upper right.')).toHaveCount(0);
});
