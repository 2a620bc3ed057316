import type { IpcMainInvokeEvent } from 'electron';
import { TOOLBAR_CHANNELS, TOOLBAR_EVENTS, TOOLBAR_IPC } from '../../shared/ipc/toolbarChannels';
import { awaitedRegistry } from '../ipc/awaitedRegistry';
import type { IpcRegistry } from '../ipc/registry';
import type { ElectronToolbarHost } from './portalWindowsElectron';

export interface ToolbarIpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'Only a portal window’s own AllyDesk toolbar may ask for this.' } } as const;

/**
 * The portal windows' toolbars to the same IPC handlers as the main window (the registry), with
 * their own checks: the sender must be a toolbar webContents of ours showing the toolbar page
 * (`toolbarUrl`), the channel one of TOOLBAR_CHANNELS, and the request is made about the sender's
 * own window — whatever window id the page put in it. Events reach a toolbar only for its window.
 */
export function bindToolbarIpc(
  ipcMain: ToolbarIpcMain,
  registry: IpcRegistry | Promise<IpcRegistry>,
  host: () => ElectronToolbarHost | null,
  toolbarUrl: string,
) {
  const answers = awaitedRegistry(registry);
  const allowed = new Set<string>(TOOLBAR_CHANNELS);
  ipcMain.handle(TOOLBAR_IPC.invoke, async (event, channel: unknown, input: unknown) => {
    const owner = host()?.toolbarOwner(event.sender.id) ?? null;
    if (!owner || event.senderFrame !== event.sender.mainFrame || !event.senderFrame?.url.startsWith(toolbarUrl)) return FORBIDDEN;
    if (typeof channel !== 'string' || !allowed.has(channel)) return FORBIDDEN;
    const own = channel.startsWith('portals:') && input && typeof input === 'object' ? { ...input, windowId: owner } : input;
    return answers.dispatch(channel, own);
  });
  const events = new Set<string>(TOOLBAR_EVENTS);
  const offEvents = answers.onEvent((name, payload) => {
    if (!events.has(name)) return;
    const toolbars = host();
    if (name === 'portals:toolbar') toolbars?.sendToolbar((payload as { id: string }).id, { event: name, payload });
    else toolbars?.sendAllToolbars({ event: name, payload });
  });
  return () => {
    ipcMain.removeHandler(TOOLBAR_IPC.invoke);
    offEvents();
  };
}
