import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, invokeHost, navLink, openHostPage, screenshot, startBrowserHost, stopBrowserHost, test } from './fixtures';
import { createProfile } from './vaultHelpers';

// A practice policy in force, given to the browser host as the Linux policy file. The path comes from
// ALLYDESK_TEST_POLICY_FILE, which the host honours only under ALLYDESK_TEST_HOOKS=1 (the last tests prove it).
const root = join(import.meta.dirname, '../..');
const POLICY = {
  SupportPhone: '(800) 555-0100',
  SupportEmail: 'not-an-email',
  PortalLoginPages: { ehr: 'https://ehr.officeally.com/login' },
  PortalInactivityMinutes: { 'service-center': 12 },
  VaultIdleLockMinutesMax: 10,
  ClipboardClearSecondsMax: 30,
  PinUnlock: 'disabled',
};

let folder: string | undefined;
let policyFile: string;

/** Writes the policy as an admin's tool does (a file moved into place), root-owned and 0644 like the real one. */
function putPolicy(policy: unknown) {
  const temp = join(folder!, 'policy.json.new');
  writeFileSync(temp, JSON.stringify(policy, null, 2));
  chmodSync(temp, 0o644);
  chownSync(temp, 0, 0);
  renameSync(temp, policyFile);
}

test.beforeEach(async ({ browserName: _browserName }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'browser',
    'The policy file is handed to the browser host here; the desktop runtime reads it through the same policy service (unit tests).',
  );
  test.skip(process.getuid?.() !== 0, 'The host reads a policy file only when root owns it; these tests must run as root to give it one.');
  folder = mkdtempSync(join(tmpdir(), 'allydesk-e2e-policy-'));
  policyFile = join(folder, 'policy.json');
  putPolicy(POLICY);
});
// A skipped test made no folder.
test.afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

