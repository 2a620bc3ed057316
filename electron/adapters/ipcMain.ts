import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../../shared/bridge';
import type { IpcRegistry } from '../ipc/registry';

/**
 * Binds the registry to ipcMain. Only the app's own window, showing the app's own page, may
 * call; everything is then checked by the registry against the contract.
 */
export function bindIpc(registry: IpcRegistry, getWindow: () => BrowserWindow | null, indexUrl: string) {
  const fromOwnWindow = (event: IpcMainInvokeEvent) => {
    const win = getWindow();
    return Boolean(win && event.sender === win.webContents && event.senderFrame?.url.startsWith(indexUrl));
  };
  ipcMain.handle(BRIDGE_INVOKE, async (event, channel: unknown, input: unknown) => {
    if (!fromOwnWindow(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the AllyDesk window may ask for this.' } };
    }
    return registry.dispatch(typeof channel === 'string' ? channel : '', input);
  });
  const offEvents = registry.onEvent((name, payload) => {
    getWindow()?.webContents.send(BRIDGE_EVENT, { event: name, payload });
  });
  return () => {
    ipcMain.removeHandler(BRIDGE_INVOKE);
    offEvents();
  };
}
