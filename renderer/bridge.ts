import { EventSource } from 'eventsource';
import { EVENT_STREAM_TAB_HEADER, IPC_REQUEST_HEADER, LAUNCH_TOKEN_HEADER, type AllyDeskBridge } from '../shared/bridge';
import type { Channel, EventName, EventPayload, Input, Output } from '../shared/ipc';
import type { Result } from '../shared/result';
import { launchToken } from './launchToken';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the browser host. */
    allydesk?: AllyDeskBridge;
  }
}

const UNREACHABLE: Result<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: "AllyDesk's background service is not answering. Close AllyDesk and start it again; nothing you saved is lost.",
  },
};

const NO_TOKEN: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This browser tab was not opened with the address AllyDesk printed when it started. Open that address (it ends in #token=…) to use AllyDesk here.',
  },
};

/**
 * The browser-host twin of the preload bridge: same calls, over loopback HTTP and server-sent
 * events. Every request carries the launch token in a header, never in a cookie or URL; the
 * event stream too (the `eventsource` package reads it with fetch, which, unlike the browser's
 * EventSource, can send headers).
 */
export function createHttpBridge(token: string = launchToken()): AllyDeskBridge {
  let source: EventSource | null = null;
  // A reconnecting stream keeps this id, so the host can tell a tab's old stream from its new one.
  const tab = crypto.randomUUID();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = () => {
    if (source) return;
    source = new EventSource('/events', {
      fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, [LAUNCH_TOKEN_HEADER]: token, [EVENT_STREAM_TAB_HEADER]: tab } }),
    });
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
  };
  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      // The same id on the re-send below: the host runs the call once and gives the re-send its answer.
      const requestId = crypto.randomUUID();
      const send = () =>
        fetch(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token, [IPC_REQUEST_HEADER]: requestId },
          body: JSON.stringify({ input }),
        });
      try {
        // The host closes an idle keep-alive connection after a few seconds (connection hygiene); a
        // request the browser put on it just as it closed fails, and the browser does not retry a POST.
        // Send it once more on a fresh connection. Whether or not the host had read the first, the id
        // makes that safe: a call it already ran is not run again (electron/host/replay.ts).
        const response = await send().catch(() => send());
        if (response.status === 401) return NO_TOKEN;
        if (!response.ok && response.status !== 400) return UNREACHABLE;
        return (await response.json()) as Result<Output<C>>;
      } catch {
        return UNREACHABLE;
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}

let current: AllyDeskBridge | null = null;

/** The typed client every store uses: the preload bridge in Electron, HTTP in the browser host. */
export function bridge(): AllyDeskBridge {
  current ??= window.allydesk ?? createHttpBridge();
  return current;
}

/** Tests swap in a fake bridge. */
export function setBridge(next: AllyDeskBridge | null) {
  current = next;
}
