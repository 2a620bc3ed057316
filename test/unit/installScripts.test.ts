import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * npm 11 runs no dependency install script unless package.json's `allowScripts` allows it, and
 * warns at the end of `npm ci` about each one it skipped. Every such package is decided here, so
 * a fresh install is quiet and does the same on every machine.
 */
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; version?: string }>;
};
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install scripts', () => {
  const withScripts = [...new Set(Object.entries(lock.packages).flatMap(([path, p]) => (p.hasInstallScript && path ? [nameOf(path)] : [])))].sort();

  it('every dependency with an install script is approved or denied in package.json', () => {
    const decided = Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@.*$/, ''));
    expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  });

  it('runs none of them: Squirrel.Windows packaging (electron-winstaller) is unused by the NSIS and MSI targets, es5-ext only prints a message', () => {
    expect(withScripts).toEqual(['electron-winstaller', 'es5-ext']);
    expect(pkg.allowScripts).toEqual({ 'electron-winstaller': false, 'es5-ext': false });
  });
});
