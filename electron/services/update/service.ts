import type { Logger } from '../../adapters/types';
import type { EffectivePolicy } from '../policy/service';
import { selfUpdateBlocked, type InstallKind } from './installKind';
import { updateMessages } from '../../../shared/i18n/main/updates';
import { sayerFor } from '../say';

/**
 * AllyDesk's updates, as the practice's IT decides them (UpdateMode, UpdateFeedUrl) and as staff
 * see them in Settings. Pure Node: the updater itself (electron-updater behind electron/adapters/
 * updater.ts) is a port, so policy, schedule and wording are tested with a stand-in.
 *
 *  - UpdateMode "none": never checks. "manual": only when staff press Check. "start": once at
 *    start. "default" (or no policy): at start and every day.
 *  - An MSI or deb install never updates itself, whatever the policy says, and says so.
 *  - A found update downloads in the background; it installs when AllyDesk quits or when staff
 *    choose "Restart and update". After the update, Settings says once what changed.
 *  - A failed check or download (feed down, garbage, a tampered installer whose SHA-512 or
 *    signature does not match) changes nothing and says why.
 */

export type UpdateMode = 'none' | 'manual' | 'start' | 'default';

export interface FoundUpdate {
  version: string;
  releaseNotes?: string;
}

/** What the service needs from an updater (electron-updater in the app, a stand-in in tests). */
export interface UpdaterPort {
  /** Asks the feed; resolves null when nothing newer is offered to this install (staging included). */
  check(feedUrl: string | undefined): Promise<FoundUpdate | null>;
  /** Downloads the update check() found and verifies it (SHA-512, and the signature on Windows). */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Quits and installs the downloaded update now. */
  quitAndInstall(): void;
}

export type UpdateStatus =
  | { kind: 'off'; reason: string }
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'up-to-date' }
  | { kind: 'downloading'; version: string; percent: number }
  | { kind: 'ready'; version: string; releaseNotes?: string }
  | { kind: 'failed'; message: string };

export interface UpdateView {
  version: string;
  mode: UpdateMode;
  /** 'it' when UpdateMode or UpdateFeedUrl comes from the practice's policy. */
  decidedBy: 'it' | 'app';
  feed: 'publisher' | 'practice';
  /** Whether the "Check for updates" button does anything here. */
  canCheck: boolean;
  status: UpdateStatus;
  /** ISO time of the last finished check. */
  lastChecked?: string;
  /** Said once after an update installed: the version it brought and what changed. */
  whatsNew?: { version: string; releaseNotes?: string };
}

/** What the service remembers between runs (a small JSON file in the data folder). */
export interface UpdateMemory {
  load(): Promise<{ lastRunVersion?: string; pending?: { version: string; releaseNotes?: string } }>;
  save(value: { lastRunVersion?: string; pending?: { version: string; releaseNotes?: string } }): Promise<void>;
}

export interface Scheduler {
  every(ms: number, run: () => void): () => void;
  now(): number;
}

export interface UpdateServiceDeps {
  version: string;
  installKind: InstallKind;
  policy: EffectivePolicy;
  updater: UpdaterPort;
  memory: UpdateMemory;
  scheduler: Scheduler;
  logger: Logger;
  onChange?: (view: UpdateView) => void;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface UpdateService {
  view(): UpdateView;
  /** Staff pressed "Check for updates" (refused, with the reason, where the policy or install forbids it). */
  checkNow(): Promise<UpdateView>;
  /** Staff chose "Restart and update" for a downloaded update. */
  installNow(): void;
  /** Staff read the "what changed" note. */
  dismissWhatsNew(): Promise<void>;
  stop(): void;
}

const say = sayerFor(updateMessages);

/** Why a check or download failed, in a sentence for staff (never a URL with credentials or a stack). */
export function failureMessage(error: unknown, during: 'check' | 'download'): string {
  const text = error instanceof Error ? error.message : String(error);
  const failure = say(during === 'check' ? 'checkFailed' : 'downloadFailed');
  if (/sha512 checksum mismatch|checksum mismatch/i.test(text)) return say('checksumMismatch');
  if (/not signed by the application owner|publisherNames|signature/i.test(text)) return say('notSigned');
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|net::ERR_/.test(text)) return say('feedUnreachable', { failure });
  if (/HttpError: (\d{3})|status ?code:? ?(\d{3})|\b(404|403|500|502|503)\b/i.test(text)) return say('feedError', { failure });
  if (/yaml|parse|Cannot parse|ERR_UPDATER_INVALID|latest.*\.yml/i.test(text)) return say('feedUnreadable', { failure });
  return failure;
}

