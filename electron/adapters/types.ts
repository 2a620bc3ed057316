import type { NavigationDecision } from '../services/portals/allowList';
import type { ShortcutInput } from '../services/portals/keys';
import type { AutopayPhrases, FillRequest, FillResult, PageReport } from '../services/portals/pageScript';

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
  /**
   * Writes text; `delivered` is false where no system clipboard could be reached. With `secret`,
   * the text is also marked so clipboard history and cloud sync skip it; `marked` says whether that
   * marking reached the clipboard (false where this platform or tool cannot mark it).
   */
  writeText(text: string, options?: { secret?: boolean }): Promise<{ delivered: boolean; marked: boolean }>;
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

/** 'user-did-resign-active': macOS fast user switching moved to another OS user. */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'user-did-resign-active';
export interface PowerAdapter {
  on(event: PowerEvent, listener: () => void): () => void;
  /**
   * Seconds since the last keyboard or mouse input anywhere on this computer, or null where only
   * AllyDesk's own activity is known (the Node twin cannot see other programs).
   */
  systemIdleSeconds(): number | null;
  /** Which of the OS lock triggers this platform reports to AllyDesk. */
  triggers(): PowerTriggers;
}
export interface PowerTriggers {
  /** The OS lock screen (Electron reports it on Windows and macOS). */
  screenLock: boolean;
  /** Sleep / suspend. */
  sleep: boolean;
  /** Switching to another OS user (macOS fast user switching; on Windows switching user locks the screen first). */
  userSwitch: boolean;
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

/** One portal window (or private window): what the portals service asks the runtime to show. */
export interface PortalWindowSpec {
  /** `<profileId>:<portalId>`, or `private:<portalId>`. */
  key: string;
  /** The window title: whose session it is ("Practice Mate — Ann"). */
  title: string;
  /** The login page to open. */
  url: string;
  /** Names the persistent session (`<profileId>-<portalId>`); null = a private, in-memory session. */
  sessionName: string | null;
}

export type PortalWindowEvent =
  | { type: 'page'; key: string; report: PageReport }
  /** Real keyboard or pointer input in the window (never synthetic events). */
  | { type: 'input'; key: string }
  /** Saved in full; `shortenedFrom`: the portal's name, when it was too long for the disk and was shortened. */
  | { type: 'download'; key: string; file: string; shortenedFrom?: string | null }
  /** A download that could not be saved (the Downloads folder cannot be written, the transfer broke): the user is told. */
  | { type: 'download-failed'; key: string; file: string }
  /** A download refused: it did not start from an allowed page, or its address is off the allow-list. */
  | { type: 'blocked-download'; key: string; url: string }
  /** A navigation or pop-up to a host off the allow-list, held back: the user decides. */
  | { type: 'external'; key: string; url: string }
  /** The top-level page started or stopped loading (the toolbar's Reload/Stop and its host follow it). */
  | { type: 'loading'; key: string; loading: boolean }
  /** The window `parent` opened a pop-up it may open (popupRules.ts): it is a window of its own now, `key` = `<parent>/popup-<n>`. */
  | { type: 'popup'; key: string; parent: string }
  | { type: 'closed'; key: string };

/**
 * Portal windows: the Electron implementation (portalWindowsElectron.ts) and the browser-mode twin
 * (portalWindowsNode.ts, Chromium through playwright-core). Navigation, pop-ups and fills follow
 * the portals service's decisions; the adapter only does the window plumbing.
 */
export interface PortalWindowsAdapter {
  /** Opens the window at spec.url, or brings an open one forward (then it keeps its page). */
  open(spec: PortalWindowSpec): Promise<void>;
  isOpen(key: string): boolean;
  /** The top-level page's address, or null when the window is not open. */
  currentUrl(key: string): string | null;
  /** Runs the fill script in the window's top-level page (isolated from the page's own scripts). */
  fill(key: string, request: FillRequest): Promise<FillResult>;
  /** Wipes the session's cookies, storage and cache, then shows `url`. */
  clear(key: string, spec: PortalWindowSpec): Promise<void>;
  /** Closes the window if open and deletes its saved session (cookies, storage, cache) without reopening it. */
  wipe(key: string, sessionName: string): Promise<void>;
  /** A bar inside the window (the inactivity warning); null removes it. */
  showBar(key: string, message: string | null): void;
  close(key: string): Promise<void>;
  onEvent(listener: (event: PortalWindowEvent) => void): () => void;
  dispose(): Promise<void>;
  // --- window commands (issue 21): Electron's webContents calls, the twin's playwright-core/CDP on the same page ---
  /** Back, forward, reload or stop; false when there is nothing to go back or forward to (or the window is closed). */
  navigate(key: string, move: HistoryMove): Promise<boolean>;
  /** Sets the window's zoom (1 = 100 %); the window keeps it across its own navigations. */
  setZoom(key: string, factor: number): Promise<void>;
  /** Finds `text` in the top-level page; `next`: the same search again, moving to the next (`backwards`: previous) match. */
  find(key: string, text: string, options: { backwards: boolean; next: boolean }): Promise<FindResult>;
  /** Ends the search and clears its highlight. */
  stopFind(key: string): Promise<void>;
  /** The system print dialog for the page. */
  print(key: string): Promise<void>;
  /** Writes the page as a PDF into Downloads under a free name near `name`; resolves with the file's name. */
  savePdf(key: string, name: string): Promise<string>;
  /** Moves keyboard focus to the window's toolbar (Find opened by a key) or back to its page; where the runtime has views to focus. */
  focusView?(key: string, view: 'toolbar' | 'portal'): void;
}

export type HistoryMove = 'back' | 'forward' | 'reload' | 'stop';
/** `active` is 1-based ("3 of 7"); 0 when nothing matched. */
export interface FindResult {
  matches: number;
  active: number;
}

/** What the adapters need from the portals service, given when they are made. */
export interface PortalWindowPolicy {
  navigation(url: string): NavigationDecision;
  phrases: AutopayPhrases;
  /**
   * A key or mouse button in window `key` (its portal page or its toolbar): true when it is one of
   * the window's commands (keys.ts), which then runs; the adapter stops the key only then.
   */
  shortcut?(key: string, input: ShortcutInput, source: 'portal' | 'toolbar'): boolean;
}
