import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, navLink, test, untilInteractive } from './fixtures';

const SCREENS = [
  { tab: 'Which portal?', heading: 'Which Office Ally portal do I need?' },
  { tab: 'Logging in', heading: 'Logging in to Office Ally' },
  { tab: 'Forgot password', heading: 'Forgot your password?' },
  { tab: 'Security & tools', heading: 'Security best practices' },
  { tab: 'Contact support', heading: 'Contact Office Ally support' },
  { tab: 'Settings', heading: 'Settings: your practice’s Office Ally details' },
];

/** Presses `key` until the focused element satisfies `isTarget` (keyboard only, no mouse). */
async function pressUntil(page: Page, key: string, isTarget: () => Promise<boolean>, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    if (await isTarget()) return;
  }
  throw new Error(`Pressing ${key} ${max} times never reached the target`);
}
const focusedIs = (page: Page, selectorOrName: { role: Parameters<Page['getByRole']>[0]; name: string | RegExp }) => () =>
  page
    .getByRole(selectorOrName.role, { name: selectorOrName.name })
    .evaluate((el) => el === document.activeElement)
    .catch(() => false);

test('the help home is the portal chooser, and every help screen passes axe', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 2, name: SCREENS[0]!.heading })).toBeVisible();
  for (const { tab, heading } of SCREENS) {
    await navLink(page, tab).click();
    await expect(navLink(page, tab)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
});

test('the password screen shows the reset video link and a QR code of it', async ({ page }) => {
  await navLink(page, 'Forgot password').click();
  const video = page.getByRole('link', { name: /Watch the password reset video \(needs internet\)/ });
  await expect(video).toHaveAttribute('href', 'https://vimeopro.com/user67674610/troubleshooting-browsers/video/331275908');
  await expect(video).toHaveAttribute('target', '_blank');
  await expect(video).toHaveAttribute('rel', 'noreferrer');
  const qr = page.getByRole('img', { name: /QR code: scan with your phone to open the 2-minute password reset video/ });
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.getByRole('link', { name: /clearing cache and cookies/ })).toHaveAttribute(
    'href',
    'https://support.officeally.com/knowledgebase/web-browser',
  );
});

test('offline, the app says links need internet and still shows everything written', async ({ page }) => {
  await navLink(page, 'Forgot password').click();
  await page.context().setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'This computer is offline' })).toBeVisible();
  await expect(page.getByText("you can use the 'Retrieve' links on the Practice Mate login page")).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectAccessible(page);
  await page.context().setOffline(false);
  await expect(page.getByText('This computer is offline')).toHaveCount(0);
});

