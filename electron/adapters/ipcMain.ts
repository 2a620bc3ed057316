import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../../shared/bridge';
import { awaitedRegistry } from '../ipc/awaitedRegistry';
import type { IpcRegistry } from '../ipc/registry';

/**
 * Binds the registry to ipcMain. Only the app's own window, showing the app's own page, may
 * call; everything is then checked by the registry against the contract. The registry may still
 * be coming (main.ts opens the window while the services are composed): requests wait for it.
 */
export function bindIpc(registry: IpcRegistry | Promise<IpcRegistry>, getWindow: () => BrowserWindow | null, indexUrl: string) {
  const answers = awaitedRegistry(registry);
  const fromOwnWindow = (event: IpcMainInvokeEvent) => {
    const win = getWindow();
    return Boolean(win && event.sender === win.webContents && event.senderFrame?.url.startsWith(indexUrl));
  };
  ipcMain.handle(BRIDGE_INVOKE, async (event, channel: unknown, input: unknown) => {
    if (!fromOwnWindow(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the AllyDesk window may ask for this.' } };
    }
    return answers.dispatch(typeof channel === 'string' ? channel : '', input);
  });
  const offEvents = answers.onEvent((name, payload) => {
    getWindow()?.webContents.send(BRIDGE_EVENT, { event: name, payload });
  });
  return () => {
    ipcMain.removeHandler(BRIDGE_INVOKE);
    offEvents();
  };
}
