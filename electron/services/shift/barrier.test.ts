import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalWindowEvent, PortalWindowsAdapter, PortalWindowSpec } from '../../adapters/types';
import { confStores, RecordingClipboard } from '../../adapters/node';
import { IpcRegistry } from '../../ipc/registry';
import { registerShiftIpc } from '../../ipc/shift';
import { silentLogger } from '../logger';
import { createPortalsService } from '../portals/service';
import { PORTALS_STORE_DEFAULTS } from '../portals/state';
import { practiceMate, vaultKits } from '../vault/testKit';
import { createShiftService } from './service';

/**
 * End my shift as a barrier, at the service level: the real vault, the real portals service and
 * the real shift service, over the IPC registry, with a window adapter the test controls — an open
 * or a "start over" that finishes only when the test says, a window that will not close. Whatever
 * happens, `shift:end` answers (never `internal`), the vault ends locked, the PIN forgotten, and
 * no window or session folder of that person outlives the shift unless the answer names it.
 */
const PASS = 'lantern orchard velvet 42';
const PIN = '69035817';
const LOGIN = 'https://auth.officeally.com/login';
const kit = vaultKits(afterEach);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Something the test lets finish when it wants. */
function gate() {
  let open = () => undefined as void;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { passed, open };
}

/** A window adapter like the real ones: a window per key, a session folder per session name that opening creates and wiping deletes. */
class ControlledWindows implements PortalWindowsAdapter {
  readonly windows = new Set<string>();
  readonly folders = new Set<string>();
  /** The next open (or clear) waits for this. */
  holdOpen: Promise<void> | null = null;
  /** Sessions whose wipe never finishes (a Chromium that does not answer). */
  readonly stuck = new Set<string>();
  async open(spec: PortalWindowSpec) {
    const hold = this.holdOpen;
    this.holdOpen = null;
    if (spec.sessionName) this.folders.add(spec.sessionName); // the profile folder exists as soon as the browser starts
    if (hold) await hold;
    this.windows.add(spec.key);
  }
  isOpen = (key: string) => this.windows.has(key);
  currentUrl = (key: string) => (this.windows.has(key) ? LOGIN : null);
  fill = async () => ({ ok: true as const, filled: [], submitted: false });
  async clear(key: string, spec: PortalWindowSpec) {
    await this.close(key);
    if (spec.sessionName) this.folders.delete(spec.sessionName);
    await this.open(spec);
  }
  async wipe(key: string, sessionName: string) {
    if (this.stuck.has(sessionName)) return new Promise<void>(() => undefined);
    this.windows.delete(key);
    this.folders.delete(sessionName);
  }
  showBar() {}
  async close(key: string) {
    this.windows.delete(key);
  }
  onEvent(_listener: (event: PortalWindowEvent) => void) {
    return () => undefined;
  }
  async dispose() {}
}

/** A clipboard whose desktop tool fails on every call. */
class BrokenClipboard extends RecordingClipboard {
  broken = false;
  override async readText() {
    if (this.broken) throw new Error('xclip: cannot open display');
    return super.readText();
  }
  override async clear() {
    if (this.broken) throw new Error('xclip: cannot open display');
    return super.clear();
  }
}

async function annOnShift(options: { shiftWipeTimeoutMs?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'allydesk-barrier-'));
  dirs.push(dir);
  const clipboard = new BrokenClipboard(null);
  const k = kit({ clipboard });
  const { unlocked } = await k.vault.createProfile('Ann', PASS);
  const entry = k.vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
  await k.vault.setPin(PIN, 8);
  let windows!: ControlledWindows;
  const portals = createPortalsService({
    clock: k.clock,
    store: confStores(dir).open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: () => (windows = new ControlledWindows()),
    vault: k.vault,
    timers: { loggedIn() {}, activity() {}, loggedOut() {}, codeRequested() {}, setSessionMinutes() {} },
    notifications: { notify() {} },
    configuredUrls: () => ({}),
    loginUrl: () => LOGIN,
    testHooks: false,
    shiftWipeTimeoutMs: options.shiftWipeTimeoutMs,
    logger: silentLogger,
  });
  const shift = createShiftService({ vault: k.vault, audit: k.audit, portalSessions: portals, logger: silentLogger });
  const registry = new IpcRegistry(silentLogger);
  registerShiftIpc(registry, shift);
  const profileId = unlocked!.profileId;
  return { ...k, clipboard, portals, windows, registry, entry, profileId, session: `${profileId}-practice-mate`, key: `${profileId}:practice-mate` };
}
type Ann = Awaited<ReturnType<typeof annOnShift>>;

