import { describe, expect, it } from 'vitest';
import { commandForInput, commandForKey, parseShortcutInput, type KeyContext, type KeyPress } from './keys';

const PC: KeyContext = { mac: false, findOpen: false, source: 'portal' };
const MAC: KeyContext = { mac: true, findOpen: false, source: 'portal' };
const FINDING: KeyContext = { ...PC, findOpen: true };

/** A key press the way Electron's Input or a DOM keydown reports it ("Control+F", "Shift+Enter", "Meta+["). */
function press(description: string, code = ''): KeyPress {
  const parts = description.split('+');
  // "Control++" is Ctrl and the plus key.
  const key = description.endsWith('++') ? '+' : parts.at(-1)!;
  const mods = new Set(description.endsWith('++') ? parts.slice(0, -2) : parts.slice(0, -1));
  return { key, code, control: mods.has('Control'), meta: mods.has('Meta'), alt: mods.has('Alt'), shift: mods.has('Shift') };
}
const on = (description: string, context = PC, code = '') => commandForKey(press(description, code), context);

describe('a portal window’s keys (Windows and Linux)', () => {
  it('Ctrl+F opens find, Ctrl+P prints, in either case of the letter', () => {
    expect(on('Control+f')).toEqual({ type: 'find-open' });
    expect(on('Control+F')).toEqual({ type: 'find-open' });
    expect(on('Control+p')).toEqual({ type: 'print' });
  });

  it('F5, Ctrl+R, Ctrl+Shift+R and the keyboard’s refresh key reload', () => {
    for (const key of ['F5', 'Control+r', 'Control+Shift+R', 'Control+F5', 'Shift+F5', 'BrowserRefresh'])
      expect(on(key), key).toEqual({ type: 'navigate', move: 'reload' });
  });

  it('Ctrl with =, + (main row, keypad, with Shift), - and 0 zooms in, out and back', () => {
    expect(on('Control+=')).toEqual({ type: 'zoom', change: 'in' });
    expect(on('Control+Shift++')).toEqual({ type: 'zoom', change: 'in' });
    expect(on('Control++', PC, 'NumpadAdd')).toEqual({ type: 'zoom', change: 'in' });
    expect(on('Control+-')).toEqual({ type: 'zoom', change: 'out' });
    expect(on('Control+-', PC, 'NumpadSubtract')).toEqual({ type: 'zoom', change: 'out' });
    expect(on('Control+0')).toEqual({ type: 'zoom', change: 'reset' });
    // A layout where "=" sits elsewhere still zooms from the physical key.
    expect(on('Control+ß', PC, 'Equal')).toEqual({ type: 'zoom', change: 'in' });
  });

  it('Alt+← and Alt+→ and the keyboard’s browser keys go back and forward', () => {
    expect(on('Alt+ArrowLeft')).toEqual({ type: 'navigate', move: 'back' });
    expect(on('Alt+ArrowRight')).toEqual({ type: 'navigate', move: 'forward' });
    expect(on('BrowserBack')).toEqual({ type: 'navigate', move: 'back' });
    expect(on('BrowserForward')).toEqual({ type: 'navigate', move: 'forward' });
  });

  it('leaves the page its own keys: letters, plain arrows, Ctrl+C, Shift+Alt+←, AltGr (Ctrl+Alt), Cmd on a PC', () => {
    for (const key of [
      'f',
      'ArrowLeft',
      'Control+c',
      'Control+v',
      'Control+a',
      'Shift+Alt+ArrowLeft',
      'Control+Alt+f',
      'Control+Alt+0',
      'Meta+f',
      'Meta+[',
      'Enter',
      'Escape',
      'Tab',
      'Control+Shift+F',
      'Control+Shift+P',
    ])
      expect(on(key), key).toBeNull();
  });
});

describe('on macOS', () => {
  it('Cmd takes Ctrl’s place: Cmd+F, Cmd+P, Cmd+R, Cmd+= / - / 0', () => {
    expect(on('Meta+f', MAC)).toEqual({ type: 'find-open' });
    expect(on('Meta+p', MAC)).toEqual({ type: 'print' });
    expect(on('Meta+r', MAC)).toEqual({ type: 'navigate', move: 'reload' });
    expect(on('Meta+=', MAC)).toEqual({ type: 'zoom', change: 'in' });
    expect(on('Meta+-', MAC)).toEqual({ type: 'zoom', change: 'out' });
    expect(on('Meta+0', MAC)).toEqual({ type: 'zoom', change: 'reset' });
  });

  it('Cmd+[ and Cmd+] go back and forward; Alt+← stays the caret’s (word left in a text field), as does Ctrl+F (forward one letter)', () => {
    expect(on('Meta+[', MAC)).toEqual({ type: 'navigate', move: 'back' });
    expect(on('Meta+]', MAC)).toEqual({ type: 'navigate', move: 'forward' });
    expect(on('Alt+ArrowLeft', MAC)).toBeNull();
    expect(on('Meta+ArrowLeft', MAC)).toBeNull();
    expect(on('Control+f', MAC)).toBeNull();
    expect(on('Control+p', MAC)).toBeNull();
  });
});

