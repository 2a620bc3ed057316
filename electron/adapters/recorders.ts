import { EventEmitter } from 'node:events';
import type { ExternalLinkAdapter, NotificationAdapter } from './types';

export interface SentNotification {
  title: string;
  body: string;
  at: number;
}

/**
 * Notifications recorded instead of shown: the browser host's (which forwards each to the page),
 * and the desktop app's under test hooks. Test hooks read `sent`.
 */
export class RecordingNotifications implements NotificationAdapter {
  readonly sent: SentNotification[] = [];
  private readonly emitter = new EventEmitter();
  constructor(private readonly now: () => number = Date.now) {}
  notify(note: { title: string; body: string }) {
    const record = { ...note, at: this.now() };
    this.sent.push(record);
    this.emitter.emit('notify', record);
  }
  /** The browser host forwards each notification to the page as an event. */
  onNotify(listener: (note: SentNotification) => void) {
    this.emitter.on('notify', listener);
    return () => this.emitter.off('notify', listener);
  }
}

/** External links recorded instead of opened; test hooks read `opened`. */
export class RecordingLinks implements ExternalLinkAdapter {
  readonly opened: string[] = [];
  /**
   * `answer`: what the caller is told. The browser host says `opened: false`, because the page opens
   * the link itself there (it is a normal browser tab); the desktop app under test says `opened: true`,
   * as its real adapter would.
   */
  constructor(private readonly answer: { opened: boolean } = { opened: false }) {}
  async open(url: string) {
    this.opened.push(url);
    return { ...this.answer };
  }
}
