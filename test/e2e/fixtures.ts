import AxeBuilder from '@axe-core/playwright';
import { _electron, expect, test as base, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findUsableElectron } from '../../scripts/electron-runtime.mjs';
import { LAUNCH_TOKEN_FRAGMENT_KEY, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { browserPortalProbe, electronPortalProbe, type PortalProbe } from './portalProbe';

const root = join(import.meta.dirname, '../..');

export interface HostProcess {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** The last of what the host wrote to stderr (read as it comes, so a full pipe never stalls the host). */
  stderrTail(): string;
}

/** Starts the built browser host (out/main/host.cjs) on a free port with its own data folder. */
export async function startBrowserHost(options: { dataDir?: string; testHooks?: boolean; env?: Record<string, string> } = {}): Promise<HostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'allydesk-e2e-'));
  const child = spawn(process.execPath, [join(root, 'out/main/host.cjs')], {
    env: {
      ...process.env,
      ALLYDESK_DATA_DIR: dataDir,
      ALLYDESK_PORT: '0',
      ...(options.testHooks === false ? { ALLYDESK_TEST_HOOKS: '' } : { ALLYDESK_TEST_HOOKS: '1' }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Read stderr as it comes: a pipe nobody reads fills up, and a host writing to it then stops answering.
  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-8_000)));
  child.once('exit', (code, signal) => {
    if (code !== 0 && code !== null) console.error(`browser host exited with ${code}; its last stderr:\n${stderrTail}`);
    else if (signal && signal !== 'SIGTERM') console.error(`browser host killed by ${signal}; its last stderr:\n${stderrTail}`);
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('browser host did not print its URL within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`browser host exited early with ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  const parsed = new URL(url);
  // The printed address carries the token in its fragment: http://127.0.0.1:<port>/#token=…
  const token = new URLSearchParams(parsed.hash.slice(1)).get(LAUNCH_TOKEN_FRAGMENT_KEY) ?? '';
  return { url, origin: parsed.origin, token, dataDir, process: child, stderrTail: () => stderrTail };
}

export async function stopBrowserHost(host: HostProcess) {
  if (host.process.exitCode === null) {
    const exited = new Promise((resolve) => host.process.once('exit', resolve));
    host.process.kill('SIGTERM');
    await exited;
  }
}

/** The AllyDesk page of a running browser host, in its own browser context, ready for input. */
export async function openHostPage(browser: Browser, host: HostProcess) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await untilInteractive(page);
  return { page, context };
}

/** Calls a main-process channel of a running browser host, with its launch token, as the page does. */
export async function invokeHost<T = unknown>(host: HostProcess, channel: string, input?: unknown): Promise<IpcReply<T>> {
  const response = await fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: host.token },
    body: JSON.stringify({ input }),
  });
  return (await response.json()) as IpcReply<T>;
}

type IpcReply<T> = { ok: boolean; data?: T; error?: { code: string; message: string } };

type Runtime = 'browser' | 'electron';

export interface AppUnderTest {
  page: Page;
  dataDir: string;
  runtime: Runtime;
  host?: HostProcess;
  /** Calls a main-process channel directly (used for the test hooks). */
  invoke<T = unknown>(channel: string, input?: unknown): Promise<IpcReply<T>>;
  /** The portal windows of this runtime, reached the same way in both projects. */
  portals: PortalProbe;
}

interface Fixtures {
  /** The AllyDesk UI in the project's runtime, with a fresh data folder and test hooks on. */
  app: AppUnderTest;
  page: Page;
}

interface WorkerFixtures {
  chromiumBrowser: Browser | null;
}

/** The page arrives with its first screen already drawn; this waits until React has taken it over. */
export async function untilInteractive(page: Page) {
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy', 'true');
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  chromiumBrowser: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name !== 'browser') return use(null);
      const browser = await playwright.chromium.launch(workerInfo.project.use.launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ chromiumBrowser }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const runtime = findUsableElectron(root);
      if (!runtime.available) {
        testInfo.skip(true, `Electron cannot run here: ${runtime.reason}`);
        return;
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-e2e-electron-'));
      const electronApp = await _electron.launch({
        executablePath: runtime.path,
        // The project folder, as `npm start` does: Electron reads package.json (name, version, main).
        args: [root],
        env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_TEST_HOOKS: '1' } as Record<string, string>,
      });
      const page = await electronApp.firstWindow();
      await page.setViewportSize({ width: 1280, height: 860 });
      await untilInteractive(page);
      const invoke: AppUnderTest['invoke'] = (channel, input) =>
        page.evaluate(([c, i]) => (window as unknown as { allydesk: { invoke: (c: string, i: unknown) => Promise<never> } }).allydesk.invoke(c as string, i), [
          channel,
          input,
        ] as const);
      await use({ page, dataDir, runtime: 'electron', invoke, portals: electronPortalProbe(electronApp, invoke) });
      await electronApp.close();
      rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const host = await startBrowserHost();
    const { page, context } = await openHostPage(chromiumBrowser!, host);
    const portals = browserPortalProbe(host.dataDir);
    await use({ page, dataDir: host.dataDir, runtime: 'browser', host, invoke: (channel, input) => invokeHost(host, channel, input), portals });
    // A failed test shows what the host said on stderr: its warnings and errors are the first clue.
    if (testInfo.status !== testInfo.expectedStatus && host.stderrTail()) await testInfo.attach('browser host stderr', { body: host.stderrTail() });
    await portals.dispose();
    await context.close();
    await stopBrowserHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  },
  page: async ({ app }, use) => use(app.page),
});

/**
 * A full-page screenshot for looking at a screen by eye: written to $ALLYDESK_SHOTS/<name>.png when
 * that folder is set (e.g. ALLYDESK_SHOTS=/tmp/shots npx playwright test), and skipped otherwise.
 */
export async function screenshot(page: Page, name: string) {
  const folder = process.env.ALLYDESK_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** axe with the WCAG 2.2 AA rule set; fails listing each violation and its first target. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

export { expect };

/** A screen's link in the main navigation (each screen is a page; the current one has aria-current="page"). */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}
