import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, invokeHost, navLink, openHostPage, screenshot, startBrowserHost, stopBrowserHost, test, type HostProcess } from './fixtures';
import { createProfile, PASS } from './vaultHelpers';

const entry = (username: string, password: string) => ({
  fields: { kind: 'portal', portal: 'practice-mate', customName: '', url: '', username, notes: '' },
  password,
  keepHiddenCharacters: false,
});

test.describe('profiles in the practice shared folder', () => {
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
    rmSync(`${share}-away`, { recursive: true, force: true });
  });

  test('two PCs with their own data folders edit one profile at once, one clock 10 minutes off; nothing is lost, also when the share drops out', async ({
    browser,
  }) => {
    const [a, b] = await Promise.all([startBrowserHost(), startBrowserHost()]);
    hosts.push(a, b);
    const { page } = await openHostPage(browser, a);

    // At PC A, in Settings: the shared folder and this PC's name.
    await navLink(page, 'Settings').click();
    await page.getByLabel('Folder', { exact: true }).fill(share);
    await page.getByLabel('This computer’s name').fill('Front desk 1');
    await page.getByRole('button', { name: 'Save shared folder settings' }).click();
    await expect(page.getByText(`This computer can reach ${share}.`)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'shared-folder-settings');
    expect((await invokeHost(b, 'vault:setSharedFolder', { folder: share, pcName: 'Front desk 2' })).ok).toBe(true);
    await invokeHost(a, 'test:advanceClock', { ms: 10 * 60_000 }); // PC A's clock runs 10 minutes ahead

    await createProfile(page, 'Ann Rivera');
    const status = await invokeHost<{ unlocked: { profileId: string } }>(a, 'vault:status');
    const id = status.data!.unlocked.profileId;
    expect(readdirSync(share)).toContain(`vault-profile-${id}.json`);
    expect((await invokeHost(b, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);

    // Both save at once.
    const [atA, atB] = await Promise.all([
      invokeHost(a, 'vault:saveEntry', entry('ann.at.desk1', 'Desk-one-pw-1!')),
      invokeHost(b, 'vault:saveEntry', entry('ann.at.desk2', 'Desk-two-pw-2!')),
    ]);
    expect([atA.ok, atB.ok]).toEqual([true, true]);
    // PC A's screen shows PC B's login without a restart (the poll).
    await navLink(page, 'Passwords').click();
    await expect(page.getByText('ann.at.desk2')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('ann.at.desk1')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'shared-folder-both-edits');

    // The share drops out: PC B keeps working from its encrypted copy and says so; merged once back.
    renameSync(share, `${share}-away`);
    expect((await invokeHost(b, 'vault:saveEntry', entry('ann.while.away', 'Away-pw-3!'))).ok).toBe(true);
    const away = await invokeHost<{ sharedFolder: { reachable: boolean; pending: boolean } }>(b, 'vault:status');
    expect(away.data!.sharedFolder).toMatchObject({ reachable: false, pending: true });
    await expect(page.getByText(/cannot be reached from this computer/)).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'shared-folder-unreachable');
    renameSync(`${share}-away`, share);
    await expect(page.getByText('ann.while.away')).toBeVisible({ timeout: 20_000 });
    const file = JSON.parse(readFileSync(join(share, `vault-profile-${id}.json`), 'utf8'));
    expect(Object.keys(file.entries)).toHaveLength(3);
    expect(JSON.stringify(file)).not.toContain('Desk-one-pw-1!');
  });

  test('a soak of three hosts saving into one profile ends with every change present (ALLYDESK_SOAK_SAVES, default 40)', async () => {
    const saves = Number(process.env.ALLYDESK_SOAK_SAVES ?? 40);
    test.setTimeout(120_000 + saves * 3_000);
    const pcs = await Promise.all([startBrowserHost(), startBrowserHost(), startBrowserHost()]);
    hosts.push(...pcs);
    for (const [n, host] of pcs.entries()) expect((await invokeHost(host, 'vault:setSharedFolder', { folder: share, pcName: `Desk ${n + 1}` })).ok).toBe(true);
    const made = await invokeHost<{ unlocked: { profileId: string } }>(pcs[0]!, 'vault:createProfile', { name: 'Bob Chen', passphrase: PASS });
    const id = made.data!.unlocked.profileId;
    for (const host of pcs.slice(1)) expect((await invokeHost(host, 'vault:unlock', { profileId: id, passphrase: PASS })).ok).toBe(true);
    await Promise.all(
      pcs.map(async (host, n) => {
        for (let i = 0; i < saves; i++) expect((await invokeHost(host, 'vault:saveEntry', entry(`desk${n}-save${i}`, `Pw-${n}-${i}-x!`))).ok).toBe(true);
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
    const file = JSON.parse(readFileSync(join(share, `vault-profile-${id}.json`), 'utf8'));
    expect(Object.keys(file.entries)).toHaveLength(3 * saves);
  });
});