test('the task box maps a typed task to the portal with the reason', async ({ page }) => {
  const box = page.getByRole('textbox', { name: 'Type the task in your own words' });
  await box.fill('patient wants to pay a balance');
  await box.press('Enter');
  await expect(page.getByText('For “patient wants to pay a balance” use Patient Ally')).toBeVisible();
  await expect(page.getByText(/Patients use Patient Ally to pay balances/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show Patient Ally' }).click();
  await expect(page.locator('#portal-patient-ally')).toBeFocused();
});

test('search finds through typos, and a result opens its section with focus', async ({ page }) => {
  const box = page.getByRole('searchbox', { name: 'Search help' });
  await box.fill('sesion timout');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText('Session timeouts');
  await expectAccessible(page);
  await results.getByRole('button', { name: /Session timeouts/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Logging in to Office Ally' })).toBeVisible();
  await expect(page.locator('#trouble-timeout')).toBeFocused();
  await expect(page.locator('#trouble-timeout')).toBeInViewport();
});

test('support hours follow the page clock across the 2026 daylight-saving changes', async ({ page }) => {
  const phone = page.getByRole('region', { name: 'Phone' });
  const chat = page.getByRole('region', { name: 'Live Chat' });
  const localPart = /\((\d{1,2}:\d{2} [AP]M( \w+day)? your time|your time zone too)\)/;

  // Sunday 2026-03-08, 5:30 AM PDT (clocks sprang forward at 2 AM): weekend hours open at 6:00.
  await page.clock.setFixedTime(new Date('2026-03-08T12:30:00Z'));
  await page.reload();
  await untilInteractive(page);
  await navLink(page, 'Contact support').click();
  await expect(phone).toContainText('Closed now — opens today at 6:00 AM Pacific');
  await expect(phone.getByText(/^Closed now/)).toHaveText(localPart);
  await expect(chat).toContainText('Closed now — opens today at 6:00 AM Pacific');
  await expectAccessible(page);

  // Sunday 2026-11-01, 7:00 AM PST (clocks fell back at 2 AM): open until 5:00 PM.
  await page.clock.setFixedTime(new Date('2026-11-01T15:00:00Z'));
  await page.reload();
  await untilInteractive(page);
  await navLink(page, 'Contact support').click();
  await expect(phone).toContainText('Open now — closes at 5:00 PM Pacific');
  await expect(chat).toContainText('Open now — closes at 5:00 PM Pacific');
  await expect(chat).toContainText('usually available');

  // Monday 2026-11-02, 8:59 PM PST: phone open until 9, chat closed since 5.
  await page.clock.setFixedTime(new Date('2026-11-03T04:59:00Z'));
  await page.reload();
  await untilInteractive(page);
  await navLink(page, 'Contact support').click();
  await expect(phone).toContainText('Open now — closes at 9:00 PM Pacific');
  await expect(chat).toContainText('Closed now — opens tomorrow at 6:00 AM Pacific');
  await expect(phone).toContainText('(360) 975-7000');
  await expect(phone).toContainText('option 2');
});

test('settings: a foreign address is refused at its field; a valid override persists and is marked', async ({ app, page }) => {
  await navLink(page, 'Settings').click();
  const pm = page.getByRole('textbox', { name: 'Practice Mate: login page' });
  await pm.fill('https://evil.example/practicemate');
  await page.getByRole('textbox', { name: 'Phone menu option for technical issues' }).fill('3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('AllyDesk only opens Office Ally and Patient Ally addresses (evil.example is not one of them).')).toBeVisible();
  await expect(pm).toHaveAttribute('aria-invalid', 'true');
  await expect(pm).toHaveValue('https://evil.example/practicemate');
  await expect(page.getByRole('textbox', { name: 'Phone menu option for technical issues' })).toHaveValue('3');
  await expectAccessible(page);

  await pm.fill('https://pm.officeally.com/practicemate');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  const onDisk = JSON.parse(readFileSync(join(app.dataDir, 'reference.json'), 'utf8'));
  expect(onDisk.overrides).toEqual({ portalUrls: { 'practice-mate': 'https://pm.officeally.com/practicemate' }, supportPhoneOption: '3' });

  await page.reload();
  await untilInteractive(page);
  const card = page.getByRole('region', { name: 'Practice Mate' });
  await expect(card.getByRole('link', { name: /Open the Practice Mate login page/ })).toHaveAttribute('href', 'https://pm.officeally.com/practicemate');
  await expect(card).toContainText('Set by your practice');
  await expect(card).toContainText('The help documents say: https://cms.officeally.com/practicemate');
  await navLink(page, 'Contact support').click();
  await expect(page.getByRole('region', { name: 'Phone' })).toContainText('option 3');
  await expect(page.getByRole('region', { name: 'Phone' })).toContainText('Set by your practice');
  await navLink(page, 'Settings').click();
  await expect(page.getByRole('textbox', { name: 'Practice Mate: login page' })).toHaveValue('https://pm.officeally.com/practicemate');
});

test('keyboard only: portal chooser, search, a result, and support', async ({ page }) => {
  // Portal chooser: Tab into the task box, ask, and open the portal it names.
  const taskBox = page.getByRole('textbox', { name: 'Type the task in your own words' });
  await pressUntil(page, 'Tab', () => taskBox.evaluate((el) => el === document.activeElement));
  await page.keyboard.type('check claim status');
  await page.keyboard.press('Enter');
  await expect(page.getByText('For “check claim status” use Service Center / Clearinghouse')).toBeVisible();
  await pressUntil(page, 'Tab', focusedIs(page, { role: 'button', name: 'Show Service Center / Clearinghouse' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#portal-service-center')).toBeFocused();

  // Search: back up to the header box, type with a typo, arrow to a result, Enter.
  const searchBox = page.getByRole('searchbox', { name: 'Search help' });
  await pressUntil(page, 'Shift+Tab', () => searchBox.evaluate((el) => el === document.activeElement));
  await page.keyboard.type('blank pge');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /Page not loading or blank screens/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#trouble-blank-page')).toBeFocused();

  // Support: back to the navigation's "Contact support" link, Enter.
  const supportLink = navLink(page, 'Contact support');
  await pressUntil(page, 'Shift+Tab', () => supportLink.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(supportLink).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Contact Office Ally support' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Phone' })).toContainText(/(Open|Closed) now/);
});

test('the first screen is in the page itself, and taking it over raises no errors', async ({ app, page }) => {
  test.skip(app.runtime !== 'browser', 'reads the page as the browser host serves it');
  // What the window shows before any script has run: the portal chooser, marked busy.
  const served = await (await page.request.get(app.host!.url)).text();
  expect(served).toContain('<div id="root" aria-busy="true">');
  expect(served).toContain('Which Office Ally portal do I need?');
  expect(served).toContain('Service Center / Clearinghouse');

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.reload();
  await untilInteractive(page);
  await navLink(page, 'Logging in').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Logging in to Office Ally' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('keyboard: the first Tab offers to skip to the screen', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the screen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Type the task in your own words' })).toBeFocused();
});

test('a page that gets no animation frames (a window not shown yet) still comes to life', async ({ app, page }) => {
  test.skip(app.runtime !== 'browser', 'replaces requestAnimationFrame before the page loads');
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.reload();
  await untilInteractive(page);
  await navLink(page, 'Forgot password').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Forgot your password?' })).toBeVisible();
});

test('in a narrow window the search box keeps a usable width (the header wraps instead)', async ({ page }) => {
  for (const width of [900, 640]) {
    await page.setViewportSize({ width, height: 700 });
    const box = await page.getByRole('searchbox', { name: 'Search help' }).boundingBox();
    expect(box!.width, `at ${width} px`).toBeGreaterThan(150);
  }
});