export async function startUpdateService(deps: UpdateServiceDeps): Promise<UpdateService> {
  const { policy, updater, logger } = deps;
  let status: UpdateStatus = { kind: 'idle' };
  let lastChecked: string | undefined;
  let whatsNew: UpdateView['whatsNew'];
  let running: Promise<void> | null = null;
  let stopTimer: (() => void) | null = null;
  let stopped = false;

  const mode = (): UpdateMode => policy.fixed('UpdateMode') ?? 'default';
  const feedUrl = () => policy.fixed('UpdateFeedUrl');
  const blocked = () => selfUpdateBlocked(deps.installKind);
  const offReason = (): string | null => {
    const install = blocked();
    if (install) return install;
    if (mode() === 'none') return say('offByPolicy');
    return null;
  };

  const view = (): UpdateView => {
    const off = offReason();
    const state = policy.state();
    return {
      version: deps.version,
      mode: mode(),
      decidedBy: state.sources.UpdateMode || state.sources.UpdateFeedUrl ? 'it' : 'app',
      feed: feedUrl() ? 'practice' : 'publisher',
      canCheck: off === null && status.kind !== 'checking' && status.kind !== 'downloading',
      status: off ? { kind: 'off', reason: off } : status,
      ...(lastChecked ? { lastChecked } : {}),
      ...(whatsNew ? { whatsNew } : {}),
    };
  };
  const changed = () => deps.onChange?.(view());
  const set = (next: UpdateStatus) => {
    status = next;
    changed();
  };

  const memory = await deps.memory.load().catch(() => ({}) as Awaited<ReturnType<UpdateMemory['load']>>);
  if (memory.lastRunVersion && memory.lastRunVersion !== deps.version) {
    // This run is the first of a new version: say what changed (notes kept when it was downloaded).
    whatsNew = {
      version: deps.version,
      ...(memory.pending?.version === deps.version && memory.pending.releaseNotes ? { releaseNotes: memory.pending.releaseNotes } : {}),
    };
  }
  await deps.memory.save({ lastRunVersion: deps.version }).catch((error) => logger.warn('update: could not remember the version', { error: String(error) }));

  const runCheck = () => {
    if (running) return running;
    running = (async () => {
      if (offReason() || stopped) return;
      if (status.kind === 'ready') return; // one is waiting to install; nothing newer matters until then
      set({ kind: 'checking' });
      let found: FoundUpdate | null;
      try {
        found = await updater.check(feedUrl());
      } catch (error) {
        logger.warn('update: check failed', { error: failureMessage(error, 'check') });
        lastChecked = new Date(deps.scheduler.now()).toISOString();
        return set({ kind: 'failed', message: failureMessage(error, 'check') });
      }
      lastChecked = new Date(deps.scheduler.now()).toISOString();
      if (!found) return set({ kind: 'up-to-date' });
      set({ kind: 'downloading', version: found.version, percent: 0 });
      try {
        await updater.download((percent) => {
          if (status.kind === 'downloading') set({ ...status, percent: Math.max(0, Math.min(100, Math.round(percent))) });
        });
      } catch (error) {
        logger.warn('update: download failed', { version: found.version, error: failureMessage(error, 'download') });
        return set({ kind: 'failed', message: failureMessage(error, 'download') });
      }
      await deps.memory
        .save({ lastRunVersion: deps.version, pending: { version: found.version, ...(found.releaseNotes ? { releaseNotes: found.releaseNotes } : {}) } })
        .catch((error) => logger.warn('update: could not remember the pending update', { error: String(error) }));
      logger.info('update: downloaded and verified', { version: found.version });
      set({ kind: 'ready', version: found.version, ...(found.releaseNotes ? { releaseNotes: found.releaseNotes } : {}) });
    })().finally(() => {
      running = null;
    });
    return running;
  };

  /**
   * At start nothing is announced unless a check begins: the page asks with update:get, and an
   * event nobody asked for would cost every start the update schemas and wake every event stream.
   */
  const schedule = (announce: boolean) => {
    stopTimer?.();
    stopTimer = null;
    const m = mode();
    if (!offReason()) {
      if (m === 'start' || m === 'default') void runCheck();
      if (m === 'default') stopTimer = deps.scheduler.every(DAY_MS, () => void runCheck());
    }
    if (announce) changed();
  };
  schedule(false);
  // IT may change UpdateMode while AllyDesk runs: "none" stops the daily check at once.
  let lastMode = mode();
  const offPolicy = policy.onChange(() => {
    if (mode() === lastMode) return changed();
    lastMode = mode();
    schedule(true);
  });

  return {
    view,
    async checkNow() {
      const off = offReason();
      if (off) return view();
      await runCheck();
      return view();
    },
    installNow() {
      if (status.kind !== 'ready' || offReason()) return;
      logger.info('update: restarting to install', { version: status.version });
      updater.quitAndInstall();
    },
    async dismissWhatsNew() {
      whatsNew = undefined;
      changed();
    },
    stop() {
      stopped = true;
      stopTimer?.();
      offPolicy();
    },
  };
}
