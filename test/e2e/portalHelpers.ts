import { startStandInPortal, type StandInOptions, type StandInPortal } from '../fixtures/standInPortal';
import type { Page } from '@playwright/test';
import { expect, navLink, type AppUnderTest } from './fixtures';
import { scanForSecrets } from './secretScan';
import { createProfile } from './vaultHelpers';

/** What the portal-window specs share: the stand-in portal pointed at, saved logins, the timer, the data folder. */
export const ANN = { username: 'ann.frontdesk', password: 'Correct-Horse-7!' };
export const BOB = { username: 'bob.billing', password: 'Bob-Pass-42' };

/**
 * Starts the stand-in portal with Ann's and Bob's logins and makes it the practice's Practice Mate
 * login page — an http://127.0.0.1 address AllyDesk accepts only with ALLYDESK_TEST_HOOKS=1.
 */
export async function startPortalFor(app: AppUnderTest, options: StandInOptions = {}): Promise<StandInPortal> {
  const portal = await startStandInPortal({ users: { [ANN.username]: ANN.password, [BOB.username]: BOB.password }, ...options });
  const saved = await app.invoke('reference:setOverrides', { portalUrls: { 'practice-mate': portal.url } });
  expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
  return portal;
}

export async function saveLogin(app: AppUnderTest, login: { username: string; password: string }, portal = 'practice-mate') {
  const reply = await app.invoke<{ id: string }>('vault:saveEntry', {
    fields: { kind: 'portal', portal, customName: '', url: '', username: login.username, notes: '' },
    password: login.password,
  });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  return reply.data!.id;
}

/** Ann creates her profile, her Practice Mate login is saved, and she clicks "Log in as Ann" on the Passwords screen. */
export async function annLogsInFromPasswords(app: AppUnderTest, page: Page) {
  await createProfile(page, 'Ann');
  await saveLogin(app, ANN);
  await page.reload(); // the login was saved behind the UI's back: show the list again
  await navLink(page, 'Passwords').click();
  await page.getByRole('button', { name: 'Log in as Ann for Practice Mate' }).click();
}

/** Practice Mate's session timer, as the Timers screen sees it (undefined: no timer). */
export const timerSession = async (app: AppUnderTest) =>
  (await app.invoke<{ sessions: { portalId: string; startedAt: number; phase: string }[] }>('timers:list')).data!.sessions.find(
    (s) => s.portalId === 'practice-mate',
  );

export async function profileId(app: AppUnderTest) {
  return (await app.invoke<{ unlocked: { profileId: string } }>('vault:status')).data!.unlocked.profileId;
}

/** Every file under `dir` that holds `text` in any form it could be written in (test/e2e/secretScan.ts). */
export function filesHolding(dir: string, text: string): string[] {
  return [...new Set(scanForSecrets(dir, [text]).map((hit) => hit.file!))];
}
