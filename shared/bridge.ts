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