const endShift = (k: Ann) => k.registry.dispatch('shift:end', undefined) as Promise<{ ok: boolean; data?: { notClosed: string[] }; error?: unknown }>;

/** The shift's vault part is over: locked, the PIN forgotten and refused. */
async function expectVaultEnded(k: Ann) {
  const status = await k.vault.status();
  expect(status.unlocked).toBeNull();
  expect(status.profiles[0]).toMatchObject({ pin: null, pinEnded: 'shift-ended' });
  await expect(k.vault.unlockWithPin(k.profileId, PIN)).rejects.toThrow(/forgotten when your shift ended/);
}

describe('End my shift is a barrier', () => {
  it('a window still opening is cancelled once it comes up: closed, its session folder gone, the open told why', async () => {
    const k = await annOnShift();
    const opening = gate();
    k.windows.holdOpen = opening.passed;
    const opened = k.portals.open('practice-mate').catch((error: Error) => error);
    expect(await endShift(k)).toMatchObject({ ok: true, data: { notClosed: [] } });
    await expectVaultEnded(k);
    opening.open();
    expect(await opened).toMatchObject({
      code: 'locked',
      message: "Ann's shift ended while Practice Mate was opening, so AllyDesk closed it and kept nothing of it.",
    });
    expect(k.windows.windows).toEqual(new Set());
    expect(k.windows.folders).toEqual(new Set());
    expect(k.portals.view().windows).toEqual([]);
  });

  it('a "start over" (clear) in flight does not bring the window or its session back after the shift', async () => {
    const k = await annOnShift();
    await k.portals.open('practice-mate');
    const reopening = gate();
    k.windows.holdOpen = reopening.passed;
    const cleared = k.portals.clear('practice-mate').catch((error: Error) => error);
    expect(await endShift(k)).toMatchObject({ ok: true, data: { notClosed: [] } });
    reopening.open();
    expect(await cleared).toMatchObject({ code: 'locked', message: expect.stringMatching(/shift ended while Practice Mate was opening/) });
    expect(k.windows.windows).toEqual(new Set());
    expect(k.windows.folders).toEqual(new Set());
    expect(k.portals.view().windows).toEqual([]);
    await expectVaultEnded(k);
  });

  it('a window that will not close: the answer comes within the time limit and names it, the vault is locked all the same, the window stays listed', async () => {
    const k = await annOnShift({ shiftWipeTimeoutMs: 50 });
    await k.portals.open('practice-mate');
    k.windows.stuck.add(k.session);
    const answer = await Promise.race([endShift(k), new Promise((resolve) => setTimeout(() => resolve('no answer after 5 s'), 5000))]);
    expect(answer).toMatchObject({ ok: true, data: { notClosed: ['Practice Mate'] } });
    await expectVaultEnded(k);
    // Still open: the windows list shows it, so the person can close it by hand.
    expect(k.portals.view().windows).toMatchObject([{ portalId: 'practice-mate', profileName: 'Ann' }]);
    const records = await k.audit.list(k.profileId);
    expect(records.find((r) => r.event === 'shift-end')?.detail).toMatchObject({ notClosed: 'Practice Mate' });
  });

  it('the clipboard failing does not stop the shift ending: windows closed, vault locked, PIN forgotten', async () => {
    const k = await annOnShift();
    await k.vault.copy(k.entry.id, 'password');
    await k.portals.open('practice-mate');
    k.clipboard.broken = true;
    expect(await endShift(k)).toMatchObject({ ok: true, data: { notClosed: [], clipboardCleared: false, portalWindowsClosed: 1 } });
    await expectVaultEnded(k);
    expect(k.windows.windows).toEqual(new Set());
    expect(k.windows.folders).toEqual(new Set());
  });

  it('the audit log failing does not stop the shift ending: windows closed, vault locked, PIN forgotten', async () => {
    const k = await annOnShift();
    await k.portals.open('practice-mate');
    k.audit.record = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    expect(await endShift(k)).toMatchObject({ ok: true, data: { notClosed: [], portalWindowsClosed: 1 } });
    expect(k.windows.windows).toEqual(new Set());
    expect(k.windows.folders).toEqual(new Set());
    expect((await k.vault.status()).unlocked).toBeNull();
    expect(k.vault.currentProfile()).toBeNull();
  });
});
