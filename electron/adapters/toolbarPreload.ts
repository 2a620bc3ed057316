import { contextBridge, ipcRenderer } from 'electron';
import type { AllyDeskBridge } from '../../shared/bridge';
import { TOOLBAR_CHANNELS, TOOLBAR_EVENTS, TOOLBAR_IPC } from '../../shared/ipc/toolbarChannels';

/**
 * A portal window's toolbar page: only the toolbar's channels and events (main checks the sender
 * again and answers only about this toolbar's own window), and its height for the window's layout.
 */
const channels = new Set<string>(TOOLBAR_CHANNELS);
const events = new Set<string>(TOOLBAR_EVENTS);
const refused = { ok: false, error: { code: 'forbidden', message: 'The toolbar cannot ask for this.' } } as const;

const api = {
  invoke: (channel, input) => (channels.has(channel) ? ipcRenderer.invoke(TOOLBAR_IPC.invoke, channel, input) : Promise.resolve(refused)),
  on: (event, listener) => {
    if (!events.has(event)) return () => undefined;
    const wrapped = (_e: unknown, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload as never);
    };
    ipcRenderer.on(TOOLBAR_IPC.event, wrapped);
    return () => ipcRenderer.off(TOOLBAR_IPC.event, wrapped);
  },
} satisfies AllyDeskBridge;

contextBridge.exposeInMainWorld('allydesk', api);
contextBridge.exposeInMainWorld('allydeskToolbar', {
  /** CSS pixels, or 'full' while the toolbar's own dialog is open. */
  layout: (height: number | 'full') => ipcRenderer.send(TOOLBAR_IPC.layout, height === 'full' ? 'full' : Number(height)),
});
