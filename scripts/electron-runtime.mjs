import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
  const binaryName = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultBinary();
  const binary = join(dist, binaryName);
  if (!existsSync(binary)) {
    return {
      available: false,
      reason: `${relative(root, binary)} is missing (Electron downloads it from github.com on first use; \`npx install-electron\` fetches it where that site is reachable)`,
    };
  }
  return { available: true, path: binary };
}

/** Electron on Linux needs a display server; elsewhere there always is one. */
export function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * Whether the desktop app can open a window here: the runtime is installed and there is a display.
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findUsableElectron(root = process.cwd()) {
  const runtime = findElectronRuntime(root);
  if (!runtime.available) return runtime;
  if (!hasDisplay()) return { available: false, reason: 'there is no display (neither $DISPLAY nor $WAYLAND_DISPLAY is set; run under xvfb-run on a server)' };
  return runtime;
}

function defaultBinary() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
