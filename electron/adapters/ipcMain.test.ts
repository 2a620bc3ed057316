import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../../shared/bridge';
import { composeForTest } from '../composeForTest';
import type { IpcRegistry } from '../ipc/registry';

// A stand-in for Electron's ipcMain: the real runtime cannot be downloaded here.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));
const { bindIpc } = await import('./ipcMain');

const INDEX = 'app://allydesk/';
const sent: unknown[] = [];
const window = { webContents: { send: (channel: string, message: unknown) => sent.push([channel, message]) } };
const fromWindow = { sender: window.webContents, senderFrame: { url: `${INDEX}index.html` } };
let dir: string;
afterEach(() => {
  handlers.clear();
  sent.length = 0;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the desktop bridge while the services are still being composed (main.ts opens the window first)', () => {
  it('answers a request from the window once the services are there, and refuses any other sender at once', async () => {
    let composed!: (registry: IpcRegistry) => void;
    bindIpc(new Promise<IpcRegistry>((resolve) => (composed = resolve)), () => window as never, INDEX);
    const invoke = handlers.get(BRIDGE_INVOKE)!;

    expect(await invoke({ sender: {}, senderFrame: { url: 'https://elsewhere.example/' } }, 'app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    let answer: unknown = null;
    const asked = invoke(fromWindow, 'app:info', undefined).then((result) => (answer = result));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answer).toBeNull(); // waiting for the services, not refused

    dir = mkdtempSync(join(tmpdir(), 'allydesk-bridge-'));
    const app = composeForTest(join(dir, 'data'));
    composed(app.registry);
    await asked;
    expect(answer).toMatchObject({ ok: true, data: { runtime: 'browser' } }); // composeForTest's runtime

    app.registry.emit('app:notification', { title: 'Session ending', body: 'Practice Mate logs out in 2 minutes.' });
    expect(sent).toEqual([[BRIDGE_EVENT, { event: 'app:notification', payload: { title: 'Session ending', body: 'Practice Mate logs out in 2 minutes.' } }]]);
  });
});
