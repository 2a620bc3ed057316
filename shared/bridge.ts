import type { Channel, EventName, EventPayload, Input, Output } from './ipc';
import type { Result } from './result';

/**
 * What the renderer may call. The preload exposes exactly this as `window.allydesk`
 * (checked with `satisfies` there); the browser host client implements it over HTTP.
 */
export interface AllyDeskBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The two Electron IPC channel names the preload bridge uses; every contract channel rides on them. */
export const BRIDGE_INVOKE = 'allydesk:invoke';
export const BRIDGE_EVENT = 'allydesk:event';

/**
 * Browser mode's launch token travels only in this request header (never a cookie, which every
 * 127.0.0.1 port would receive, and never a query string, which lands in History).
 */
export const LAUNCH_TOKEN_HEADER = 'x-allydesk-token';
/** The key of the token in the printed address's fragment (`#token=…`), which browsers never send to a server. */
export const LAUNCH_TOKEN_FRAGMENT_KEY = 'token';
/** Names the browser tab an event stream belongs to, so the host's connection cap keeps one stream per tab. */
export const EVENT_STREAM_TAB_HEADER = 'x-allydesk-tab';
/**
 * One id per IPC call from a browser tab, the same on its re-send: the host runs a call once
 * however many times it arrives, and hands a re-send the first one's answer (electron/host/replay.ts).
 */
export const IPC_REQUEST_HEADER = 'x-allydesk-request';
