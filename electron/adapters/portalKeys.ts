import type { ShortcutInput } from '../services/portals/keys';
import type { PortalWindowPolicy } from './types';

/** The part of Electron's `Input` (before-input-event) the keys need. */
export interface ElectronKeyInput {
  type: string;
  key: string;
  code: string;
  shift: boolean;
  control: boolean;
  alt: boolean;
  meta: boolean;
}
interface KeyedContents {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: ElectronKeyInput) => void): unknown;
}
interface CommandWindow {
  on(event: 'app-command', listener: (event: { preventDefault(): void }, command: string) => void): unknown;
}

/**
 * A portal window's keys in the desktop app (issue 21, item 3): the portal page's and the toolbar's
 * key presses, before the page sees them, and the mouse's back and forward buttons (Windows' and
 * Linux's `app-command`). The portals service decides (keys.ts) and runs the toolbar's own command;
 * only a key it takes is stopped, so every other key (and its menu accelerator) stays the page's.
 */
export function wirePortalKeys(
  parts: { win: CommandWindow; portal: KeyedContents; toolbar: KeyedContents },
  key: string,
  policy: Pick<PortalWindowPolicy, 'shortcut'>,
) {
  const decide = (input: ShortcutInput, source: 'portal' | 'toolbar') => policy.shortcut?.(key, input, source) ?? false;
  const keysOf = (source: 'portal' | 'toolbar') => (event: { preventDefault(): void }, input: ElectronKeyInput) => {
    if (input.type !== 'keyDown') return;
    const press = { key: input.key, code: input.code, control: input.control, meta: input.meta, alt: input.alt, shift: input.shift };
    if (decide({ kind: 'key', press }, source)) event.preventDefault();
  };
  parts.portal.on('before-input-event', keysOf('portal'));
  parts.toolbar.on('before-input-event', keysOf('toolbar'));
  parts.win.on('app-command', (event, command) => {
    if (decide({ kind: 'app-command', command }, 'portal')) event.preventDefault();
  });
}
