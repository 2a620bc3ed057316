import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, invokeHost, navLink, openHostPage, screenshot, startBrowserHost, stopBrowserHost, test, type HostProcess } from './fixtures';
import { createProfile, PASS } from './vaultHelpers';

const entry = (username: string, password: string) => ({
  fields: { kind: 'portal', portal: 'practice-mate', customName: '', url: '', username, notes: '' },
  password,
  keepHiddenCharacters: false,
});

test.describe('the activity of a profile in the practice shared folder', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'browser', 'skipped: two front-desk PCs are two browser-mode hosts; the Electron runtime is one app per machine');
  });

  const hosts: HostProcess[] = [];
  let share = '';
  test.beforeEach(() => {
    share = mkdtempSync(join(tmpdir(), 'allydesk-e2e-share-'));
  });
  test.afterEach(async () => {
    for (const host of hosts.splice(0)) {
      await stopBrowserHost(host);
      rmSync(host.dataDir, { recursive: true, force: true });
    }
    rmSync(share, { recursive: true, force: true });
  });

  test('both PCs’ records are in one list, each with its PC’s name; a cut file of the other PC is noticed', async ({ browser }) => {
    const [a, b] = await Promise.all([startBrowserHost(), startBrowserHost()]);
    hosts.push(a, b);
    expect((await invokeHost(a, 'vault:setSharedFolder', { folder: share, pcName: 'Front desk 1' })).ok).toBe(true);
    expect((await invokeHost(b, 'vault:setSharedFolder', { folder: share, pcName: 'Front desk 2' })).ok).toBe(true);
    const { page } = await openHostPage(browser, a);
    await createProfile(page, 'Ann Rivera');
    const id = (await invokeHost<{ unlocked: { profileId: string } }>(a, 'vault:status')).data!.unlocked.profileId;

    // At PC 2 Ann unlocks the same profile, saves a login and reveals its password.
    expect((await invokeHost(b, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);
    const saved = await invokeHost<{ id: string }>(b, 'vault:saveEntry', entry('ann.rivera', 'Desk-two-pw-2!'));
    expect(saved.ok).toBe(true);
    expect((await invokeHost(b, 'vault:reveal', { id: saved.data!.id })).ok).toBe(true);
    // PC 2's poll (every 5 s) carries its records into its own file beside the profile.
    await expect.poll(() => readdirSync(share).filter((name) => name.includes(`.activity-`) && name.endsWith('.jsonl')).length, { timeout: 20_000 }).toBe(1);

    // At PC 1, Passwords → Activity log: one list, both PCs, named.
    await navLink(page, 'Passwords').click();
    await expect(page.getByText('ann.rivera')).toBeVisible({ timeout: 15_000 });
    await page.getByRole('tab', { name: 'Activity log' }).click();
    await expect(page.getByText(/its activity at 2 computers is shown together/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Activity for this profile at every computer, newest first' });
    await expect(table.getByRole('columnheader', { name: 'Computer' })).toBeVisible();
    const row = (pc: string, what: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: pc, exact: true }) })
        .filter({ hasText: what });
    await expect(row('Front desk 2', 'Password revealed')).toHaveCount(1);
    await expect(row('Front desk 2', 'Login added')).toHaveCount(1);
    await expect(row('Front desk 2', 'Unlocked')).toHaveCount(1);
    await expect(row('Front desk 1 (this computer)', 'Profile created')).toHaveCount(1);
    // Newest first across both PCs: PC 2's reveal came after PC 1 made the profile.
    const order = await table.getByRole('row').allTextContents();
    expect(order.findIndex((t) => t.includes('Password revealed'))).toBeLessThan(order.findIndex((t) => t.includes('Profile created')));
    await expectAccessible(page);
    await screenshot(page, 'shared-activity-two-pcs');

    // PC 2 is switched off (left on, it would write its own file again from its log at its next poll),
    // and someone empties its file on the share: PC 1's Activity view says so, naming the PC.
    await stopBrowserHost(b);
    const pc2File = readdirSync(share).find(
      (name) => name.includes('.activity-') && name.endsWith('.jsonl') && readFileSync(join(share, name), 'utf8').includes('"pcName":"Front desk 2"'),
    )!;
    writeFileSync(join(share, pc2File), '');
    await page.getByRole('tab', { name: 'Logins' }).click();
    await page.getByRole('tab', { name: 'Activity log' }).click();
    await expect(page.getByText("Front desk 2's activity file in the shared folder was cut short: records were removed from its end.")).toBeVisible();
    await screenshot(page, 'shared-activity-cut-file');
  });
});
