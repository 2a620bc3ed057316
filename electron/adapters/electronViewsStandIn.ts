import { EventEmitter } from 'node:events';

/**
 * Stand-ins for Electron's BaseWindow and WebContentsView (the runtime cannot run here), for the
 * portal-window adapter's tests: each view gets the test's own stand-in webContents; the window
 * records its views in the order added (the last is on top) and their bounds, and can be resized.
 */
export function standInViews<C>(makeContents: () => C) {
  interface Bounds {
    x: number;
    y: number;
    width: number;
    height: number;
  }
  class FakeView {
    static made: FakeView[] = [];
    readonly webContents: C;
    bounds: Bounds = { x: 0, y: 0, width: 0, height: 0 };
    /** Like Electron's: `webContents` given (a pop-up's, made by Chromium) is adopted; else the view makes its own. */
    constructor(readonly options: { webPreferences: Record<string, unknown>; webContents?: C }) {
      this.webContents = options.webContents ?? makeContents();
      FakeView.made.push(this);
    }
    setBounds(bounds: Bounds) {
      this.bounds = bounds;
    }
  }
  class FakeBaseWindow extends EventEmitter {
    static made: FakeBaseWindow[] = [];
    readonly views: FakeView[] = [];
    readonly contentView = { addChildView: (view: FakeView) => void this.views.push(view) };
    size = { width: 1200, height: 860 };
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBaseWindow.made.push(this);
    }
    getContentBounds(): Bounds {
      return { x: 0, y: 0, ...this.size };
    }
    /** As the user (or HTML full screen) resizes the window: Electron then emits 'resize'. */
    resizeTo(width: number, height: number) {
      this.size = { width, height };
      this.emit('resize');
    }
    /** The portal's view: added first, below the toolbar. */
    get portal() {
      return this.views[0]!;
    }
    /** AllyDesk's toolbar: added last, the top view. */
    get toolbar() {
      return this.views[1]!;
    }
    get webContents() {
      return this.portal.webContents;
    }
    isMinimized = () => false;
    isDestroyed = () => this.closed;
    restore() {}
    focus() {}
    close() {
      if (this.closed) throw new Error('Object has been destroyed'); // as Electron does
      this.closed = true;
      this.emit('closed');
    }
  }
  return { FakeBaseWindow, FakeView };
}

type BeforeRequest = (details: { url: string; resourceType: string }, callback: (response: { cancel?: boolean }) => void) => void;

/**
 * A stand-in for a portal's Electron session: the request filters and permission handlers the
 * adapter installs are kept, the service-worker registry is an emitter, and each wipe is counted.
 */
export class StandInSession extends EventEmitter {
  readonly calls: string[] = [];
  beforeRequest: BeforeRequest | null = null;
  readonly webRequest = { onBeforeRequest: (listener: BeforeRequest) => void (this.beforeRequest = listener), onBeforeSendHeaders() {} };
  readonly serviceWorkers = new EventEmitter();
  permissionRequest: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
  permissionCheck: (() => boolean) | null = null;
  /** Times the whole session was wiped (its storage cleared without naming an origin). */
  get cleared() {
    return this.calls.filter((c) => c === 'clearStorageData').length;
  }
  /** What the session's request filter answers for a request, as Electron would call it. */
  cancels(url: string, resourceType: string) {
    let answer: { cancel?: boolean } | undefined;
    this.beforeRequest!({ url, resourceType }, (response) => (answer = response));
    return answer!.cancel === true;
  }
  setPermissionRequestHandler(handler: StandInSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: StandInSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
  async clearStorageData(options?: { storages?: string[] }) {
    this.calls.push(options?.storages ? `clearStorageData(${options.storages.join(',')})` : 'clearStorageData');
  }
  async clearCache() {
    this.calls.push('clearCache');
  }
  async clearAuthCache() {
    this.calls.push('clearAuthCache');
  }
}
