import type { EventName } from '../../shared/ipc';
import type { IpcRegistry } from './registry';

/**
 * The registry as an IPC edge (ipcMain, the browser host) uses it while the services may still be
 * being composed: both runtimes accept requests before then. A request waits for the registry; an
 * event listener is attached once it is there. A registry that never comes (the services failed)
 * is reported by whoever composes it; requests then reject. Only a type import of the registry: the
 * browser host loads this before listening, without the contract's code.
 */
export function awaitedRegistry(registry: IpcRegistry | Promise<IpcRegistry>) {
  const ready = Promise.resolve(registry);
  ready.catch(() => {}); // not unhandled: see above
  return {
    dispatch: async (channel: string, input: unknown) => (await ready).dispatch(channel, input),
    /** Attaches `listener` once the registry is there; the returned function detaches it, or stops it from being attached. */
    onEvent(listener: (event: EventName, payload: unknown) => void): () => void {
      let off: (() => void) | null = null;
      let detached = false;
      void ready.then(
        (answers) => {
          if (!detached) off = answers.onEvent(listener);
        },
        () => {},
      );
      return () => {
        detached = true;
        off?.();
      };
    },
  };
}
