/**
 * Every Electron API the services use sits behind one of these interfaces. Each has an
 * Electron implementation (electron.ts) and a Node twin (node.ts) used by the browser host
 * and by tests. Services never import 'electron'.
 */
export interface Clock {
  /** Wall-clock milliseconds since the epoch. */
  now(): number;
}

export interface ClipboardAdapter {
  /** Writes text; `delivered` is false where no system clipboard could be reached. */
  writeText(text: string): Promise<{ delivered: boolean }>;
  readText(): Promise<string>;
  clear(): Promise<void>;
}

export interface NotificationAdapter {
  notify(note: { title: string; body: string }): void;
}

export interface ExternalLinkAdapter {
  /** Opens an already allow-listed URL in the user's browser or mail program. */
  open(url: string): Promise<{ opened: boolean }>;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';
export interface PowerAdapter {
  on(event: PowerEvent, listener: () => void): () => void;
}

/** Electron's safeStorage: an extra OS-keyed seal around already-encrypted key material. */
export interface SecretSealAdapter {
  /** 'os' where the OS keychain/DPAPI/libsecret protects it; 'none' otherwise (browser host, basic_text). */
  level(): Promise<'os' | 'none'>;
  seal(plain: Buffer): Promise<Buffer>;
  /** `stale`: the OS has moved on to a new key, so this should be sealed again (safeStorage's shouldReEncrypt). */
  unseal(sealed: Buffer): Promise<{ plain: Buffer; stale: boolean }>;
}

/** The subset of conf / electron-store the services use (ElectronStore extends Conf). */
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  readonly store: T;
  readonly path: string;
}

export interface StoreFactory {
  open<T extends Record<string, unknown>>(name: string, defaults: T): KeyValueStore<T>;
}

export interface Logger {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  warn(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

export interface Adapters {
  clipboard: ClipboardAdapter;
  notifications: NotificationAdapter;
  links: ExternalLinkAdapter;
  power: PowerAdapter;
  seal: SecretSealAdapter;
  stores: StoreFactory;
}
