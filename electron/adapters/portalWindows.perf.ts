import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';
import { AdjustableClock } from '../services/clock';
import { createPortalsService } from '../services/portals/service';
import { PORTALS_STORE_DEFAULTS } from '../services/portals/state';
import { confStores } from './node';
import { NodePortalWindows } from './portalWindowsNode';

type Figure = { name: string; value: number; unit: string; budget: number; pass: boolean };
const ROUNDS = 5;
const USER = { username: 'ann.frontdesk', password: 'Correct-Horse-7!' };

/**
 * `npm run bench`: "Log in as" on the stand-in portal, from the click (portals:logIn) to the
 * credentials arriving at the server, beside a bare Playwright script doing the same login in the
 * same Chromium (cold: both start the browser; budget ≤ 1.3×); and the memory of one open portal
 * window (its page's JS heap, with AllyDesk's page agent) beside the same page without it and a blank page.
 */
export default async function measure(): Promise<Figure[]> {
  const executablePath = chromiumPath() ?? undefined;
  const portal = await startStandInPortal({ users: { [USER.username]: USER.password } });
  const work = mkdtempSync(join(tmpdir(), 'allydesk-portal-bench-'));
  const loginArrived = (before: number) =>
    new Promise<void>((resolve) => {
      const check = () => (portal.logins().length > before ? resolve() : setTimeout(check, 5));
      check();
    });
  try {
    const ours: number[] = [];
    const bare: number[] = [];
    let heaps = { ours: 0, bare: 0, blank: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate, so a busy moment on a shared machine hits both alike.
      bare.push(await bareLogin(portal, join(work, `bare-${round}`), executablePath, loginArrived));
      const result = await allyDeskLogin(portal, join(work, `ours-${round}`), loginArrived, round === ROUNDS - 1);
      ours.push(result.ms);
      if (result.heaps) heaps = result.heaps;
    }
    const ratio = Math.min(...ours) / Math.min(...bare);
    const heapRatio = heaps.ours / heaps.bare;
    return [
      {
        name: 'portal "Log in as" click → credentials at the portal ÷ bare Playwright login',
        value: round3(ratio),
        unit: '×',
        budget: 1.3,
        pass: ratio <= 1.3,
      },
      { name: 'open portal window JS heap ÷ same page without AllyDesk', value: round3(heapRatio), unit: '×', budget: 1.5, pass: heapRatio <= 1.5 },
      {
        name: 'open portal window JS heap (blank page: ' + (heaps.blank / 1e6).toFixed(2) + ' MB)',
        value: round3(heaps.ours / 1e6),
        unit: 'MB',
        budget: 50,
        pass: heaps.ours / 1e6 <= 50,
      },
    ];
  } finally {
    await portal.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function bareLogin(portal: StandInPortal, dir: string, executablePath: string | undefined, arrived: (before: number) => Promise<void>) {
  const before = portal.logins().length;
  const t = performance.now();
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(portal.url);
  await page.locator('#username').fill(USER.username);
  await page.locator('#password').fill(USER.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await arrived(before);
  const ms = performance.now() - t;
  await context.close();
  return ms;
}

async function allyDeskLogin(portal: StandInPortal, dataDir: string, arrived: (before: number) => Promise<void>, measureHeap: boolean) {
  let windows!: NodePortalWindows;
  const service = createPortalsService({
    clock: new AdjustableClock(),
    store: confStores(dataDir).open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: (policy) => (windows = new NodePortalWindows({ dataDir, policy, headless: true })),
    vault: {
      currentProfile: () => ({ id: 'bench0001', name: 'Ann' }),
      loginTarget: () => ({ profileId: 'bench0001', profileName: 'Ann', portal: 'practice-mate', entryUrl: '' }),
      readForFill: () => ({ ...USER, recordFill: () => undefined }),
    },
    timers: {
      loggedIn: () => undefined,
      activity: () => undefined,
      loggedOut: () => undefined,
      codeRequested: () => undefined,
      setSessionMinutes: () => undefined,
    },
    notifications: { notify: () => undefined },
    configuredUrls: () => ({ 'practice-mate': portal.url }),
    startPage: () => ({ url: portal.url, source: 'practice', hint: null }),
    testHooks: true,
  });
  try {
    const before = portal.logins().length;
    const t = performance.now();
    await service.logIn('bench-entry-1');
    await arrived(before);
    const ms = performance.now() - t;
    if (!measureHeap) return { ms };
    const page = windows.pages('bench0001:practice-mate')[0]!;
    await page.waitForURL(/\/home$/);
    const ours = await jsHeap(page.context(), page);
    const bareContext = await page.context().browser()?.newContext();
    // A persistent context has no browser object: compare in a second plain browser instead.
    const plain = bareContext ? null : await chromium.launch({ executablePath: chromiumPath() ?? undefined, headless: true, args: CHROMIUM_ARGS });
    const other = bareContext ?? (await plain!.newContext());
    await other.addCookies(await page.context().cookies());
    const same = await other.newPage();
    await same.goto(`${portal.origin}/home`);
    const bareHeap = await jsHeap(other, same);
    const blankPage = await other.newPage();
    const blank = await jsHeap(other, blankPage);
    await plain?.close();
    return { ms, heaps: { ours, bare: bareHeap, blank } };
  } finally {
    await service.dispose();
  }
}

/** The page's used JS heap after a full garbage collection, over the DevTools protocol (all worlds, AllyDesk's agent included). */
async function jsHeap(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