test('fixed Settings fields say IT set them; the Practice policy view lists what is in force; a live change shows', async ({ chromiumBrowser }) => {
  const host = await startBrowserHost({ env: { ALLYDESK_TEST_POLICY_FILE: policyFile } });
  const { page, context } = await openHostPage(chromiumBrowser!, host);
  try {
    await navLink(page, 'Settings').click();
    const phone = page.getByRole('textbox', { name: 'Support phone number' });
    await expect(phone).toHaveValue('(800) 555-0100');
    await expect(phone).toHaveAttribute('readonly', '');
    await expect(phone).toHaveAccessibleDescription(/Set by your practice's IT/);
    await expect(page.getByRole('textbox', { name: 'EHR 24/7: login page' })).toHaveAccessibleDescription(/Set by your practice's IT/);
    // What IT left alone stays the user's.
    await expect(page.getByRole('textbox', { name: 'Support email address' })).not.toHaveAttribute('readonly', '');

    const view = page.getByRole('region', { name: 'Practice policy' });
    await expect(view.getByRole('row', { name: /Support phone number/ })).toContainText(policyFile);
    await expect(view.getByRole('row', { name: /Longest vault idle lock/ })).toContainText('At most 10');
    await expect(view.getByText(`Practice policy SupportEmail (from ${policyFile}) was ignored`, { exact: false })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'policy-settings');

    // IT changes the file while AllyDesk runs: the screen follows without a restart.
    putPolicy({ ...POLICY, SupportPhone: '(800) 555-0199' });
    await expect(phone).toHaveValue('(800) 555-0199');

    await navLink(page, 'Timers').click();
    const serviceCenter = page.getByRole('textbox', { name: 'Service Center', exact: true });
    await expect(serviceCenter).toHaveValue('12');
    await expect(serviceCenter).toHaveAttribute('readonly', '');
    await expect(serviceCenter).toHaveAccessibleDescription(/Set by your practice's IT/);
    await expectAccessible(page);
  } finally {
    await context.close();
    await stopBrowserHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  }
});

test('the vault offers no idle lock above IT’s ceiling, and main refuses one', async ({ chromiumBrowser }) => {
  const host = await startBrowserHost({ env: { ALLYDESK_TEST_POLICY_FILE: policyFile } });
  const { page, context } = await openHostPage(chromiumBrowser!, host);
  try {
    await createProfile(page);
    await page.getByRole('tab', { name: 'Settings and backup' }).click();
    const idle = page.getByRole('combobox', { name: 'Lock the vault after this long without use' });
    await expect(idle).toHaveAccessibleDescription(/Your practice's IT allows at most 10 minutes/);
    expect(await idle.locator('option').allTextContents()).toEqual(['1 minute', '5 minutes', '10 minutes']);
    const clipboard = page.getByRole('combobox', { name: 'Clear a copied password from the clipboard' });
    expect(await clipboard.locator('option').allTextContents()).toEqual(['After 10 seconds', 'After 20 seconds', 'After 30 seconds']);
    await idle.selectOption('10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'policy-vault-settings');

    const refused = await invokeHost(host, 'vault:updateSettings', { clipboardClearSeconds: 30, idleLockMinutes: 60, rotationDays: 90, practiceName: '' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: "Your practice's IT allows the vault to stay unlocked for at most 10 minutes without use. Choose 10 minutes or less.",
      },
    });
  } finally {
    await context.close();
    await stopBrowserHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  }
});

/** Runs the built host to its exit (or 10 s), collecting what it prints. */
function runHost(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-e2e-'));
  const child = spawn(process.execPath, [join(root, 'out/main/host.cjs')], {
    env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill(), 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

test('BrowserMode "disabled": the browser host refuses to start, with one clear line', async () => {
  putPolicy({ BrowserMode: 'disabled' });
  const result = await runHost({ ALLYDESK_TEST_HOOKS: '1', ALLYDESK_TEST_POLICY_FILE: policyFile });
  expect(result.code).toBe(3);
  expect(result.stdout).toBe('');
  expect(
    result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('[')),
  ).toEqual([`AllyDesk's browser mode is turned off by your practice's IT (BrowserMode policy in ${policyFile}); use the AllyDesk desktop app instead.`]);
});

test('BrowserMode turned off while the browser host runs: it stops, with the same line', async () => {
  const host = await startBrowserHost({ env: { ALLYDESK_TEST_POLICY_FILE: policyFile } });
  let stderr = '';
  host.process.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => host.process.once('exit', resolve));
  putPolicy({ ...POLICY, BrowserMode: 'disabled' });
  expect(await exited).toBe(3);
  expect(stderr).toContain(
    `AllyDesk's browser mode is turned off by your practice's IT (BrowserMode policy in ${policyFile}); use the AllyDesk desktop app instead.`,
  );
  rmSync(host.dataDir, { recursive: true, force: true });
});

test('without ALLYDESK_TEST_HOOKS=1 the test policy path is ignored: only /etc/allydesk/policy.json counts', async () => {
  putPolicy({ BrowserMode: 'disabled', SupportPhone: '(800) 555-0100' });
  const host = await startBrowserHost({ testHooks: false, env: { ALLYDESK_TEST_POLICY_FILE: policyFile } });
  try {
    const reply = await invokeHost<{ values: Record<string, unknown>; looked: string[] }>(host, 'policy:get');
    expect(reply.ok).toBe(true);
    expect(reply.data!.looked).toEqual(['/etc/allydesk/policy.json']);
    expect(reply.data!.values.SupportPhone).toBeUndefined();
  } finally {
    await stopBrowserHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  }
});

test('Settings shows the version, the update state and that IT decides updates (UpdateMode), and passes axe', async ({ chromiumBrowser }) => {
  putPolicy({ UpdateMode: 'none' });
  const host = await startBrowserHost({ env: { ALLYDESK_TEST_POLICY_FILE: policyFile } });
  const { page, context } = await openHostPage(chromiumBrowser!, host);
  try {
    await navLink(page, 'Settings').click();
    const updates = page.getByRole('group', { name: 'Updates' });
    await expect(updates).toContainText('AllyDesk version 0.1.0');
    await expect(updates.getByText("Set by your practice's IT")).toBeVisible();
    // Browser mode runs from source: it never updates itself, and says so before anything else.
    await expect(updates.getByRole('status')).toContainText('This copy runs from source (development or browser mode). It does not update itself.');
    await expect(updates.getByRole('button', { name: 'Check for updates' })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'settings-updates');
  } finally {
    await context.close();
    await stopBrowserHost(host);
  }
});
