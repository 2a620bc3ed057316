import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalWindowEvent, PortalWindowsAdapter, PortalWindowSpec } from '../adapters/types';
import { composeForTest } from '../composeForTest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function app(portalWindows?: () => PortalWindowsAdapter, testHooks = false) {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-portals-ipc-'));
  dirs.push(dataDir);
  const composed = composeForTest(dataDir, {
    startAt: Date.UTC(2026, 5, 1, 17, 30),
    portalWindows,
    testHooks: testHooks ? { notifications: () => [], openedLinks: () => [] } : undefined,
  });
  return { composed, call: (channel: string, input?: unknown) => composed.registry.dispatch(channel, input) };
}

/** Records opens and lets the test play page events, like the two real adapters would. */
function recordingWindows() {
  const opened: PortalWindowSpec[] = [];
  let listener: (event: PortalWindowEvent) => void = () => undefined;
  const adapter: PortalWindowsAdapter = {
    open: async (spec) => void opened.push(spec),
    isOpen: () => true,
    currentUrl: () => null,
    fill: async () => ({ ok: false, reason: 'no-field' }),
    clear: async () => undefined,
    wipe: async () => undefined,
    showBar: () => undefined,
    close: async () => undefined,
    onEvent: (next) => ((listener = next), () => undefined),
    dispose: async () => undefined,
    navigate: async () => true,
    setZoom: async () => undefined,
    find: async () => ({ matches: 0, active: 0 }),
    stopFind: async () => undefined,
    print: async () => undefined,
    savePdf: async (_key, name) => name,
  };
  return { adapter, opened, play: (event: PortalWindowEvent) => listener(event) };
}

describe('portals IPC', () => {
  it('refuses unknown fields and unknown portals, and says plainly when the vault is locked or windows are unavailable', async () => {
    const { call } = app();
    const extra = await call('portals:open', { portalId: 'practice-mate', url: 'https://evil.example' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('portals:open', { portalId: 'sftp' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('portals:open', { portalId: 'practice-mate' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringContaining('Unlock your vault profile first') },
    });
    expect(await call('portals:open', { portalId: 'practice-mate', private: true })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await call('portals:list')).toMatchObject({ ok: true, data: { windows: [], settings: { submitAfterFill: true } } });
  });

  it("opens a private window at the documented login page, sends portals:changed, and opens a portal with no known address at Office Ally's site", async () => {
    const windows = recordingWindows();
    const { call, composed } = app(() => windows.adapter);
    const events: string[] = [];
    composed.registry.onEvent((name) => events.push(name));
    expect(await call('portals:open', { portalId: 'practice-mate', private: true })).toMatchObject({
      ok: true,
      data: { windows: [{ portalId: 'practice-mate', private: true, profileName: null }] },
    });
    expect(windows.opened[0]).toMatchObject({ url: 'https://cms.officeally.com/practicemate', title: 'Practice Mate — private window', sessionName: null });
    expect(events).toContain('portals:changed');
    // Before issue 21 this refused with "add it in Settings"; now it opens where the Practice Mate guide starts.
    expect(await call('portals:open', { portalId: 'ehr', private: true })).toMatchObject({ ok: true });
    expect(windows.opened[1]).toMatchObject({ url: 'https://cms.officeally.com/practicemate', title: 'EHR 24/7 — private window' });
    // Moving "Office Ally's site" to a stand-in is a test hook: without the hooks the channel does not exist.
    expect(await call('test:setOfficeAllySite', { url: 'http://127.0.0.1:1/site' })).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('the stand-in portal address opens a window only with the test hooks on', async () => {
    const windows = recordingWindows();
    const hooked = app(() => windows.adapter, true);
    expect((await hooked.call('reference:setOverrides', { portalUrls: { ehr: 'http://127.0.0.1:43123/login' } })).ok).toBe(true);
    expect(await hooked.call('portals:open', { portalId: 'ehr', private: true })).toMatchObject({ ok: true });
    const plain = app(() => windows.adapter, false);
    expect(await plain.call('reference:setOverrides', { portalUrls: { ehr: 'http://127.0.0.1:43123/login' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
