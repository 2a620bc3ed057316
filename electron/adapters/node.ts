import Conf from 'conf';
import { EventEmitter } from 'node:events';
import type {
  Adapters,
  ClipboardAdapter,
  ExternalLinkAdapter,
  KeyValueStore,
  NotificationAdapter,
  PowerAdapter,
  PowerEvent,
  SecretSealAdapter,
  StoreFactory,
} from './types';

/**
 * Node twins of the Electron adapters, for the browser host and tests. They record what they
 * were asked to do (test hooks read the records) and never claim to have done what they did not:
 * the clipboard twin reports `delivered: false`, the link twin `opened: false`, because a
 * background Node process cannot reach the user's desktop.
 */
export class RecordingClipboard implements ClipboardAdapter {
  private text = '';
  async writeText(text: string) {
    this.text = text;
    return { delivered: false };
  }
  async readText() {
    return this.text;
  }
  async clear() {
    this.text = '';
  }
}

export class RecordingNotifications implements NotificationAdapter {
  readonly sent: { title: string; body: string; at: number }[] = [];
  private readonly emitter = new EventEmitter();
  constructor(private readonly now: () => number = Date.now) {}
  notify(note: { title: string; body: string }) {
    const record = { ...note, at: this.now() };
    this.sent.push(record);
    this.emitter.emit('notify', record);
  }
  /** The browser host forwards each notification to the page as an event. */
  onNotify(listener: (note: { title: string; body: string; at: number }) => void) {
    this.emitter.on('notify', listener);
    return () => this.emitter.off('notify', listener);
  }
}

export class RecordingLinks implements ExternalLinkAdapter {
  readonly opened: string[] = [];
  async open(url: string) {
    this.opened.push(url);
    // The page opens the link itself in browser mode (it is a normal browser tab).
    return { opened: false };
  }
}

/** Power events are raised by the host itself (clock-jump detection, page activity). */
export class ManualPower implements PowerAdapter {
  private readonly emitter = new EventEmitter();
  on(event: PowerEvent, listener: () => void) {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
  emit(event: PowerEvent) {
    this.emitter.emit(event);
  }
}

export class NoSeal implements SecretSealAdapter {
  async level() {
    return 'none' as const;
  }
  async seal(plain: Buffer) {
    return Buffer.from(plain);
  }
  async unseal(sealed: Buffer) {
    return Buffer.from(sealed);
  }
}

export function confStores(dataDir: string): StoreFactory {
  return {
    open<T extends Record<string, unknown>>(name: string, defaults: T): KeyValueStore<T> {
      return new Conf<T>({
        cwd: dataDir,
        configName: name,
        defaults,
        projectName: 'allydesk',
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
      }) as unknown as KeyValueStore<T>;
    },
  };
}

export interface NodeAdapters extends Adapters {
  clipboard: RecordingClipboard;
  notifications: RecordingNotifications;
  links: RecordingLinks;
  power: ManualPower;
}

export function createNodeAdapters(dataDir: string, now: () => number = Date.now): NodeAdapters {
  return {
    clipboard: new RecordingClipboard(),
    notifications: new RecordingNotifications(now),
    links: new RecordingLinks(),
    power: new ManualPower(),
    seal: new NoSeal(),
    stores: confStores(dataDir),
  };
}
