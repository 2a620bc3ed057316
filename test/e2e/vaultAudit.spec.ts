import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, navLink, openHostPage, screenshot, startBrowserHost, stopBrowserHost, test } from './fixtures';
import { createProfile, PASS } from './vaultHelpers';

/** Runs a browser host on `dataDir` (seeded or edited by the test between runs), does `use` in its page, stops it. */
async function withHostOn(dataDir: string, browser: Browser, use: (page: Page) => Promise<void>) {
  const host = await startBrowserHost({ dataDir });
  const { page, context } = await openHostPage(browser, host);
  try {
    await use(page);
  } finally {
    await context.close();
    await stopBrowserHost(host);
  }
}

test('vault activity: an earlier log whose key cannot be opened is kept and named; quitting still writes the last record', async ({
  chromiumBrowser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'Seeds the data folder before the browser host starts.');
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-e2e-audit-'));
  const earlierLog = '{"v":2,"seq":1,"at":"2026-11-01T08:00:00.000Z","profileId":"p0","event":"unlock","prev":"0","hash":"x"}\n';
  writeFileSync(join(dataDir, 'audit.jsonl'), earlierLog);
  writeFileSync(join(dataDir, 'audit-key.json'), '{"format":"allydesk-audit-key","osSealed":"bm90IGEgc2VhbA=="}');
  await withHostOn(dataDir, chromiumBrowser!, async (page) => {
    await createProfile(page);
    await page.getByRole('tab', { name: 'Activity log' }).click();
    await expect(page.getByText(/The activity log is intact/)).toBeVisible();
    const kept = readdirSync(dataDir).find((name) => name.startsWith('audit.set-aside-'))!;
    expect(readFileSync(join(dataDir, kept), 'utf8')).toBe(earlierLog);
    await expect(page.getByText(`so it kept that log in the data folder as ${kept} and started a new one.`)).toBeVisible();
    await expect(page.getByText(/kept in a file next to the log: this check shows accidental damage, not deliberate rewriting/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'vault-activity-set-aside');
  });
  // The host locked the vault on the way out and waited for that record to reach the log.
  const events = readFileSync(join(dataDir, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; detail?: { reason?: string } });
  expect(events.at(-1)).toMatchObject({ event: 'lock', detail: { reason: 'quit' } });
  expect(events[0]).toMatchObject({ event: 'audit-restarted', detail: { reason: 'key-unreadable' } });
  rmSync(dataDir, { recursive: true, force: true });
});

test('vault activity: records cut from the end of the log while AllyDesk was closed are noticed at the next start, kept and named', async ({
  chromiumBrowser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'Edits the data folder between two browser-host runs.');
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-e2e-audit-cut-'));
  await withHostOn(dataDir, chromiumBrowser!, (page) => createProfile(page));
  const lines = readFileSync(join(dataDir, 'audit.jsonl'), 'utf8').trim().split('\n');
  expect(lines.length).toBeGreaterThan(1);
  const cut = `${lines.slice(0, -1).join('\n')}\n`;
  writeFileSync(join(dataDir, 'audit.jsonl'), cut);

  await withHostOn(dataDir, chromiumBrowser!, async (page) => {
    await navLink(page, 'Passwords').click();
    await page.getByLabel('Passphrase for Maria Lopez').fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('Unlocked for Maria Lopez')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Activity log' }).click();
    await expect(page.getByText(/The activity log is intact/)).toBeVisible();
    const kept = readdirSync(dataDir).find((name) => name.startsWith('audit.set-aside-'))!;
    expect(readFileSync(join(dataDir, kept), 'utf8')).toBe(cut);
    await expect(
      page.getByText(`Records were removed from the end of the earlier activity log, so it kept that log in the data folder as ${kept} and started a new one.`),
    ).toBeVisible();
    await expectAccessible(page);
  });
  rmSync(dataDir, { recursive: true, force: true });
});