describe('while find is open', () => {
  it('Enter and Shift+Enter in the page move to the next and previous match; Esc closes find', () => {
    expect(on('Enter', FINDING)).toEqual({ type: 'find-step', backwards: false });
    expect(on('Shift+Enter', FINDING)).toEqual({ type: 'find-step', backwards: true });
    expect(on('Escape', FINDING)).toEqual({ type: 'find-close' });
  });

  it('Enter and Esc are the page’s again once find is closed, and the toolbar’s own controls keep theirs', () => {
    expect(on('Enter')).toBeNull();
    expect(on('Escape')).toBeNull();
    const toolbar: KeyContext = { ...FINDING, source: 'toolbar' };
    expect(on('Enter', toolbar)).toBeNull();
    expect(on('Escape', toolbar)).toBeNull();
    // Ctrl+Enter is not a find step; the toolbar still has the window's other keys.
    expect(on('Control+Enter', FINDING)).toBeNull();
    expect(on('Control+f', toolbar)).toEqual({ type: 'find-open' });
    expect(on('Alt+ArrowLeft', toolbar)).toEqual({ type: 'navigate', move: 'back' });
  });
});

describe('mouse buttons and the OS’s browser commands', () => {
  it('the mouse’s back and forward buttons, and Windows’ app-command, navigate', () => {
    expect(commandForInput({ kind: 'mouse', button: 'back' }, PC)).toEqual({ type: 'navigate', move: 'back' });
    expect(commandForInput({ kind: 'mouse', button: 'forward' }, MAC)).toEqual({ type: 'navigate', move: 'forward' });
    expect(commandForInput({ kind: 'app-command', command: 'browser-backward' }, PC)).toEqual({ type: 'navigate', move: 'back' });
    expect(commandForInput({ kind: 'app-command', command: 'browser-forward' }, PC)).toEqual({ type: 'navigate', move: 'forward' });
    expect(commandForInput({ kind: 'app-command', command: 'browser-refresh' }, PC)).toEqual({ type: 'navigate', move: 'reload' });
    expect(commandForInput({ kind: 'app-command', command: 'media-play-pause' }, PC)).toBeNull();
  });
});

describe('a key description from browser mode’s page agent', () => {
  it('keeps a well-formed key or mouse button, and refuses anything else', () => {
    const key = { kind: 'key', press: { key: 'f', code: 'KeyF', control: true, meta: false, alt: false, shift: false } };
    expect(parseShortcutInput(key)).toEqual(key);
    expect(parseShortcutInput({ kind: 'mouse', button: 'back' })).toEqual({ kind: 'mouse', button: 'back' });
    // Extra fields are dropped, not passed on.
    expect(parseShortcutInput({ ...key, press: { ...key.press, extra: 'x' } })).toEqual(key);
    for (const bad of [
      null,
      'F5',
      { kind: 'mouse', button: 'middle' },
      { kind: 'key' },
      { kind: 'key', press: { ...key.press, control: 'yes' } },
      { kind: 'key', press: { ...key.press, key: 'x'.repeat(33) } },
      { kind: 'app-command', command: 'browser-backward' },
    ])
      expect(parseShortcutInput(bad), JSON.stringify(bad)).toBeNull();
  });

  it('runs the same when serialised into a page (String()), as browser mode’s agent does', () => {
    const revived = new Function(`return (${String(commandForKey)})`)() as typeof commandForKey;
    expect(revived(press('Control+f'), PC)).toEqual({ type: 'find-open' });
    expect(revived(press('Alt+ArrowLeft'), PC)).toEqual({ type: 'navigate', move: 'back' });
    expect(revived(press('Meta+['), MAC)).toEqual({ type: 'navigate', move: 'back' });
    expect(revived(press('Control+c'), PC)).toBeNull();
  });
});
