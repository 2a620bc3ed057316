import type { ScreenId } from '../../shared/content/ids';
import type { Locale } from '../../shared/i18n/locales';
import { appMenuTemplate, type AppMenuItem } from '../services/appMenu';

/** The part of Electron's Menu this uses (main passes the real one; a test, a stand-in). */
export interface MenuApi {
  buildFromTemplate(template: AppMenuItem[]): unknown;
  setApplicationMenu(menu: unknown): void;
}

/** A window's own zoom, for a window that is not a portal window (AllyDesk's main window). */
interface ZoomableWindow {
  webContents?: { getZoomLevel(): number; setZoomLevel(level: number): void };
}

export interface AppMenuInstall {
  platform: NodeJS.Platform;
  packaged: boolean;
  locale: () => Locale;
  /** Calls back when the language in force changes (the menu is built again in it); returns how to stop. */
  onLanguageChange: (listener: () => void) => () => void;
  /** The portal window's key for a window, or null when it is not one (see ElectronPortalMenuHost). */
  portalKeyOf: (window: unknown) => string | null;
  /** The typed channel the toolbar uses (`portals:zoom`, `portals:navigate`), with that window's id. */
  dispatch: (channel: 'portals:zoom' | 'portals:navigate', input: Record<string, string>) => Promise<unknown>;
  /** Brings AllyDesk's main window forward at that help screen. */
  showHelp: (screen: ScreenId) => void;
}

/**
 * Installs AllyDesk's application menu (electron/services/appMenu.ts) with Menu.setApplicationMenu,
 * and again in the new language whenever it changes. View and Go act on the focused portal window
 * through the toolbar's own channels; in AllyDesk's main window zoom changes that window's own zoom
 * (as Electron's default menu did) and Go does nothing.
 */
export function installAppMenu(menu: MenuApi, install: AppMenuInstall): () => void {
  const zoomOwn = (window: unknown, change: 'in' | 'out' | 'reset') => {
    const contents = (window as ZoomableWindow | undefined)?.webContents;
    if (!contents) return;
    contents.setZoomLevel(change === 'reset' ? 0 : contents.getZoomLevel() + (change === 'in' ? 0.5 : -0.5));
  };
  const build = () =>
    menu.setApplicationMenu(
      menu.buildFromTemplate(
        appMenuTemplate(
          { platform: install.platform, packaged: install.packaged, locale: install.locale() },
          {
            zoom: (window, change) => {
              const key = install.portalKeyOf(window);
              if (key) void install.dispatch('portals:zoom', { windowId: key, change });
              else zoomOwn(window, change);
            },
            navigate: (window, move) => {
              const key = install.portalKeyOf(window);
              if (key) void install.dispatch('portals:navigate', { windowId: key, move });
            },
            help: install.showHelp,
          },
        ),
      ),
    );
  build();
  return install.onLanguageChange(build);
}
