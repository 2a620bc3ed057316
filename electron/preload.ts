import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_EVENT, BRIDGE_INVOKE, type AllyDeskBridge } from '../shared/bridge';

/** The page's only way to main: one invoke and one event subscription, no Electron objects. */
const api = {
  invoke: (channel, input) => ipcRenderer.invoke(BRIDGE_INVOKE, channel, input),
  on: (event, listener) => {
    const wrapped = (_e: unknown, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload as never);
    };
    ipcRenderer.on(BRIDGE_EVENT, wrapped);
    return () => ipcRenderer.off(BRIDGE_EVENT, wrapped);
  },
} satisfies AllyDeskBridge;

contextBridge.exposeInMainWorld('allydesk', api);
