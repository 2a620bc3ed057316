import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';

type Figure = { name: string; value: number; unit: string; budget: number; pass: boolean };
const ROUNDS = 5;
const root = join(import.meta.dirname, '../..');
const WINDOW_ID = 'private:practice-mate';

/**
 * `npm run bench`, issue 21 item 8, with the twin in browser mode (the built host, test hooks on so
 * the stand-in portal on 127.0.0.1 may be a login page):
 * - memory of a portal window with its toolbar (the portal's page and the real toolbar page, talking
 *   to the real host about a real open window) beside the bare portal page, each in a Chromium of its
 *   own: the proportional set size (PSS) of all of that Chromium's processes (budget ≤ 1.25×);
 * - "Open" (portals:open) to the portal page's last request (its script at the end of the body:
 *   parsed and ready to paint) beside a bare Playwright `goto` of the same page in the same Chromium
 *   executable, timed the same way at the stand-in server (best of ROUNDS, alternating; ≤ 1.2×).
 */
export default async function measure(): Promise<Figure[]> {
  const executablePath = chromiumPath() ?? undefined;
  if (!existsSync(join(root, 'out/main/host.cjs')) || !existsSync(join(root, 'out/renderer/toolbar.html'))) throw new Error('no build in out/');
  const portal = await startStandInPortal({});
  const page = `${portal.origin}/claims`;
  const host = await startHost();
  const work = mkdtempSync(join(tmpdir(), 'allydesk-toolbar-bench-'));
  try {
    const set = await host.invoke('reference:setOverrides', { portalUrls: { 'practice-mate': page } });
    if (!set.ok) throw new Error(`setOverrides: ${JSON.stringify(set.error)}`);
    const ours: number[] = [];
    const bare: number[] = [];
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(
        await timed(portal, async () => {
          const context = await browser.newContext();
          void context.newPage().then((p) => p.goto(page).catch(() => undefined));
          return () => context.close();
        }),
      );
      ours.push(
        await timed(portal, async () => {
          const opened = await host.invoke('portals:open', { portalId: 'practice-mate', private: true });
          if (!opened.ok) throw new Error(`portals:open: ${JSON.stringify(opened.error)}`);
          return async () => void (await host.invoke('portals:close', { windowId: WINDOW_ID }));
        }),
      );
    }
    await browser.close();

    // Memory: the same portal page alone, and with the toolbar page of a real open window beside it.
    const opened = await host.invoke('portals:open', { portalId: 'practice-mate', private: true });
    if (!opened.ok) throw new Error(`portals:open: ${JSON.stringify(opened.error)}`);
    const alone = await chromiumPss(join(work, 'alone'), executablePath, async (context) => {
      await (await context.newPage()).goto(page);
    });
    const withToolbar = await chromiumPss(join(work, 'with-toolbar'), executablePath, async (context) => {
      await (await context.newPage()).goto(page);
      const bar = await context.newPage();
      await bar.goto(`${host.origin}/toolbar.html#token=${host.token}&window=${encodeURIComponent(WINDOW_ID)}`);
      await bar.getByRole('toolbar', { name: 'Practice Mate window' }).waitFor();
    });
    const memoryRatio = withToolbar / alone;
    const openRatio = Math.min(...ours) / Math.min(...bare);
    return [
      {
        name: `portal window with its toolbar ÷ bare portal window, memory (PSS, ${(withToolbar / 1e6).toFixed(0)} vs ${(alone / 1e6).toFixed(0)} MB)`,
        value: round3(memoryRatio),
        unit: '×',
        budget: 1.25,
        pass: memoryRatio <= 1.25,
      },
      {
        name: `portal "Open" → page ready to paint ÷ bare Playwright goto (${Math.min(...ours).toFixed(0)} vs ${Math.min(...bare).toFixed(0)} ms)`,
        value: round3(openRatio),
        unit: '×',
        budget: 1.2,
        pass: openRatio <= 1.2,
      },
    ];
  } finally {
    await host.close();
    await portal.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** From `start` until the stand-in server is asked for the page's script (its last request); then the returned cleanup runs. */
async function timed(portal: StandInPortal, start: () => Promise<() => Promise<unknown>>) {
  const since = Date.now();
  const t = performance.now();
  const cleanup = await start();
  await new Promise<void>((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('the portal page was not requested within 30 s')), 30_000);
    const check = () => (portal.requests.some((r) => r.path === '/claims.js' && r.at >= since) ? (clearTimeout(give), resolve()) : setTimeout(check, 2));
    check();
  });
  const ms = performance.now() - t;
  await cleanup();
  return ms;
}

/** A Chromium of its own (its profile folder names its processes), `load` in it, then the PSS of all its processes. */
async function chromiumPss(dir: string, executablePath: string | undefined, load: (context: BrowserContext) => Promise<void>) {
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    await load(context);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the pages settle
    let total = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) continue;
        const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        total += pss ? Number(pss[1]) * 1024 : 0;
      } catch {
        // The process ended meanwhile.
      }
    }
    if (total === 0) throw new Error('no Chromium process found to measure (this figure needs Linux /proc)');
    return total;
  } finally {
    await context.close();
  }
}

/** The built browser host with test hooks, in a data folder of its own. */
async function startHost() {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-toolbar-bench-data-'));
  const child = spawn(process.execPath, [join(root, 'out/main/host.cjs')], {
    env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_PORT: '0', ALLYDESK_TEST_HOOKS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new URL(
    await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the browser host did not print its address within 15 s')), 15_000);
      child.once('exit', (code) => reject(new Error(`the browser host exited early (code ${code})`)));
      createInterface({ input: child.stdout! }).once('line', (line) => (clearTimeout(timer), resolve(line.trim())));
    }),
  );
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return {
    origin: url.origin,
    token,
    async invoke(channel: string, input?: unknown): Promise<{ ok: boolean; error?: unknown }> {
      const response = await fetch(`${url.origin}/ipc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
        body: JSON.stringify({ input }),
      });
      return (await response.json()) as { ok: boolean; error?: unknown };
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
