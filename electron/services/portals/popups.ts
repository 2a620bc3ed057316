import type { PortalsContext } from './context';
import { readPortalsFile } from './state';
import type { WindowState } from './types';

/**
 * Pop-ups as the portals service sees them (issue 21, item 4): a print preview, a report or a PDF a
 * portal window opened is a window of its own (`<opener>/popup-<n>`) with its own toolbar and the
 * same window commands — but never filled, its input counts as its opener's activity, and it goes
 * when its opener's session does.
 */
export function createPopups(ctx: PortalsContext) {
  const { states, windows } = ctx;

  /** The adapter opened `key` for `parentKey`: it inherits whose session it is, the portal, and the zoom. */
  function opened(key: string, parentKey: string) {
    const parent = states.get(parentKey);
    if (!parent) return;
    const state: WindowState = {
      ...parent,
      spec: { ...parent.spec, key, title: `${parent.spec.title} (pop-up)` },
      report: null,
      pending: null,
      attempted: false,
      hint: null,
      find: null,
      loading: false,
      heldBack: null,
      popupOf: parentKey,
      popupZoom: readPortalsFile(ctx.deps.store).zoom[parentKey] ?? 100,
    };
    states.set(key, state);
    if (state.popupZoom !== 100) void windows.setZoom(key, state.popupZoom! / 100).catch(() => undefined);
    ctx.changed();
  }

  /** The window whose activity, session and remembered zoom a window's events and commands belong to. */
  const ownerOf = (state: WindowState) => (state.popupOf ? (states.get(state.popupOf) ?? state) : state);

  /** The pop-ups of `parentKey` leave the service's list (their opener closed, or its session was wiped). */
  function forget(parentKey: string) {
    for (const [key, state] of states) if (state.popupOf === parentKey) states.delete(key);
  }

  return { opened, ownerOf, forget };
}
