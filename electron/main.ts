import type { BrowserWindow } from 'electron';
import { app, BrowserWindow as ElectronBrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../package.json';
import { createElectronAdapters } from './adapters/electron';
import { createElectronPortalWindows } from './adapters/portalWindowsElectron';
import { composeApp, type ComposedApp } from './compose';
import { bindIpc } from './ipc';
import { AdjustableClock } from './services/clock';
import { createConsoleLogger } from './services/logger';
import { createMainWindow, denyAllPermissions } from './window';

// A practice may keep data on another drive; tests point it at a temp folder.
if (process.env.ALLYDESK_DATA_DIR) app.setPath('userData', process.env.ALLYDESK_DATA_DIR);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let composed: ComposedApp | null = null;
  const indexHtml = join(import.meta.dirname, '../renderer/index.html');

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  void app.whenReady().then(() => {
    denyAllPermissions();
    const dataDir = app.getPath('userData');
    const adapters = createElectronAdapters(dataDir);
    const testHooks = process.env.ALLYDESK_TEST_HOOKS === '1';
    const sentNotifications: { title: string; body: string; at: number }[] = [];
    const openedLinks: string[] = [];
    const clock = new AdjustableClock();
    const chosen = testHooks
        ? {
            ...adapters,
            // Under test the desktop runtime records instead of popping real notifications and browsers.
            notifications: { notify: (n: { title: string; body: string }) => void sentNotifications.push({ ...n, at: clock.now() }) },
            links: { open: async (url: string) => (openedLinks.push(url), { opened: true }) },
          }
        : adapters;
    // Every system notification also shows as an in-app banner, as the browser host does.
    const effective = {
      ...chosen,
      notifications: { notify: (n: { title: string; body: string }) => (chosen.notifications.notify(n), composed?.registry.emit('app:notification', n)) },
    };
    composed = composeApp({
      runtime: 'electron',
      version,
      dataDir,
      clock,
      adapters: effective,
      logger: createConsoleLogger('main'),
      portalWindows: (policy) =>
        createElectronPortalWindows(
          { BrowserWindow: ElectronBrowserWindow, session, ipcMain },
          { preload: join(import.meta.dirname, '../preload/portal.cjs'), downloadsDir: (testHooks && process.env.ALLYDESK_DOWNLOADS_DIR) || app.getPath('downloads'), policy },
        ),
      // Only http(s) addresses a portal window tried to open reach here, and only after the user chose "Open it in my browser".
      openUnlistedLink: async (url) => {
        if (!/^https?:\/\//i.test(url)) return { opened: false };
        if (testHooks) return (openedLinks.push(url), { opened: true });
        await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, the user confirmed this exact address in AllyDesk.
        return { opened: true };
      },
      testHooks: testHooks ? { notifications: () => sentNotifications, openedLinks: () => openedLinks } : undefined,
    });
    bindIpc(composed.registry, () => win, pathToFileURL(indexHtml).toString());
    win = createMainWindow({ preload: join(import.meta.dirname, '../preload/preload.cjs'), indexHtml, links: effective.links });
    win.on('closed', () => (win = null));
  });

  app.on('window-all-closed', () => app.quit());
  // Quit waits once for the vault to lock and the queued audit records to be written.
  app.on('will-quit', (event) => {
    if (!composed) return;
    event.preventDefault();
    const closing = composed.dispose();
    composed = null;
    void closing.finally(() => app.quit());
  });
}
