import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, invokeHost, navLink, openHostPage, screenshot, startBrowserHost, test } from './fixtures';
import { portalEntry, sharedDesks } from './sharedDesks';
import { createProfile, PASS } from './vaultHelpers';

test.describe('profiles in the practice shared folder', () => {
  const desks = sharedDesks();
  const { hosts } = desks;

  test('two PCs with their own data folders edit one profile at once, one clock 10 minutes off; nothing is lost, also when the share drops out', async ({
    browser,
  }) => {
    const [a, b] = await Promise.all([startBrowserHost(), startBrowserHost()]);
    hosts.push(a, b);
    const { page } = await openHostPage(browser, a);

    // At PC A, in Settings: the shared folder and this PC's name.
    await navLink(page, 'Settings').click();
    await page.getByLabel('Folder', { exact: true }).fill(desks.share);
    await page.getByLabel('This computer’s name').fill('Front desk 1');
    await page.getByRole('button', { name: 'Save shared folder settings' }).click();
    await expect(page.getByText(`This computer can reach ${desks.share}.`)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'shared-folder-settings');
    expect((await invokeHost(b, 'vault:setSharedFolder', { folder: desks.share, pcName: 'Front desk 2' })).ok).toBe(true);
    await invokeHost(a, 'test:advanceClock', { ms: 10 * 60_000 }); // PC A's clock runs 10 minutes ahead

    await createProfile(page, 'Ann Rivera');
    const status = await invokeHost<{ unlocked: { profileId: string } }>(a, 'vault:status');
    const id = status.data!.unlocked.profileId;
    expect(readdirSync(desks.share)).toContain(`vault-profile-${id}.json`);
    expect((await invokeHost(b, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);

    // Both save at once.
    const [atA, atB] = await Promise.all([
      invokeHost(a, 'vault:saveEntry', portalEntry('ann.at.desk1', 'Desk-one-pw-1!')),
      invokeHost(b, 'vault:saveEntry', portalEntry('ann.at.desk2', 'Desk-two-pw-2!')),
    ]);
    expect([atA.ok, atB.ok]).toEqual([true, true]);
    // PC A's screen shows PC B's login without a restart (the poll).
    await navLink(page, 'Passwords').click();
    await expect(page.getByText('ann.at.desk2')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('ann.at.desk1')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'shared-folder-both-edits');

    // The share drops out: PC B keeps working from its encrypted copy and says so; merged once back.
    renameSync(desks.share, `${desks.share}-away`);
    expect((await invokeHost(b, 'vault:saveEntry', portalEntry('ann.while.away', 'Away-pw-3!'))).ok).toBe(true);
    const away = await invokeHost<{ sharedFolder: { reachable: boolean; pending: boolean } }>(b, 'vault:status');
    expect(away.data!.sharedFolder).toMatchObject({ reachable: false, pending: true });
    await expect(page.getByText(/cannot be reached from this computer/)).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'shared-folder-unreachable');
    renameSync(`${desks.share}-away`, desks.share);
    await expect(page.getByText('ann.while.away')).toBeVisible({ timeout: 20_000 });
    const file = JSON.parse(readFileSync(join(desks.share, `vault-profile-${id}.json`), 'utf8'));
    expect(Object.keys(file.entries)).toHaveLength(3);
    expect(JSON.stringify(file)).not.toContain('Desk-one-pw-1!');
  });

  test('a soak of three hosts saving into one profile ends with every change present (ALLYDESK_SOAK_SAVES, default 40)', async () => {
    const saves = Number(process.env.ALLYDESK_SOAK_SAVES ?? 40);
    test.setTimeout(120_000 + saves * 3_000);
    const pcs = await Promise.all([startBrowserHost(), startBrowserHost(), startBrowserHost()]);
    hosts.push(...pcs);
    for (const [n, host] of pcs.entries())
      expect((await invokeHost(host, 'vault:setSharedFolder', { folder: desks.share, pcName: `Desk ${n + 1}` })).ok).toBe(true);
    const made = await invokeHost<{ unlocked: { profileId: string } }>(pcs[0]!, 'vault:createProfile', { name: 'Bob Chen', passphrase: PASS });
    const id = made.data!.unlocked.profileId;
    for (const host of pcs.slice(1)) expect((await invokeHost(host, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);
    await Promise.all(
      pcs.map(async (host, n) => {
        for (let i = 0; i < saves; i++) expect((await invokeHost(host, 'vault:saveEntry', portalEntry(`desk${n}-save${i}`, `Pw-${n}-${i}-x!`))).ok).toBe(true);
      }),
    );
    const expected = pcs.flatMap((_, n) => Array.from({ length: saves }, (_, i) => `desk${n}-save${i}`)).sort();
    for (const host of pcs) {
      await expect
        .poll(
          async () =>
            ((await invokeHost<{ entries: { username: string }[] }>(host, 'vault:listEntries', { query: '' })).data?.entries ?? [])
              .map((e) => e.username)
              .sort(),
          { timeout: 30_000 },
        )
        .toEqual(expected);
    }
    const file = JSON.parse(readFileSync(join(desks.share, `vault-profile-${id}.json`), 'utf8'));
    expect(Object.keys(file.entries)).toHaveLength(3 * saves);
  });
});
