import Conf from 'conf';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Adapters, ClipboardAdapter, KeyValueStore, PowerAdapter, PowerEvent, SecretSealAdapter, StoreFactory } from './types';
import { RecordingLinks, RecordingNotifications } from './recorders';
import { withDefaults } from './storeDefaults';

/**
 * Node twins of the Electron adapters, for the browser host and tests. They record what they
 * were asked to do (test hooks read the records; see recorders.ts) and never claim to have done what they did not:
 * the clipboard twin reports `delivered: false` unless the desktop's clipboard command took the
 * text, the link twin `opened: false`, because a background Node process cannot open the user's browser.
 */
interface ClipboardTool {
  write: [string, string[]];
  read: [string, string[]];
}

/** The desktop's own clipboard command for this session, if one is installed (checked on PATH, never guessed). */
export function findClipboardTool(env: typeof process.env = process.env, platform = process.platform): ClipboardTool | null {
  const locate = (name: string) =>
    (env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name))
      .find((path) => existsSync(path));
  const candidates: ClipboardTool[] =
    platform === 'darwin'
      ? [{ write: ['pbcopy', []], read: ['pbpaste', []] }]
      : platform === 'win32'
        ? [{ write: ['clip.exe', []], read: ['powershell.exe', ['-NoProfile', '-Command', 'Get-Clipboard -Raw']] }]
        : [
            ...(env.WAYLAND_DISPLAY ? [{ write: ['wl-copy', []], read: ['wl-paste', ['--no-newline']] } as ClipboardTool] : []),
            ...(env.DISPLAY
              ? ([
                  { write: ['xclip', ['-selection', 'clipboard']], read: ['xclip', ['-selection', 'clipboard', '-o']] },
                  { write: ['xsel', ['--clipboard', '--input']], read: ['xsel', ['--clipboard', '--output']] },
                ] as ClipboardTool[])
              : []),
          ];
  for (const { write, read } of candidates) {
    const [writer, reader] = [locate(write[0]), locate(read[0])];
    if (writer && reader) return { write: [writer, write[1]], read: [reader, read[1]] };
  }
  return null;
}

async function run([file, args]: [string, string[]], stdin?: string): Promise<string> {
  // Loaded on the first copy, not at start: a bare HTTP server never loads child_process either.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    // The value goes in on stdin, never on the command line (other users can read argv).
    const child = execFile(file, args, { timeout: 2000, windowsHide: true }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    // A tool that exits without reading stdin closes the pipe; its exit status tells the outcome.
    child.stdin?.on('error', () => undefined);
    if (stdin === undefined) child.stdin?.end();
    else child.stdin?.end(stdin);
  });
}

/**
 * The browser host's clipboard: it records what it was asked to copy (the e2e test reads it) and,
 * where the desktop's clipboard command exists, really copies — reporting `delivered` honestly.
 */
export class RecordingClipboard implements ClipboardAdapter {
  private text = '';
  constructor(private readonly tool: ClipboardTool | null = findClipboardTool()) {}
  /** Every write, with whether it was asked to be kept out of clipboard history (the e2e test reads it). */
  readonly writes: { secret: boolean }[] = [];
  /**
   * The desktop's clipboard commands (xclip, wl-copy, pbcopy, clip.exe) take plain text only: they
   * cannot add the markers that keep a secret out of clipboard history, so `marked` is always false.
   */
  async writeText(text: string, options?: { secret?: boolean }) {
    this.text = text;
    this.writes.push({ secret: Boolean(options?.secret) });
    if (!this.tool) return { delivered: false, marked: false };
    try {
      await run(this.tool.write, text);
      return { delivered: true, marked: false };
    } catch {
      return { delivered: false, marked: false };
    }
  }
  async readText() {
    if (!this.tool) return this.text;
    try {
      return await run(this.tool.read);
    } catch {
      return this.text;
    }
  }
  async clear() {
    this.text = '';
    if (this.tool) await run(this.tool.write, '').catch(() => undefined);
  }
}

/**
 * Power events are raised by the host itself (clock-jump detection, page activity). A Node process
 * sees no OS lock screen, sleep or user switch, and no input outside AllyDesk: the idle lock here
 * counts AllyDesk's own activity only.
 */
export class ManualPower implements PowerAdapter {
  private readonly emitter = new EventEmitter();
  systemIdleSeconds(): number | null {
    return null;
  }
  triggers() {
    return { screenLock: false, sleep: false, userSwitch: false };
  }
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
    return { plain: Buffer.from(sealed), stale: false };
  }
}

export function confStores(dataDir: string): StoreFactory {
  return {
    open<T extends Record<string, unknown>>(name: string, defaults: T): KeyValueStore<T> {
      const file = new Conf({
        cwd: dataDir,
        configName: name,
        projectName: 'allydesk',
        clearInvalidConfig: false,
        // Only this user may read AllyDesk's files (the vault files hold only ciphertext, but still).
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
      });
      return withDefaults(file, defaults);
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
