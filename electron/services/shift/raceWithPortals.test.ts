import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalsView } from '../../../shared/ipc/portals';
import type { VaultStatus } from '../../../shared/ipc/vault';
import type { Result } from '../../../shared/result';
import { chromiumPath } from '../../../scripts/chromium.mjs';
import { startStandInPortal, type StandInPortal } from '../../../test/fixtures/standInPortal';
import { NodePortalWindows, portalSessionsDir } from '../../adapters/portalWindowsNode';
import { composeForTest } from '../../composeForTest';

/**
 * Issue 20, item 3: `portals:open` and then, 0–700 ms later, `shift:end`, through the browser host's
 * own composition and IPC registry, with real Chromium and the stand-in portal. Whatever the timing,
 * the shift ends: the vault locked, the PIN forgotten, no Chromium left running on Ann's session
 * folder, the folder gone (and not created again afterwards), the windows list empty.
 */
const hasChromium = Boolean(chromiumPath());
const PASS = 'lantern orchard velvet 42';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes whose command line names this folder (Chromium and its helpers carry --user-data-dir). */
function processesOn(folder: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

describe.skipIf(!hasChromium || process.platform !== 'linux')('End my shift while a portal window is opening (browser host, real Chromium)', () => {
  let portal: StandInPortal;
  let dataDir: string;
  let app: ReturnType<typeof composeForTest>;

  beforeAll(async () => {
    portal = await startStandInPortal({ users: { ann: 'Correct-Horse-7!' } });
    dataDir = mkdtempSync(join(tmpdir(), 'allydesk-shift-race-'));
    app = composeForTest(dataDir, {
      portalWindows: (policy) => new NodePortalWindows({ dataDir, policy, headless: true }),
      testHooks: { notifications: () => [], openedLinks: () => [] },
    });
    const overrides = await app.registry.dispatch('reference:setOverrides', { portalUrls: { 'practice-mate': portal.url } });
    expect(overrides.ok).toBe(true);
    expect((await app.registry.dispatch('vault:createProfile', { name: 'Ann', passphrase: PASS })).ok).toBe(true);
  }, 30_000);
  afterAll(async () => {
    await app?.dispose();
    await portal?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([0, 150, 350, 700])(
    'shift:end %i ms after portals:open: the shift ends, and nothing of the window or its session is left',
    async (delay) => {
      const status = (await app.registry.dispatch('vault:status', undefined)) as Result<VaultStatus>;
      if (!status.ok) throw new Error('no status');
      const profileId = status.data.profiles[0]!.id;
      if (!status.data.unlocked) expect((await app.registry.dispatch('vault:unlock', { profileId, passphrase: PASS })).ok).toBe(true);
      expect((await app.registry.dispatch('vault:setPin', { pin: '69035817', hours: 8 })).ok).toBe(true);
      const folder = join(portalSessionsDir(dataDir), `${profileId}-practice-mate`);

      const opened = app.registry.dispatch('portals:open', { portalId: 'practice-mate' });
      await sleep(delay);
      const ended = (await app.registry.dispatch('shift:end', undefined)) as Result<{ status: VaultStatus; notClosed: string[] }>;
      const openReply = await opened;

      expect(ended).toMatchObject({ ok: true, data: { notClosed: [] } });
      if (!ended.ok) return;
      expect(ended.data.status.unlocked).toBeNull();
      expect(ended.data.status.profiles[0]).toMatchObject({ pin: null, pinEnded: 'shift-ended' });
      // The open either finished before the shift ended (and its window was then closed) or was told why it did not.
      if (!openReply.ok) expect(openReply.error).toMatchObject({ code: 'locked', message: expect.stringMatching(/shift ended|Unlock your vault/) });
      await sleep(1500); // long enough for a window that survived to write its folder again
      expect(processesOn(folder)).toEqual([]);
      expect(existsSync(folder)).toBe(false);
      const list = (await app.registry.dispatch('portals:list', undefined)) as Result<PortalsView>;
      expect(list.ok && list.data.windows).toEqual([]);
    },
    60_000,
  );
});
