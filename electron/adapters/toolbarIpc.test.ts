import { describe, expect, it } from 'vitest';
import { TOOLBAR_IPC } from '../../shared/ipc/toolbarChannels';
import { IpcRegistry } from '../ipc/registry';
import type { ElectronToolbarHost } from './portalWindowsElectron';
import { bindToolbarIpc, type ToolbarIpcMain } from './toolbarIpc';

/**
 * The toolbars' door to main: only a toolbar webContents of ours, from its top frame on the toolbar
 * page, only the toolbar's channels, and always about its own window — against the real registry.
 */
const silent = { info() {}, warn() {}, error() {} };
const ANN = 'ann00001:practice-mate';
const BOB = 'bob00002:practice-mate';

function setUp() {
  const registry = new IpcRegistry(silent);
  const asked: { channel: string; windowId: string }[] = [];
  registry.handle('portals:navigate', ({ windowId, move }) => (asked.push({ channel: `navigate:${move}`, windowId }), { moved: true }));
  registry.handle('portals:list', () => {
    throw new Error('a toolbar must never reach this');
  });
  let handler: ((event: never, ...args: unknown[]) => unknown) | null = null;
  const ipcMain: ToolbarIpcMain = { handle: (_channel, listener) => void (handler = listener as never), removeHandler: () => undefined };
  const sent: { key: string | '*'; message: unknown }[] = [];
  const host: ElectronToolbarHost = {
    toolbarOwner: (id) => ({ 1: ANN, 2: BOB })[id] ?? null,
    sendToolbar: (key, message) => void sent.push({ key, message }),
    sendAllToolbars: (message) => void sent.push({ key: '*', message }),
  };
  const dispose = bindToolbarIpc(ipcMain, registry, () => host, 'app://allydesk/toolbar.html');
  const frame = (url: string) => ({ url });
  const call = (senderId: number, channel: string, input: unknown, url = 'app://allydesk/toolbar.html#window=x') => {
    const mainFrame = frame(url);
    return handler!({ sender: { id: senderId, mainFrame }, senderFrame: mainFrame } as never, channel, input);
  };
  return { registry, asked, sent, call, handler: () => handler, dispose };
}

describe('toolbar IPC', () => {
  it('answers a toolbar about its own window only, whatever window id its page sends', async () => {
    const { asked, call } = setUp();
    await expect(call(1, 'portals:navigate', { windowId: BOB, move: 'back' })).resolves.toEqual({ ok: true, data: { moved: true } });
    expect(asked).toEqual([{ channel: 'navigate:back', windowId: ANN }]);
  });

  it('refuses a sender that is not a toolbar of ours, a page other than the toolbar page, a subframe, and channels outside the toolbar’s', async () => {
    const { asked, call, handler } = setUp();
    for (const reply of [
      await call(9, 'portals:navigate', { windowId: ANN, move: 'back' }),
      await call(1, 'portals:navigate', { windowId: ANN, move: 'back' }, 'https://evil.test/toolbar.html'),
      await call(1, 'portals:list', undefined),
      await call(1, 'vault:status', undefined),
      await handler()!(
        { sender: { id: 1, mainFrame: { url: 'app://allydesk/toolbar.html' } }, senderFrame: { url: 'app://allydesk/toolbar.html' } } as never,
        'portals:navigate',
        {
          windowId: ANN,
          move: 'back',
        },
      ),
    ]) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(asked).toEqual([]);
  });

  it("sends each window's toolbar state to that toolbar alone, and no other event", async () => {
    const { registry, sent } = setUp();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the binding subscribes once the registry is there
    registry.emit('portals:toolbar', {
      id: ANN,
      portalId: 'practice-mate',
      host: 'pm.officeally.com',
      allowedHost: true,
      zoomPercent: 100,
      profileName: 'Ann',
      private: false,
      phase: 'signed-in',
      awaitingCode: false,
      shareableUrl: 'https://pm.officeally.com/claims',
      secure: true,
      loading: false,
      heldBackHost: null,
      timer: null,
      now: 0,
      find: null,
    });
    registry.emit('app:notification', { title: 'x', body: 'y' });
    expect(sent.map((s) => [s.key, (s.message as { event: string }).event])).toEqual([[ANN, 'portals:toolbar']]);
    expect(TOOLBAR_IPC.invoke).toBe('allydesk-toolbar:invoke');
  });
});
