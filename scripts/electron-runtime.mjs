import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Electron binary is, or why there is none — found WITHOUT requiring 'electron'
 * (its index.js tries to download the binary and throws where that is impossible).
 * @param {string} root project root
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findElectronRuntime(root = process.cwd()) {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { available: false, reason: 'the electron package is not installed (run npm ci)' };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultBinary();
  const binary = join(dist, relative);
  if (!existsSync(binary)) {
    return {
      available: false,
      reason: `the Electron runtime binary is not installed (${binary} is missing; it is downloaded from GitHub on first run, which this machine cannot reach)`,
    };
  }
  return { available: true, path: binary };
}

function defaultBinary() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
