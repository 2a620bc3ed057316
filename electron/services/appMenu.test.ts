import { describe, expect, it } from 'vitest';
import { APP_MENU_TEXTS } from '../../shared/i18n/appMenu';
import { appMenuTemplate, type AppMenuActions, type AppMenuItem, type AppMenuOptions } from './appMenu';

const calls: string[] = [];
const actions: AppMenuActions = {
  zoom: (win, change) => void calls.push(`zoom:${String(win)}:${change}`),
  navigate: (win, move) => void calls.push(`navigate:${String(win)}:${move}`),
  help: (screen) => void calls.push(`help:${screen}`),
};
const build = (options: Partial<AppMenuOptions> = {}) => appMenuTemplate({ platform: 'win32', packaged: true, locale: 'en-US', ...options }, actions);
/** Every item, depth first. */
const all = (items: AppMenuItem[]): AppMenuItem[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
const menu = (items: AppMenuItem[], label: string) => items.find((item) => item.label === label)!;
const labels = (item: AppMenuItem) => (item.submenu ?? []).map((entry) => (entry.type === 'separator' ? '—' : entry.label));

describe('AllyDesk’s application menu', () => {
  it('Windows and Linux: File, Edit, View, Go, Window, Help; no developer tools or force reload in a packaged build', () => {
    const template = build();
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    const roles = all(template).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('reload');
    expect(labels(menu(template, 'Edit'))).toEqual(['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Delete', '—', 'Select All']);
    expect(
      menu(template, 'Edit')
        .submenu!.filter((item) => item.role)
        .map((item) => item.role),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(labels(menu(template, 'View'))).toEqual(['Zoom In', 'Zoom Out', 'Actual Size (100 %)', '—', 'Full Screen']);
    expect(menu(template, 'Go').submenu!.map((item) => [item.label, item.accelerator])).toEqual([
      ['Back', 'Alt+Left'],
      ['Forward', 'Alt+Right'],
      ['Reload Page', 'CommandOrControl+R'],
    ]);
    expect(menu(template, 'File').submenu!.map((item) => item.role)).toEqual(['quit']);
  });

  it('a development build adds developer tools and force reload under View', () => {
    const view = menu(build({ packaged: false }), 'View');
    expect(view.submenu!.slice(-2).map((item) => item.role)).toEqual(['toggleDevTools', 'forceReload']);
  });

  it('macOS: the app menu first (About, Services, Hide, Quit), Cmd+[ and Cmd+] for Back and Forward, Paste and Match Style, Bring All to Front', () => {
    const template = build({ platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual(['AllyDesk', 'Edit', 'View', 'Go', 'Window', 'Help']);
    expect(template[0]!.submenu!.filter((item) => item.role).map((item) => item.role)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(menu(template, 'Go').submenu!.map((item) => item.accelerator)).toEqual(['Command+[', 'Command+]', 'CommandOrControl+R']);
    expect(labels(menu(template, 'Edit'))).toContain('Paste and Match Style');
    expect(menu(template, 'Window').submenu!.map((item) => item.role)).toEqual(['minimize', 'zoom', 'close', undefined, 'front']);
  });

  it('View and Go act on the window that had focus; Help opens AllyDesk’s help screens', () => {
    calls.length = 0;
    const template = build();
    for (const item of [...menu(template, 'View').submenu!, ...menu(template, 'Go').submenu!]) item.click?.({}, 'portal-window');
    for (const item of menu(template, 'Help').submenu!) item.click?.({}, undefined);
    expect(calls).toEqual([
      'zoom:portal-window:in',
      'zoom:portal-window:out',
      'zoom:portal-window:reset',
      'navigate:portal-window:back',
      'navigate:portal-window:forward',
      'navigate:portal-window:reload',
      'help:login',
      'help:password',
      'help:troubleshoot',
      'help:security',
      'help:support',
    ]);
    expect(labels(menu(template, 'Help'))).toEqual(['Logging in', 'Forgot password', 'Fix a login problem', 'Security & tools', 'Contact support']);
  });

  it('in Spanish every label is Spanish, and every language has every label', () => {
    const template = build({ locale: 'es-US' });
    expect(template.map((item) => item.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ir', 'Ventana', 'Ayuda']);
    expect(labels(menu(template, 'Ir'))).toEqual(['Atrás', 'Adelante', 'Volver a cargar la página']);
    expect(labels(menu(template, 'Ayuda'))).toContain('Iniciar sesión');
    const english = new Set(Object.values(APP_MENU_TEXTS['en-US']));
    // Only a word the two languages share (Zoom) may read the same.
    const same = all(template).filter((item) => item.label && english.has(item.label) && item.label !== 'Zoom');
    expect(same.map((item) => item.label)).toEqual([]);
    expect(Object.keys(APP_MENU_TEXTS['es-US']).sort()).toEqual(Object.keys(APP_MENU_TEXTS['en-US']).sort());
  });
});
