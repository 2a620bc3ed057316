import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, invokeHost, navLink, openHostPage, screenshot, startBrowserHost, stopBrowserHost, test } from './fixtures';
import { portalEntry, sharedDesks } from './sharedDesks';
import { createProfile, PASS } from './vaultHelpers';

test.describe('the activity of a profile in the practice shared folder', () => {
  const desks = sharedDesks();
  const { hosts } = desks;

  test('both PCs’ records are in one list, each with its PC’s name; a cut file of the other PC is noticed', async ({ browser }) => {
    const [a, b] = await Promise.all([startBrowserHost(), startBrowserHost()]);
    hosts.push(a, b);
    expect((await invokeHost(a, 'vault:setSharedFolder', { folder: desks.share, pcName: 'Front desk 1' })).ok).toBe(true);
    expect((await invokeHost(b, 'vault:setSharedFolder', { folder: desks.share, pcName: 'Front desk 2' })).ok).toBe(true);
    const { page } = await openHostPage(browser, a);
    await createProfile(page, 'Ann Rivera');
    const id = (await invokeHost<{ unlocked: { profileId: string } }>(a, 'vault:status')).data!.unlocked.profileId;

    // At PC 2 Ann unlocks the same profile, saves a login and reveals its password.
    expect((await invokeHost(b, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);
    const saved = await invokeHost<{ id: string }>(b, 'vault:saveEntry', portalEntry('ann.rivera', 'Desk-two-pw-2!'));
    expect(saved.ok).toBe(true);
    expect((await invokeHost(b, 'vault:reveal', { id: saved.data!.id })).ok).toBe(true);
    // PC 2's poll (every 5 s) carries its records into its own file beside the profile; PC 1 reads
    // them from there (PC 1 may have written its own file by then too).
    const seenAtPc1 = async () => {
      const audit = await invokeHost<{ records: { event: string; pcName?: string }[] }>(a, 'vault:audit');
      return (audit.data?.records ?? []).filter((r) => r.pcName === 'Front desk 2').map((r) => r.event);
    };
    await expect.poll(seenAtPc1, { timeout: 20_000 }).toContain('reveal');

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
    const pc2File = readdirSync(desks.share).find(
      (name) => name.includes('.activity-') && name.endsWith('.jsonl') && readFileSync(join(desks.share, name), 'utf8').includes('"pcName":"Front desk 2"'),
    )!;
    writeFileSync(join(desks.share, pc2File), '');
    await page.getByRole('tab', { name: 'Logins' }).click();
    await page.getByRole('tab', { name: 'Activity log' }).click();
    await expect(page.getByText("Front desk 2's activity file in the shared folder was cut short: records were removed from its end.")).toBeVisible();
    await screenshot(page, 'shared-activity-cut-file');
  });
});
