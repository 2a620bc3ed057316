import { appMenuText, type AppMenuKey } from '../../shared/i18n/appMenu';
import type { Locale } from '../../shared/i18n/locales';
import type { ScreenId } from '../../shared/content/ids';

/** One item as Electron's Menu.buildFromTemplate takes it (the subset AllyDesk uses; services never import Electron). */
export interface AppMenuItem {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  /** Electron passes the focused window (a BaseWindow, or undefined); the actions take it as it is. */
  click?: (item: unknown, focusedWindow: unknown) => void;
  submenu?: AppMenuItem[];
}

/** What the menu's own items do; each takes the window that had focus when it was chosen. */
export interface AppMenuActions {
  zoom(window: unknown, change: 'in' | 'out' | 'reset'): void;
  navigate(window: unknown, move: 'back' | 'forward' | 'reload'): void;
  /** Brings AllyDesk's main window forward at that help screen. */
  help(screen: ScreenId): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** A packaged (installed) build: no developer tools, no force reload. */
  packaged: boolean;
  locale: Locale;
}

/** The help screens the Help menu opens, in the navigation's order. */
const HELP_SCREENS: [ScreenId, AppMenuKey][] = [
  ['login', 'helpLogin'],
  ['password', 'helpPassword'],
  ['troubleshoot', 'helpTroubleshoot'],
  ['security', 'helpSecurity'],
  ['support', 'helpSupport'],
];

/**
 * AllyDesk's own application menu in place of Electron's default (issue 21, item 3): Edit with the
 * standard roles (so copy and paste work in every window), View with zoom and Go with back,
 * forward and reload for the focused portal window (the same commands as its toolbar and keys),
 * Window, Help opening AllyDesk's help screens, and on macOS the app menu. A packaged build offers
 * no developer tools and no force reload. Labels in the language in force.
 */
export function appMenuTemplate(options: AppMenuOptions, actions: AppMenuActions): AppMenuItem[] {
  const t = (key: AppMenuKey) => appMenuText(options.locale, key);
  const mac = options.platform === 'darwin';
  const separator: AppMenuItem = { type: 'separator' };
  const role = (name: string, key: AppMenuKey, accelerator?: string): AppMenuItem => ({ role: name, label: t(key), ...(accelerator && { accelerator }) });

  const appMenu: AppMenuItem = {
    label: 'AllyDesk',
    submenu: [
      role('about', 'about'),
      separator,
      { role: 'services', label: t('services'), submenu: [] },
      separator,
      role('hide', 'hide'),
      role('hideOthers', 'hideOthers'),
      role('unhide', 'showAll'),
      separator,
      role('quit', 'quitMac'),
    ],
  };
  const file: AppMenuItem = { label: t('file'), submenu: [role('quit', 'quit')] };
  const edit: AppMenuItem = {
    label: t('edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      separator,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      ...(mac ? [role('pasteAndMatchStyle', 'pasteAndMatchStyle')] : []),
      role('delete', 'delete'),
      separator,
      role('selectAll', 'selectAll'),
    ],
  };
  const developer: AppMenuItem[] = options.packaged ? [] : [separator, role('toggleDevTools', 'devTools'), role('forceReload', 'forceReload')];
  const view: AppMenuItem = {
    label: t('view'),
    submenu: [
      { label: t('zoomIn'), accelerator: 'CommandOrControl+=', click: (_item, win) => actions.zoom(win, 'in') },
      { label: t('zoomOut'), accelerator: 'CommandOrControl+-', click: (_item, win) => actions.zoom(win, 'out') },
      { label: t('actualSize'), accelerator: 'CommandOrControl+0', click: (_item, win) => actions.zoom(win, 'reset') },
      separator,
      role('togglefullscreen', 'fullScreen'),
      ...developer,
    ],
  };
  const go: AppMenuItem = {
    label: t('go'),
    submenu: [
      { label: t('back'), accelerator: mac ? 'Command+[' : 'Alt+Left', click: (_item, win) => actions.navigate(win, 'back') },
      { label: t('forward'), accelerator: mac ? 'Command+]' : 'Alt+Right', click: (_item, win) => actions.navigate(win, 'forward') },
      { label: t('reload'), accelerator: 'CommandOrControl+R', click: (_item, win) => actions.navigate(win, 'reload') },
    ],
  };
  const windowMenu: AppMenuItem = {
    label: t('window'),
    role: 'window',
    submenu: mac
      ? [role('minimize', 'minimize'), role('zoom', 'zoomWindow'), role('close', 'close'), separator, role('front', 'front')]
      : [role('minimize', 'minimize'), role('close', 'close')],
  };
  const help: AppMenuItem = {
    label: t('help'),
    role: 'help',
    submenu: HELP_SCREENS.map(([screen, key]) => ({ label: t(key), click: () => actions.help(screen) })),
  };
  return [...(mac ? [appMenu] : [file]), edit, view, go, windowMenu, help];
}
