import type { Session } from 'electron';

/**
 * What a desktop portal session keeps on disk: its cookies (the login), nothing else (issue 20).
 * A portal's service worker would keep its own copy of pages (CacheStorage) and IndexedDB would keep
 * whatever the page put there, both until the session is wiped; so service workers are refused, and
 * every site storage but the cookies goes when the portal window closes.
 */

/** Every kind of site storage Electron's `clearStorageData` knows, except cookies. */
export const SITE_STORAGE_BUT_COOKIES = ['filesystem', 'indexdb', 'localstorage', 'shadercache', 'serviceworkers', 'cachestorage'] as const;

/** The parts of a session this module uses (a test hands in a stand-in). */
export type SiteStorageSession = Pick<Session, 'clearStorageData' | 'clearCache'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeSendHeaders'>;
  serviceWorkers: Pick<Session['serviceWorkers'], 'on'>;
};

/** Chromium marks the request for a service worker's script (register() and each update check) with this header. */
const isServiceWorkerScript = (headers: Record<string, string>) =>
  Object.entries(headers).some(([name, value]) => name.toLowerCase() === 'service-worker' && value.toLowerCase() === 'script');

/**
 * No service worker in this session: the request for its script is cancelled (register() then
 * fails in the page), and one that registered anyway (before this check existed, or by a path the
 * header does not mark) is removed at once. Electron allows one onBeforeSendHeaders listener per
 * session: this is the portal session's.
 */
export function refuseServiceWorkers(session: SiteStorageSession) {
  session.webRequest.onBeforeSendHeaders((details, callback) => {
    if (isServiceWorkerScript(details.requestHeaders)) callback({ cancel: true });
    else callback({ requestHeaders: details.requestHeaders });
  });
  session.serviceWorkers.on('registration-completed', (_event, { scope }) => {
    let origin: string;
    try {
      origin = new URL(scope).origin;
    } catch {
      return;
    }
    void session.clearStorageData({ origin, storages: ['serviceworkers', 'cachestorage'] }).catch(() => undefined);
  });
}

const clearing = new WeakMap<SiteStorageSession, Promise<void>>();

/**
 * The window on this session closed: its site storage goes (IndexedDB, localStorage, CacheStorage,
 * service workers, …) and the HTTP cache with it; the cookies stay, so the staff member is still
 * logged in next time. A window reopened on the session waits for this first (`siteStorageCleared`).
 */
export function keepOnlyCookies(session: SiteStorageSession): Promise<void> {
  const done = Promise.all([session.clearStorageData({ storages: [...SITE_STORAGE_BUT_COOKIES] }), session.clearCache()]).then(
    () => undefined,
    () => undefined,
  );
  clearing.set(session, done);
  void done.then(() => clearing.get(session) === done && clearing.delete(session));
  return done;
}

/** Resolves once the clearing started when this session's last window closed is over (at once if none is). */
export const siteStorageCleared = (session: SiteStorageSession) => clearing.get(session) ?? Promise.resolve();
