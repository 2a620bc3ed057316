import type { AllyDeskBridge } from '../shared/bridge';
import type { Channel, EventName, EventPayload, Input, Output } from '../shared/ipc';
import type { Result } from '../shared/result';

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

/** The browser-host twin of the preload bridge: same calls, over loopback HTTP and server-sent events. */
export function createHttpBridge(doc: Document = document): AllyDeskBridge {
  const token = doc.querySelector<HTMLMetaElement>('meta[name="allydesk-token"]')?.content ?? '';
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = () => {
    if (source) return;
    source = new EventSource('/events');
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
  };
  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      try {
        const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-allydesk-token': token },
          body: JSON.stringify({ input }),
        });
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
