import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findElectronRuntime, findUsableElectron } from './electron-runtime.mjs';

// What `npm start` and the Electron e2e project decide from: found without requiring 'electron'.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'allydesk-runtime-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});
const installPackage = () => mkdirSync(join(root, 'node_modules/electron'), { recursive: true });
const installBinary = (relative = 'electron') => {
  writeFileSync(join(root, 'node_modules/electron/path.txt'), relative);
  mkdirSync(join(root, 'node_modules/electron/dist'), { recursive: true });
  writeFileSync(join(root, 'node_modules/electron/dist', relative), '');
};

describe('finding the Electron runtime', () => {
  it('says to run npm ci when the package is missing', () => {
    expect(findElectronRuntime(root)).toEqual({ available: false, reason: 'the electron package is not installed (run npm ci)' });
  });

  it('names the missing binary and how to fetch it when only the package is installed', () => {
    installPackage();
    const found = findElectronRuntime(root);
    expect(found.available).toBe(false);
    expect(!found.available && found.reason).toMatch(/^node_modules\/electron\/dist\/electron is missing .*npx install-electron/);
  });

  it('finds the binary path.txt names, or the one in ELECTRON_OVERRIDE_DIST_PATH', () => {
    installPackage();
    installBinary();
    expect(findElectronRuntime(root)).toEqual({ available: true, path: join(root, 'node_modules/electron/dist/electron') });
    const custom = join(root, 'custom-dist');
    mkdirSync(custom);
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', custom);
    expect(findElectronRuntime(root).available).toBe(false);
    writeFileSync(join(custom, 'electron'), '');
    expect(findElectronRuntime(root)).toEqual({ available: true, path: join(custom, 'electron') });
  });

  it.runIf(process.platform === 'linux')('on Linux, refuses to start Electron without a display and says to use xvfb-run', () => {
    installPackage();
    installBinary();
    vi.stubEnv('DISPLAY', '');
    vi.stubEnv('WAYLAND_DISPLAY', '');
    const usable = findUsableElectron(root);
    expect(!usable.available && usable.reason).toMatch(/no display.*xvfb-run/);
    vi.stubEnv('DISPLAY', ':99');
    expect(findUsableElectron(root).available).toBe(true);
  });
});
