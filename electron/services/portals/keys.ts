/**
 * A portal window's keys and mouse buttons (issue 21, item 3): which typed command each one runs.
 * Pure, so both runtimes share it: Electron asks it in `before-input-event` (and stops only the keys
 * it answers), browser mode's page agent forwards the key and main asks it. Every answer is one of
 * the commands the toolbar's buttons run (commands.ts): one logic, whatever started it.
 */

/** A key as the runtime saw it: Electron's `Input`, or a trusted DOM `keydown` in browser mode. */
export interface KeyPress {
  /** The key's value (`KeyboardEvent.key`): "f", "F5", "ArrowLeft", "=", "+". */
  key: string;
  /** The physical key (`KeyboardEvent.code`): "KeyF", "Equal", "NumpadAdd"; empty when unknown. */
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** What the user did in the window: a key, a mouse side button, or the OS's browser command (Windows' `app-command`). */
export type ShortcutInput = { kind: 'key'; press: KeyPress } | { kind: 'mouse'; button: 'back' | 'forward' } | { kind: 'app-command'; command: string };

/** The toolbar's commands, as a key or button asks for them. */
export type PortalCommand =
  | { type: 'navigate'; move: 'back' | 'forward' | 'reload' }
  | { type: 'zoom'; change: 'in' | 'out' | 'reset' }
  | { type: 'find-open' }
  | { type: 'find-step'; backwards: boolean }
  | { type: 'find-close' }
  | { type: 'print' };

export interface KeyContext {
  /** macOS: Cmd in place of Ctrl, Cmd+[ and Cmd+] for back and forward. */
  mac: boolean;
  /** Find is open in this window (Enter and Esc then belong to it). */
  findOpen: boolean;
  /**
   * Where the key was pressed: the portal's page, or AllyDesk's toolbar above it. In the toolbar,
   * Enter and Esc stay with its own controls (its find field runs the same commands itself).
   */
  source: 'portal' | 'toolbar';
}

/**
 * The command for one key press, or null when the key is the page's own. Self-contained (browser
 * mode serialises it into the page agent with String()), so it names nothing outside itself.
 */
export function commandForKey(press: KeyPress, context: KeyContext): PortalCommand | null {
  const primary = context.mac ? press.meta && !press.control : press.control && !press.meta;
  // Ctrl+Alt is AltGr on Windows (it types characters): never a shortcut.
  const onlyPrimary = primary && !press.alt;
  const bare = !press.control && !press.meta && !press.alt;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const code = press.code;

  if (onlyPrimary && !press.shift && (key === 'f' || code === 'KeyF')) return { type: 'find-open' };
  if (onlyPrimary && !press.shift && (key === 'p' || code === 'KeyP')) return { type: 'print' };
  if (onlyPrimary && (key === 'r' || code === 'KeyR')) return { type: 'navigate', move: 'reload' };
  if (key === 'F5' && !press.alt && !press.meta) return { type: 'navigate', move: 'reload' };
  if (key === 'BrowserRefresh') return { type: 'navigate', move: 'reload' };

  // Zoom: Ctrl and "=" or "+" (with or without Shift, main row or keypad), "-", "0".
  if (onlyPrimary && (key === '=' || key === '+' || code === 'Equal' || code === 'NumpadAdd')) return { type: 'zoom', change: 'in' };
  if (onlyPrimary && (key === '-' || key === '_' || key === '−' || code === 'Minus' || code === 'NumpadSubtract')) return { type: 'zoom', change: 'out' };
  if (onlyPrimary && !press.shift && (key === '0' || code === 'Digit0' || code === 'Numpad0')) return { type: 'zoom', change: 'reset' };

  // Back and forward: Alt+← / → (Windows, Linux); Cmd+[ / ] on macOS, where Alt and Cmd with an arrow
  // move the caret in a text field; the keyboard's own browser keys.
  const arrowMove = key === 'ArrowLeft' ? 'back' : key === 'ArrowRight' ? 'forward' : null;
  if (arrowMove && !context.mac && press.alt && !press.control && !press.meta && !press.shift) return { type: 'navigate', move: arrowMove };
  if (context.mac && onlyPrimary && !press.shift && (key === '[' || code === 'BracketLeft')) return { type: 'navigate', move: 'back' };
  if (context.mac && onlyPrimary && !press.shift && (key === ']' || code === 'BracketRight')) return { type: 'navigate', move: 'forward' };
  if (key === 'BrowserBack') return { type: 'navigate', move: 'back' };
  if (key === 'BrowserForward') return { type: 'navigate', move: 'forward' };

  // While find is open, in the page: Enter and Shift+Enter move between matches, Esc closes it.
  if (context.findOpen && context.source === 'portal' && bare) {
    if (key === 'Enter') return { type: 'find-step', backwards: press.shift };
    if (key === 'Escape' && !press.shift) return { type: 'find-close' };
  }
  return null;
}

/** The command for a key, a mouse side button, or Windows' browser command; null when it is not one of the window's. */
export function commandForInput(input: ShortcutInput, context: KeyContext): PortalCommand | null {
  if (input.kind === 'key') return commandForKey(input.press, context);
  if (input.kind === 'mouse') return { type: 'navigate', move: input.button };
  if (input.command === 'browser-backward') return { type: 'navigate', move: 'back' };
  if (input.command === 'browser-forward') return { type: 'navigate', move: 'forward' };
  if (input.command === 'browser-refresh') return { type: 'navigate', move: 'reload' };
  return null;
}

/** A key description from an untrusted channel (browser mode's page agent), checked field by field; null when malformed. */
export function parseShortcutInput(value: unknown): ShortcutInput | null {
  if (!value || typeof value !== 'object') return null;
  const input = value as Record<string, unknown>;
  if (input.kind === 'mouse') return input.button === 'back' || input.button === 'forward' ? { kind: 'mouse', button: input.button } : null;
  if (input.kind !== 'key' || !input.press || typeof input.press !== 'object') return null;
  const press = input.press as Record<string, unknown>;
  const text = (field: unknown) => typeof field === 'string' && field.length <= 32;
  const flag = (field: unknown) => typeof field === 'boolean';
  if (!text(press.key) || !text(press.code) || ![press.control, press.meta, press.alt, press.shift].every(flag)) return null;
  return {
    kind: 'key',
    press: {
      key: press.key as string,
      code: press.code as string,
      control: press.control as boolean,
      meta: press.meta as boolean,
      alt: press.alt as boolean,
      shift: press.shift as boolean,
    },
  };
}
