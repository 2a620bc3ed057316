import { ClipboardItem, Notification, clipboard, powerMonitor, safeStorage, shell } from 'electron';
import ElectronStore from 'electron-store';
import { checkExternalLink } from '../../shared/links';
import { withDefaults } from './storeDefaults';
import { electronClipboard } from './privateClipboard';
import type { Adapters, KeyValueStore, PowerEvent } from './types';

/** The real Electron implementations of the adapters (main process only). */
export function createElectronAdapters(dataDir: string): Adapters {
  return {
    clipboard: electronClipboard(clipboard, ClipboardItem, process.platform),
    notifications: {
      notify({ title, body }) {
        if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
      },
    },
    links: {
      async open(url) {
        // Callers check already; checking again keeps openExternal unreachable for anything off the allow-list.
        const check = checkExternalLink(url);
        if (!check.ok) return { opened: false };
        await shell.openExternal(check.url, { activate: true }); // eng-disable OPEN_EXTERNAL_JS_CHECK: only allow-listed https/mailto URLs reach here (checked above).
        return { opened: true };
      },
    },
    power: {
      on(event: PowerEvent, listener: () => void) {
        powerMonitor.on(event as 'suspend', listener);
        return () => powerMonitor.off(event as 'suspend', listener);
      },
      // Input anywhere on this computer counts, not only in AllyDesk's windows.
      systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
      // Electron reports 'lock-screen' on Windows and macOS, 'user-did-resign-active' on macOS only;
      // on Windows "Switch user" locks the screen first, so it arrives as a screen lock.
      triggers: () => ({
        screenLock: process.platform === 'win32' || process.platform === 'darwin',
        sleep: true,
        userSwitch: process.platform === 'win32' || process.platform === 'darwin',
      }),
    },
    seal: {
      // The async safeStorage API (the sync one is deprecated and blocks main on a keyring prompt).
      async level() {
        if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'none';
        // On Linux without a keyring Electron falls back to a hard-coded key: not real protection.
        if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'none';
        return 'os';
      },
      async seal(plain) {
        return safeStorage.encryptStringAsync(plain.toString('base64'));
      },
      async unseal(sealed) {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
        return { plain: Buffer.from(result, 'base64'), stale: shouldReEncrypt };
      },
    },
    stores: {
      open<T extends Record<string, unknown>>(name: string, defaults: T): KeyValueStore<T> {
        const file = new ElectronStore({
          cwd: dataDir,
          name,
          clearInvalidConfig: false,
          // Only this user may read AllyDesk's files (the vault files hold only ciphertext, but still).
          configFileMode: 0o600,
          accessPropertiesByDotNotation: false,
        });
        return withDefaults(file, defaults);
      },
    },
  };
}
