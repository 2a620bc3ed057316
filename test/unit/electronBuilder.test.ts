import { listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, checked offline: against the JSON schema electron-builder ships, for the
 * installers and icons the README promises, and by packing the app for real (against a stand-in
 * Electron, since the real one cannot be downloaded here) to see what goes into app.asar.
 */
const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);
type Config = Awaited<ReturnType<typeof getConfig>>;

const loadConfig = () => getConfig(root, null, null);
const validate = (config: Config) => validateConfiguration(config, new DebugLogger(false));
const targetsOf = (target: unknown) => (Array.isArray(target) ? target : [target]).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('passes the schema electron-builder validates every build with', async () => {
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it('would fail that validation with an unknown or misplaced option (the check is real)', async () => {
    const config = await loadConfig();
    await expect(validate({ ...config, notAnOption: true } as Config)).rejects.toThrow(/notAnOption/);
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } } as Config)).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('app.allydesk.desktop');
    expect(config.productName).toBe('AllyDesk');
    expect(targetsOf(config.win?.target)).toEqual(['nsis']);
    expect(targetsOf(config.mac?.target)).toEqual(['dmg']);
    expect(targetsOf(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });

  it('writes the hardening fuses into the binary, with no extra privileges for file://', async () => {
    const config = await loadConfig();
    // The page is served on app:// (electron/window.ts): file:// needs nothing beyond Chromium's own rules.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points every platform at real icons in build/ of the sizes each needs', async () => {
    const config = await loadConfig();
    expect(config.directories?.buildResources).toBe('build');
    // macOS derives its .icns from a PNG of at least 512 px; ours is 1024.
    expect(pngSize(join(root, config.mac!.icon!))).toEqual({ width: 1024, height: 1024 });
    // Windows: an ICO whose directory lists a 256 px image (stored as 0).
    const ico = readFileSync(join(root, config.win!.icon!));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    // Linux: a folder of NxN.png files; each must really be that size.
    const linuxIcons = join(root, config.linux!.icon!);
    const files = readdirSync(linuxIcons);
    expect(files).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const file of files) {
      const n = Number(file.split('x')[0]);
      expect(pngSize(join(linuxIcons, file)), file).toEqual({ width: n, height: n });
    }
  });
});

describe('the packed app (electron-builder --dir against a stand-in Electron)', () => {
  let work: string;
  let entries: string[];

  beforeAll(async () => {
    if (!existsSync(join(root, 'out/main/main.cjs'))) await run(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
    work = mkdtempSync(join(tmpdir(), 'allydesk-pack-'));
    // electron-builder copies an "unpacked Electron" folder; a stand-in binary is enough to pack the app.
    const fakeElectron = join(work, 'electron-dist');
    mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
    writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(fakeElectron, 'electron'), 0o755);
    // Same config, but no fuses (they patch the real binary, which the stand-in is not) and output to temp.
    const config = {
      ...(await loadConfig()),
      electronDist: fakeElectron,
      electronFuses: null,
      directories: { buildResources: 'build', output: join(work, 'release') },
    };
    writeFileSync(join(work, 'config.json'), JSON.stringify(config));
    await run(join(root, 'node_modules/.bin/electron-builder'), ['--dir', '--linux', '--x64', '--projectDir', root, '--config', join(work, 'config.json')], {
      cwd: root,
      timeout: 220_000,
      env: { ...process.env, CI: '1' },
    });
    const asar = join(work, 'release/linux-unpacked/resources/app.asar');
    entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('contains the built main process, sandboxed preload and renderer page', () => {
    expect(entries).toEqual(expect.arrayContaining(['package.json', 'out/main/main.cjs', 'out/preload/preload.cjs', 'out/renderer/index.html']));
    // main.cjs's shared chunks come along; the browser host does not (the packaged binary cannot run it).
    const chunkRequires = [...readFileSync(join(root, 'out/main/main.cjs'), 'utf8').matchAll(/require\("\.\/(chunks\/[^"]+)"\)/g)].map(
      (m) => `out/main/${m[1]}`,
    );
    expect(chunkRequires.length).toBeGreaterThan(0);
    expect(entries).toEqual(expect.arrayContaining(chunkRequires));
    expect(entries).not.toContain('out/main/host.cjs');
    expect(entries.some((e) => /^out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
  });

  it('has a sandbox-loadable preload: one CommonJS file requiring nothing but electron', () => {
    const preload = readFileSync(join(root, 'out/preload/preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('has a CommonJS main that finds its page and preload at the paths the archive holds', () => {
    const main = readFileSync(join(root, 'out/main/main.cjs'), 'utf8');
    // The build is minified: `require("electron")` and `(0,n.join)(__dirname,`../renderer`)`.
    expect(main).toMatch(/require\("electron"\)/);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const joinedFromHere = (target: string) => new RegExp(String.raw`\(__dirname,\s*` + '[`\'"]' + escape(target) + '[`\'"]\\)');
    for (const target of ['../renderer', '../preload/preload.cjs']) expect(main).toMatch(joinedFromHere(target));
    for (const file of ['../renderer/index.html', '../preload/preload.cjs']) expect(entries).toContain(join('out/main', file));
  });

  it('leaves out sources, tests, source maps and the build tooling', () => {
    const ours = entries.filter((e) => !e.startsWith('node_modules/'));
    expect(ours.filter((e) => /\.(ts|tsx|mts|map)$/.test(e) || /\.test\./.test(e))).toEqual([]);
    expect(ours.filter((e) => /^(electron|renderer|shared|test|scripts|build|release)(\/|$)/.test(e))).toEqual([]);
    const packed = new Set(entries.filter((e) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(e)).map((e) => e.slice('node_modules/'.length)));
    // Renderer libraries are bundled by Vite; none of the dev tooling may ride along.
    for (const dev of ['electron', 'electron-builder', 'vite', 'vitest', 'react', 'typescript', '@playwright/test']) expect(packed.has(dev), dev).toBe(false);
  });

  // electron-builder lists production dependencies with `npm ls`, which cannot see through a
  // symlinked node_modules (as in the helper worktrees); a real `npm ci` checkout has none.
  const symlinked = lstatSync(join(root, 'node_modules')).isSymbolicLink();
  const carriesAll = 'carries every runtime dependency of the main process, transitively';
  it.skipIf(symlinked)(symlinked ? `${carriesAll} (not checkable here: node_modules is a symlink, which npm ls cannot list through)` : carriesAll, () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      if (!entries.includes(`node_modules/${name}/package.json`)) return void missing.push(name);
      const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      Object.keys(manifest.dependencies ?? {}).forEach(visit);
    };
    Object.keys(pkg.dependencies).forEach(visit);
    expect(missing).toEqual([]);
  });
});
