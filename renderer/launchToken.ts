import { LAUNCH_TOKEN_FRAGMENT_KEY } from '../shared/bridge';

/** Per tab: survives a reload, never reaches disk or another tab, and no server ever receives it unasked. */
const STORAGE_KEY = 'allydesk.launchToken';

/**
 * Browser mode prints `http://127.0.0.1:<port>/#token=…`. The fragment never leaves the browser;
 * this moves the token into the tab's sessionStorage and rewrites the current History entry so
 * neither the address bar nor Back/Forward shows it. Without a token in the address it does nothing.
 */
export function adoptLaunchToken(win: Window = window): void {
  const fragment = new URLSearchParams(win.location.hash.slice(1));
  const token = fragment.get(LAUNCH_TOKEN_FRAGMENT_KEY);
  if (token === null) return;
  win.sessionStorage.setItem(STORAGE_KEY, token);
  fragment.delete(LAUNCH_TOKEN_FRAGMENT_KEY);
  const rest = fragment.toString();
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${rest ? `#${rest}` : ''}`);
}

/** The token this tab was opened with ('' if it was opened without the printed address). */
export function launchToken(win: Window = window): string {
  return win.sessionStorage.getItem(STORAGE_KEY) ?? '';
}
