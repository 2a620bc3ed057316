import type { KeyValueStore } from './types';

/** What conf and electron-store (which extends it) offer, opened without `defaults`. */
interface PlainStore {
  store: Record<string, unknown>;
  readonly path: string;
}

/**
 * A store whose defaults are laid over what its file holds instead of written into it at open.
 * Opened with `defaults`, conf writes (and fsyncs) every new file at once — three files on a first
 * start, before AllyDesk can answer anything. Here nothing is written until the first `set`, which
 * writes the defaults together with the value, so the file then looks as it always did.
 */
export function withDefaults<T extends Record<string, unknown>>(file: PlainStore, defaults: T): KeyValueStore<T> {
  // A fresh copy on every read, as conf gives (it parses the file each time): callers may change what they get.
  const filled = () => ({ ...structuredClone(defaults), ...file.store }) as T;
  return {
    get: (key) => filled()[key],
    set: (key, value) => {
      if (value === undefined) throw new TypeError('Use `delete()` to clear values'); // as conf's own set
      file.store = { ...filled(), [key]: value };
    },
    get store() {
      return filled();
    },
    get path() {
      return file.path;
    },
  };
}
