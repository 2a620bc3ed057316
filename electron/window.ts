import { BrowserWindow, protocol, session, type WebContents } from 'electron';
import { checkExternalLink } from '../shared/links';
import type { ExternalLinkAdapter } from './adapters/types';
import { rendererResponse } from './services/rendererFiles';

/**
 * The page is served from its own privileged scheme rather than file:// (Electron checklist #18):
 * a page on file:// may read any file the user can, and needs the file-protocol fuse left on.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'allydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure origin so 'self', fetch and ES modules work. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
}

/** Serves the built renderer folder on app://allydesk/ with the browser host's path checks. */
export function serveRenderer(rendererDir: string) {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request, APP_HOST));
}

/**
 * The one application window, hardened per Electron's security checklist: isolated, sandboxed,
 * no Node in the page, no navigation away, no new windows, no permissions, links only to the
 * allow-list and only through the system browser.
 */
export function createMainWindow(options: { preload: string; links: ExternalLinkAdapter }): BrowserWindow {
  // Electronegativity reads its eng-disable only on the line that opens the window: keep it there.
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: a middle-click goes through setWindowOpenHandler (guardContents), which denies every window.
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'AllyDesk',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK: sandboxed; exposes only invoke/on, and main checks the sender and parses every input.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  guardContents(win.webContents, options.links);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}

function guardContents(contents: WebContents, links: ExternalLinkAdapter) {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const check = checkExternalLink(url);
    if (check.ok) void links.open(check.url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, geolocation, notifications-from-page or anything else. */
export function denyAllPermissions() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
