import { ipcRenderer } from 'electron';
import { detectPage, fillLoginForm, startPageAgent, type FillRequest } from '../services/portals/pageScript';
import { AUTOPAY_PHRASES } from '../services/portals/phrases';
import { PORTAL_BAR_STYLE, PORTAL_IPC } from './portalChannels';

/**
 * The portal windows' preload: sandboxed, in its own isolated world, and it exposes nothing to the
 * page (no contextBridge). It tells main what the page is, fills the login when main asks this
 * window (checking the page's origin again), and shows the inactivity warning bar.
 */

startPageAgent((message) => ipcRenderer.send(PORTAL_IPC.report, message), detectPage, AUTOPAY_PHRASES);

ipcRenderer.on(PORTAL_IPC.fill, (_event, id: string, request: FillRequest) => {
  ipcRenderer.send(PORTAL_IPC.filled, id, fillLoginForm(request));
});

ipcRenderer.on(PORTAL_IPC.bar, (_event, message: string | null) => {
  const show = () => {
    document.getElementById('allydesk-session-bar')?.remove();
    if (!message) return;
    const bar = document.createElement('div');
    bar.id = 'allydesk-session-bar';
    bar.setAttribute('role', 'alert');
    bar.textContent = message;
    bar.style.cssText = PORTAL_BAR_STYLE;
    document.documentElement.appendChild(bar);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
  else show();
});
