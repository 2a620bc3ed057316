import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/i18n/locales';
import type { AppMenuItem } from '../services/appMenu';
import { installAppMenu, type AppMenuInstall } from './appMenu';

/** Electron's Menu, stood in: what was built, and what the application menu is now. */
function standInMenu() {
  const state = { current: null as AppMenuItem[] | null, built: 0 };
  return {
    state,
    api: {
      buildFromTemplate: (template: AppMenuItem[]) => (state.built++, template),
      setApplicationMenu: (menu: unknown) => void (state.current = menu as AppMenuItem[]),
    },
  };
}
const item = (template: AppMenuItem[], menu: string, label: string) => template.find((m) => m.label === menu)!.submenu!.find((i) => i.label === label)!;

function install(overrides: Partial<AppMenuInstall> = {}) {
  const { api, state } = standInMenu();
  const dispatched: [string, Record<string, string>][] = [];
  const helped: string[] = [];
  let locale: Locale = 'en-US';
  let changed = () => undefined as void;
  const portalWindow = { kind: 'portal' };
  const stop = installAppMenu(api, {
    platform: 'linux',
    packaged: true,
    locale: () => locale,
    onLanguageChange: (listener) => ((changed = listener), () => (changed = () => undefined)),
    portalKeyOf: (win) => (win === portalWindow ? 'ann00001:practice-mate' : null),
    dispatch: async (channel, input) => void dispatched.push([channel, input]),
    showHelp: (screen) => void helped.push(screen),
    ...overrides,
  });
  return { state, dispatched, helped, portalWindow, stop, setLocale: (next: Locale) => ((locale = next), changed()) };
}

describe('installing AllyDesk’s application menu', () => {
  it('replaces Electron’s default menu at once, and again in Spanish when the language changes', () => {
    const { state, setLocale, stop } = install();
    expect(state.current!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    setLocale('es-US');
    expect(state.current!.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ir', 'Ventana', 'Ayuda']);
    stop();
    setLocale('en-US');
    expect(state.built).toBe(2);
  });

  it('View and Go in a portal window run the toolbar’s channels for it; in the main window zoom is the window’s own, Go does nothing', () => {
    const { state, dispatched, portalWindow } = install();
    const menu = state.current!;
    item(menu, 'View', 'Zoom In').click!({}, portalWindow);
    item(menu, 'Go', 'Back').click!({}, portalWindow);
    item(menu, 'Go', 'Reload Page').click!({}, portalWindow);
    expect(dispatched).toEqual([
      ['portals:zoom', { windowId: 'ann00001:practice-mate', change: 'in' }],
      ['portals:navigate', { windowId: 'ann00001:practice-mate', move: 'back' }],
      ['portals:navigate', { windowId: 'ann00001:practice-mate', move: 'reload' }],
    ]);

    let level = 0;
    const mainWindow = { webContents: { getZoomLevel: () => level, setZoomLevel: (next: number) => void (level = next) } };
    item(menu, 'View', 'Zoom In').click!({}, mainWindow);
    item(menu, 'View', 'Zoom In').click!({}, mainWindow);
    expect(level).toBe(1);
    item(menu, 'View', 'Zoom Out').click!({}, mainWindow);
    expect(level).toBe(0.5);
    item(menu, 'View', 'Actual Size (100 %)').click!({}, mainWindow);
    expect(level).toBe(0);
    item(menu, 'Go', 'Back').click!({}, mainWindow);
    item(menu, 'View', 'Zoom In').click!({}, undefined);
    expect(dispatched).toHaveLength(3);
  });

  it('Help opens the help screen; a packaged build has no developer tools', () => {
    const { state, helped } = install();
    item(state.current!, 'Help', 'Fix a login problem').click!({}, undefined);
    expect(helped).toEqual(['troubleshoot']);
    expect(JSON.stringify(state.current)).not.toMatch(/toggleDevTools|forceReload/);
    const dev = install({ packaged: false });
    expect(JSON.stringify(dev.state.current)).toMatch(/toggleDevTools/);
  });
});
