import { readdirSync, readFileSync } from 'node:fs';
import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, test } from './fixtures';
import { profileId, startPortalFor } from './portalHelpers';
import { createProfile, PASS } from './vaultHelpers';

/**
 * Issue 20, item 3: `POST /ipc/portals:open` for Practice Mate and then, 0–700 ms later,
 * `POST /ipc/shift:end`, over the app's own IPC (the browser host's HTTP, Electron's bridge).
 * Whatever the timing, End my shift ends the shift: the reply is not an error, the vault is
 * locked and the PIN forgotten, the windows list is empty, the session is not kept (nor made
 * again a moment later), and in the browser host no Chromium is left running on it.
 */
const PIN = '69035817';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes whose command line names this folder (the browser host's Chromium and its helpers carry --user-data-dir). */
function processesOn(folder: string): number[] {
  if (process.platform !== 'linux') return [];
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

let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

test('End my shift right after a portal window was asked for (0-700 ms): the shift always ends, nothing of the window or its session is left', async ({
  app,
  page,
}) => {
  test.setTimeout(150_000);
  portal = await startPortalFor(app);
  await createProfile(page, 'Ann');
  const annId = await profileId(app);
  const sessionName = `${annId}-practice-mate`;
  const folder = await app.portals.storagePath(sessionName);

  for (const delay of [0, 150, 300, 450, 700]) {
    const round = `shift:end ${delay} ms after portals:open`;
    const status = await app.invoke<{ unlocked: unknown }>('vault:status');
    if (!status.data!.unlocked) expect((await app.invoke('vault:unlock', { profileId: annId, passphrase: PASS })).ok, round).toBe(true);
    expect((await app.invoke('vault:setPin', { pin: PIN, hours: 8 })).ok, round).toBe(true);

    const opened = app.invoke('portals:open', { portalId: 'practice-mate' });
    await sleep(delay);
    const ended = await app.invoke<{ status: { unlocked: unknown; profiles: { pin: unknown; pinEnded: string | null }[] }; notClosed: string[] }>('shift:end');
    const openReply = await opened;

    expect(ended, round).toMatchObject({ ok: true, data: { notClosed: [] } });
    expect(ended.data!.status.unlocked, round).toBeNull();
    expect(ended.data!.status.profiles[0], round).toMatchObject({ pin: null, pinEnded: 'shift-ended' });
    // The open finished before the shift ended (its window then closed), or it says why it did not.
    if (!openReply.ok) expect(openReply.error, round).toMatchObject({ code: 'locked', message: expect.stringMatching(/shift ended|Unlock your vault/) });
    // The page was told, from main's vault:locked event.
    await expect(page.getByText('Your passwords were locked because the shift ended.')).toBeVisible();

    await sleep(1500); // long enough for a window that survived to write its folder again
    expect((await app.invoke<{ windows: unknown[] }>('portals:list')).data!.windows, round).toEqual([]);
    expect(await app.portals.keepsSavedSession(sessionName), round).toBe(false);
    if (app.runtime === 'browser') expect(processesOn(folder), round).toEqual([]);
    // The PIN is gone for good: the next person cannot use it.
    expect((await app.invoke('vault:unlockWithPin', { profileId: annId, pin: PIN })).ok, round).toBe(false);
  }
});
