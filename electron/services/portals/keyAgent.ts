import type { commandForKey, KeyPress } from './keys';

/**
 * Browser mode's keys (issue 21, item 3), run in the page agent's isolated world (serialised with
 * String(), so it stays self-contained): a real key press or mouse side button in the portal's page
 * is described to main, which decides (keys.ts) and runs the toolbar's command. Synthetic events a
 * page script makes are ignored, and the page cannot reach this world's binding. A key that is the
 * window's whatever the state (Ctrl+F, F5, Alt+←) is also kept from Chromium's own shortcut, which
 * would otherwise run it a second time in a visible browser, and from the page's own listeners (this one
 * is registered first, on the window, capturing); Enter and Esc only go to main (it knows whether find
 * is open) and stay the page's too.
 */
export function startKeyAgent(send: (message: string) => void, decide: typeof commandForKey, mac: boolean) {
  const flag = '__allydeskKeys';
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[flag]) return;
  scope[flag] = true;
  const forward = (input: unknown) => send(JSON.stringify({ type: 'shortcut', input }));
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.isComposing) return;
      const press: KeyPress = { key: event.key, code: event.code, control: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey };
      const always = decide(press, { mac, findOpen: false, source: 'portal' });
      if (!always && !decide(press, { mac, findOpen: true, source: 'portal' })) return;
      // As in the desktop app (before-input-event), the page never sees a key that is always the window's.
      if (always) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      forward({ kind: 'key', press });
    },
    { capture: true },
  );
  window.addEventListener(
    'mouseup',
    (event) => {
      if (!event.isTrusted || (event.button !== 3 && event.button !== 4)) return;
      event.preventDefault();
      forward({ kind: 'mouse', button: event.button === 3 ? 'back' : 'forward' });
    },
    { capture: true },
  );
}
