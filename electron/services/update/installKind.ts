import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { updateMessages } from '../../../shared/i18n/main/updates';
import { sayerFor } from '../say';
const say = sayerFor(updateMessages);

/**
 * How this copy of AllyDesk was installed, which decides whether it may update itself:
 *  - 'nsis' (Windows per-user installer), 'mac' (an .app from the dmg or zip), 'appimage': yes;
 *  - 'msi' (Windows per-machine, Group Policy / Intune): never — IT pushes the next MSI;
 *  - 'deb': never — apt or IT installs the next package;
 *  - 'unpackaged' (a development or browser-mode run): never.
 */
export type InstallKind = 'nsis' | 'msi' | 'mac' | 'appimage' | 'deb' | 'unpackaged';

export interface InstallFacts {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** process.execPath of the packaged app. */
  exePath: string;
  productName: string;
  /** The AppImage runtime sets APPIMAGE to the image's path. */
  env: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}

export function installKind({ platform, isPackaged, exePath, productName, env, exists = existsSync }: InstallFacts): InstallKind {
  if (!isPackaged) return 'unpackaged';
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') {
    // The NSIS installer leaves its uninstaller beside the exe; the MSI is removed by Windows Installer and leaves none.
    return exists(join(dirname(exePath), `Uninstall ${productName}.exe`)) ? 'nsis' : 'msi';
  }
  return env.APPIMAGE ? 'appimage' : 'deb';
}

/** Why this install does not update itself, in the words Settings shows; null when it does. */
export function selfUpdateBlocked(kind: InstallKind): string | null {
  switch (kind) {
    case 'msi':
      return say('offMsi');
    case 'deb':
      return say('offDeb');
    case 'unpackaged':
      return say('offUnpackaged');
    default:
      return null;
  }
}
