import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import type { AppUpdater, UpdateInfo } from 'electron-updater';
import type { HttpExecutor } from 'builder-util-runtime';
import type { ClientRequest } from 'node:http';
import type { FoundUpdate, UpdaterPort } from '../services/update/service';
import type { Logger } from './types';

/**
 * The thin adapter between AllyDesk's update service and electron-updater (pinned: 6.8.10).
 *  - Generic provider: a static HTTPS folder with latest*.yml, installers and blockmaps; the
 *    publisher's (resources/app-update.yml, from electron-builder.yml) or the practice's UpdateFeedUrl.
 *  - Staged rollouts: electron-updater's own `stagingPercentage` check, keyed by the random id it
 *    keeps in the user data folder (.updaterId); an install outside the share is told nothing is new.
 *  - Windows: a downloaded installer must carry a valid Authenticode signature of PUBLISHER_NAMES.
 *    electron-updater skips that check when app-update.yml names no publisher; this adapter never does.
 *  - System proxy: in the app, electron-updater downloads through Electron's `net` (Chromium's
 *    network stack), which uses the system's proxy settings and PAC; nothing here overrides that.
 *  - Nothing downloads or installs by itself: the service decides when (autoDownload off); a
 *    downloaded update installs when AllyDesk quits (autoInstallOnAppQuit) or on "Restart and update".
 */

/** The Authenticode subject names a Windows update may be signed with (electron-builder.yml win.signtoolOptions). */
export const PUBLISHER_NAMES = ['AllyDesk'];

type Platform = 'win32' | 'darwin' | 'linux';

export interface UpdaterAdapterOptions {
  platform: Platform;
  logger: Logger;
  /** The packaged app's resources/app-update.yml is used when absent (electron-updater's default). */
  defaultFeedUrl?: string;
  /** Tests only: drive electron-updater without Electron (an app stand-in and Node's HTTP client). */
  testing?: {
    app: AppAdapter;
    httpExecutor: HttpExecutor<ClientRequest>;
    /** Windows signature verification (PowerShell's Get-AuthenticodeSignature in the app). */
    verifySignature?: (publisherNames: string[], file: string) => Promise<string | null>;
  };
}

const updaterLogger = (logger: Logger) => ({
  info: (message?: unknown) => logger.info('updater', { message: String(message) }),
  warn: (message?: unknown) => logger.warn('updater', { message: String(message) }),
  error: (message?: unknown) => logger.warn('updater', { message: String(message) }),
  debug: () => {},
});

const notesOf = (info: UpdateInfo): string | undefined => {
  const notes = info.releaseNotes;
  if (typeof notes === 'string') return notes.slice(0, 4000);
  if (Array.isArray(notes))
    return (
      notes
        .map((n) => n.note ?? '')
        .join('\n')
        .slice(0, 4000) || undefined
    );
  return undefined;
};

/** Builds the platform's electron-updater class; `require` is lazy so nothing loads until updates run. */
async function buildUpdater(options: UpdaterAdapterOptions): Promise<AppUpdater> {
  const updater = await import('electron-updater');
  const app = options.testing?.app;
  const feed = options.defaultFeedUrl ? { provider: 'generic' as const, url: options.defaultFeedUrl, channel: 'latest' } : undefined;
  let instance: AppUpdater;
  if (options.platform === 'win32') {
    const nsis = new updater.NsisUpdater(feed, app);
    // Always check against our publisher, even when app-update.yml names none (electron-updater would skip).
    (nsis as unknown as { verifySignature: (file: string) => Promise<string | null> }).verifySignature = (file) =>
      nsis.verifyUpdateCodeSignature(PUBLISHER_NAMES, file);
    if (options.testing?.verifySignature) nsis.verifyUpdateCodeSignature = options.testing.verifySignature;
    instance = nsis;
  } else if (options.platform === 'darwin') {
    instance = new updater.MacUpdater(feed, app);
  } else {
    instance = new updater.AppImageUpdater(feed, app);
  }
  if (options.testing) {
    // electron-updater's seams for running outside Electron (its own tests use the same ones).
    const internal = instance as unknown as {
      httpExecutor: HttpExecutor<ClientRequest>;
      _testOnlyOptions: { platform: Platform; isUseDifferentialDownload: boolean };
    };
    internal.httpExecutor = options.testing.httpExecutor;
    internal._testOnlyOptions = { platform: options.platform, isUseDifferentialDownload: false };
  }
  instance.logger = updaterLogger(options.logger);
  instance.autoDownload = false;
  instance.autoInstallOnAppQuit = true;
  instance.allowDowngrade = false;
  instance.allowPrerelease = false;
  // electron-updater 6 warns unless this is set: AllyDesk ships full installers, not web installers.
  instance.disableWebInstaller = true;
  return instance;
}

export function electronUpdaterPort(options: UpdaterAdapterOptions): UpdaterPort & { updater(): Promise<AppUpdater> } {
  let built: Promise<AppUpdater> | null = null;
  let feedInUse: string | undefined;
  const get = () => (built ??= buildUpdater(options));
  return {
    updater: get,
    async check(feedUrl) {
      const updater = await get();
      const wanted = feedUrl ?? options.defaultFeedUrl;
      if (wanted && wanted !== feedInUse) {
        updater.setFeedURL({ provider: 'generic', url: wanted, channel: 'latest' });
        feedInUse = wanted;
      }
      const result = await updater.checkForUpdates();
      if (!result || !result.isUpdateAvailable) return null;
      const found: FoundUpdate = { version: result.updateInfo.version };
      const notes = notesOf(result.updateInfo);
      if (notes) found.releaseNotes = notes;
      return found;
    },
    async download(onProgress) {
      const updater = await get();
      const listener = (progress: { percent: number }) => onProgress(progress.percent);
      updater.on('download-progress', listener);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', listener);
      }
    },
    quitAndInstall() {
      void get().then((updater) => updater.quitAndInstall(false, true));
    },
  };
}
