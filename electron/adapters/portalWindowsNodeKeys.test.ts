import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { CLAIM_MATCHES, startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';
import type { ToolbarView } from '../../shared/ipc/portals';
import { AdjustableClock } from '../services/clock';
import { createPortalsService, type PortalsService } from '../services/portals/service';
import { PORTALS_STORE_DEFAULTS } from '../services/portals/state';
import { confStores } from './node';
import { NodePortalWindows } from './portalWindowsNode';

/**
 * Browser mode's keys (issue 21, item 3) with the real service, real Chromium and the stand-in
 * portal: a key pressed in the portal's page reaches the toolbar's commands; a key a page script
 * makes up does not, and the page cannot call the agent's binding.
 */
const hasChromium = Boolean(chromiumPath());
let portal: StandInPortal;
let dataDir: string;
let service: PortalsService;
let windows: NodePortalWindows;
const toolbars: ToolbarView[] = [];
const KEY = 'ann00001:practice-mate';

const until = async (check: () => boolean, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(!hasChromium)('keys in a browser-mode portal window (Chromium + stand-in portal)', () => {
  beforeAll(async () => {
    portal = await startStandInPortal({ users: { ann: 'Correct-Horse-7!' } });
    dataDir = mkdtempSync(join(tmpdir(), 'allydesk-keys-'));
    service = createPortalsService({
      clock: new AdjustableClock(),
      store: confStores(dataDir).open('portals', PORTALS_STORE_DEFAULTS),
      createWindows: (policy) => (windows = new NodePortalWindows({ dataDir, policy, headless: true })),
      vault: {
        currentProfile: () => ({ id: 'ann00001', name: 'Ann' }),
        loginTarget: () => {
          throw new Error('unused');
        },
        readForFill: () => {
          throw new Error('unused');
        },
      },
      timers: { loggedIn() {}, activity() {}, loggedOut() {}, codeRequested() {}, setSessionMinutes() {} },
      notifications: { notify: () => undefined },
      configuredUrls: () => ({ 'practice-mate': portal.url }),
      startPage: () => ({ url: `${portal.origin}/claims`, source: 'practice', hint: null }),
      testHooks: true,
      onToolbar: (view) => toolbars.push(view),
      platform: 'linux',
    });
  }, 30_000);
  afterAll(async () => {
    await service?.dispose();
    await portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('Ctrl+F, then Enter and Esc in the page run find; Alt+← and F5 reach the portal; a made-up key does nothing', async () => {
    await service.open('practice-mate');
    const page = windows.pages(KEY)[0]!;
    await page.waitForURL(/\/claims/);
    await page.getByRole('heading').first().waitFor();

    await page.keyboard.press('Control+f');
    await until(() => toolbars.at(-1)?.find?.seq === 1, 'find to open in the toolbar');
    await service.commands.find(KEY, 'jane example', false);
    await page.keyboard.press('Enter');
    await until(() => toolbars.at(-1)?.find?.result?.active === 2, 'Enter to move to match 2');
    expect(toolbars.at(-1)!.find!.result).toEqual({ matches: CLAIM_MATCHES, active: 2 });
    await page.keyboard.press('Escape');
    await until(() => toolbars.at(-1)?.find === null, 'Esc to close find');

    // A page script's own keydown, and a call to the agent's binding: neither reaches AllyDesk.
    const before = toolbars.length;
    // (A string: this file's own globals are Node's.)
    await page.evaluate("document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, bubbles: true }))");
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).__allydeskReport)).toBe('undefined');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toolbars.slice(before).some((view) => view.find !== null)).toBe(false);

    // Back and reload, seen by the portal's server.
    await page.getByRole('link', { name: 'Start the link chain' }).click();
    await page.waitForURL(/\/chain\/1$/);
    const hits = (path: string) => portal.requests.filter((r) => r.method === 'GET' && r.path === path).length;
    const claims = hits('/claims');
    await page.keyboard.press('Alt+ArrowLeft');
    await until(() => hits('/claims') === claims + 1, 'the back navigation’s request');
    await page.waitForURL(/\/claims/);
    await page.keyboard.press('F5');
    await until(() => hits('/claims') === claims + 2, 'the reload’s request');
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: 'Claims' }).waitFor();

    // Ctrl+= zooms to 110 %, remembered; the page's own layout shows it (CSS zoom is how browser mode zooms).
    await page.keyboard.press('Control+Equal');
    await until(() => service.view().windows[0]?.zoomPercent === 110, 'zoom to 110 %');
  }, 60_000);
});
