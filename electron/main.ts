import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { app, BaseWindow, dialog, ipcMain, Menu, session, shell, WebContentsView } from 'electron';
import { join } from 'node:path';
import { version } from '../package.json';
import { installAppMenu } from './adapters/appMenu';
import { createElectronAdapters } from './adapters/electron';
import { bindIpc } from './adapters/ipcMain';
import { RecordingLinks, RecordingNotifications } from './adapters/recorders';
import { createElectronPortalWindows, type ElectronPortalMenuHost, type ElectronToolbarHost } from './adapters/portalWindowsElectron';
import { bindToolbarIpc } from './adapters/toolbarIpc';
import { electronUpdaterPort } from './adapters/updater';
import { installKind } from './services/update/installKind';
import type { ComposedApp } from './compose';
import type { IpcRegistry } from './ipc/registry';
import { AdjustableClock } from './services/clock';
import { DataFolderInUse, lockDataFolder, type DataFolderLock } from './services/dataFolderLock';
import { createConsoleLogger } from './services/logger';
import { ensurePrivateFolder } from './services/privateFolder';
import { startPlatformPolicy } from './services/policy/sources';
import { APP_ORIGIN, createMainWindow, denyAllPermissions, registerAppScheme, serveRenderer } from './window';

// A practice may keep data on another drive; tests point it at a temp folder.
if (process.env.ALLYDESK_DATA_DIR) app.setPath('userData', process.env.ALLYDESK_DATA_DIR);
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let composed: ComposedApp | null = null;
  let folderLock: DataFolderLock | null = null;
  const rendererDir = join(import.meta.dirname, '../renderer');

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions();
    serveRenderer(rendererDir);
    const logger = createConsoleLogger('main');
    const dataDir = app.getPath('userData');
    ensurePrivateFolder(dataDir);
    // The single-instance lock above covers a second desktop app; this one also covers a browser host.
    try {
      folderLock = await lockDataFolder(dataDir, {
        onCompromised: () => logger.error('The data folder lock was lost; another AllyDesk may now use this folder'),
      });
    } catch (error) {
      if (!(error instanceof DataFolderInUse)) throw error;
      process.stderr.write(`${error.message}\n`);
      dialog.showErrorBox('AllyDesk is already running', error.message);
      app.exit(1);
      return;
    }
    // IT's policy is read before any service starts, so nothing runs even a moment without it.
    const policy = await startPlatformPolicy(logger);
    const adapters = createElectronAdapters(dataDir);
    const clock = new AdjustableClock();
    // Under test the desktop runtime records instead of popping real notifications and browsers.
    const recorded =
      process.env.ALLYDESK_TEST_HOOKS === '1'
        ? { notifications: new RecordingNotifications(() => clock.now()), links: new RecordingLinks({ opened: true }) }
        : null;
    const chosen = recorded ? { ...adapters, ...recorded } : adapters;
    // Every system notification also shows as an in-app banner, as the browser host does.
    const effective = {
      ...chosen,
      notifications: { notify: (n: { title: string; body: string }) => (chosen.notifications.notify(n), composed?.registry.emit('app:notification', n)) },
    };
    // The window opens first: Electron starts its page's process while the services are composed
    // here (their code loads only now), and the page's requests wait for them.
    let servicesComposed!: (registry: IpcRegistry) => void;
    const registryReady = new Promise<IpcRegistry>((resolve) => (servicesComposed = resolve));
    bindIpc(registryReady, () => win, `${APP_ORIGIN}/`);
    // Each portal window's toolbar (AllyDesk's own page above the portal) has its own, narrower door.
    let toolbarHost: (ElectronToolbarHost & ElectronPortalMenuHost) | null = null;
    bindToolbarIpc(ipcMain, registryReady, () => toolbarHost, `${APP_ORIGIN}/toolbar.html`);
    win = createMainWindow({ preload: join(import.meta.dirname, '../preload/preload.cjs'), links: effective.links });
    win.on('closed', () => (win = null));
    const { composeApp } = await import('./compose');
    composed = composeApp({
      runtime: 'electron',
      version,
      dataDir,
      clock,
      adapters: effective,
      logger,
      policy,
      systemLanguages: () => app.getPreferredSystemLanguages(),
      // electron-updater loads on the first check, through Electron's net (the system proxy applies).
      updates: {
        installKind: installKind({
          platform: process.platform,
          isPackaged: app.isPackaged === true,
          exePath: process.execPath,
          productName: 'AllyDesk',
          env: process.env,
        }),
        updater: electronUpdaterPort({ platform: process.platform === 'win32' || process.platform === 'darwin' ? process.platform : 'linux', logger }),
      },
      portalWindows: (portalPolicy) =>
        (toolbarHost = createElectronPortalWindows(
          { BaseWindow, WebContentsView, session, ipcMain },
          {
            preload: join(import.meta.dirname, '../preload/portal.cjs'),
            toolbar: {
              preload: join(import.meta.dirname, '../preload/toolbar.cjs'),
              url: (key) => `${APP_ORIGIN}/toolbar.html#window=${encodeURIComponent(key)}`,
            },
            downloadsDir: (recorded && process.env.ALLYDESK_DOWNLOADS_DIR) || app.getPath('downloads'),
            policy: portalPolicy,
          },
        )),
      // Only http(s) addresses a portal window tried to open reach here, and only after the user chose "Open it in my browser".
      openUnlistedLink: async (url) => {
        if (!/^https?:\/\//i.test(url)) return { opened: false };
        if (recorded) return recorded.links.open(url);
        await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, the user confirmed this exact address in AllyDesk.
        return { opened: true };
      },
      testHooks: recorded ? { notifications: () => recorded.notifications.sent, openedLinks: () => recorded.links.opened } : undefined,
    });
    servicesComposed(composed.registry);
    // AllyDesk's own menu in place of Electron's default (no developer tools in an installed copy), in the language in force.
    const { registry, services } = composed;
    const menu = {
      buildFromTemplate: (template: unknown) => Menu.buildFromTemplate(template as MenuItemConstructorOptions[]),
      setApplicationMenu: (built: unknown) => Menu.setApplicationMenu(built as Menu),
    };
    installAppMenu(menu, {
      platform: process.platform,
      packaged: app.isPackaged === true,
      locale: services.language.locale,
      onLanguageChange: (listener) => services.language.onChange(listener),
      portalKeyOf: (window) => toolbarHost?.windowKeyOf(window) ?? null,
      dispatch: (channel, input) => registry.dispatch(channel, input),
      showHelp: (screen) => {
        if (win?.isMinimized()) win.restore();
        win?.show();
        win?.focus();
        registry.emit('app:showScreen', { screen });
      },
    });
  });

  app.on('window-all-closed', () => app.quit());
  // Quit waits once for the vault to lock and the queued audit records to be written, then frees the data folder.
  app.on('will-quit', (event) => {
    if (!composed && !folderLock) return;
    event.preventDefault();
    const closing = composed?.dispose() ?? Promise.resolve();
    const lock = folderLock;
    composed = null;
    folderLock = null;
    void closing.finally(() => lock?.release()).finally(() => app.quit());
  });
}
