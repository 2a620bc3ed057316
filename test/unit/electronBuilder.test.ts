import { listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWithStandIn } from '../../scripts/pack-standin.mjs';

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

  it('names the app and builds NSIS and MSI for Windows, dmg and zip for macOS, AppImage and deb for Linux', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('app.allydesk.desktop');
    expect(config.productName).toBe('AllyDesk');
    expect(targetsOf(config.win?.target)).toEqual(['nsis', 'msi']);
    expect(targetsOf(config.mac?.target)).toEqual(['dmg', 'zip']);
    expect(targetsOf(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });

  it('installs per user with NSIS and per machine with an MSI whose upgrade code never changes', async () => {
    const config = await loadConfig();
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: '7C1E2B6A-4F0D-4D8E-9B3A-6A1D5E2F9C47' });
    // A different code would make the next MSI install beside the old one instead of replacing it.
    expect(config.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(new Set([config.nsis?.artifactName, config.msi?.artifactName]).size).toBe(2);
  });

  it('checks a Windows update is signed by the publisher; hardens the macOS runtime and notarises only with credentials', async () => {
    const config = await loadConfig();
    expect(config.win?.signtoolOptions?.publisherName).toBe('AllyDesk');
    expect(config.win?.verifyUpdateCodeSignature).toBe(true);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    // Unset (not false): electron-builder notarises when APPLE_ID/APPLE_API_KEY/… are set and skips otherwise.
    expect(config.mac?.notarize).toBeUndefined();
    const entitlements = readFileSync(join(root, config.mac!.entitlements!), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('writes a generic update feed (latest*.yml beside the installers) and leaves publishing to the release step', async () => {
    const config = await loadConfig();
    expect(config.publish).toEqual({ provider: 'generic', url: 'https://downloads.allydesk.app/desktop', channel: 'latest' });
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
    // macOS: an .icns of PNGs up to 1024 px (committed, so packaging downloads no icon tool).
    const icns = readFileSync(join(root, config.mac!.icon!));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const icnsTypes: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) icnsTypes.push(icns.subarray(at, at + 4).toString('latin1'));
    expect(icnsTypes).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10']);
    expect(pngSize(join(root, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
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
  const unpacked: Record<'win' | 'mac' | 'linux', string> = { win: '', mac: '', linux: '' };

  beforeAll(async () => {
    if (!existsSync(join(root, 'out/main/main.cjs'))) await run(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
    work = mkdtempSync(join(tmpdir(), 'allydesk-pack-'));
    // One pack per system, side by side (scripts/pack-standin.mjs: the installers' input layout).
    await Promise.all(
      (['linux', 'win', 'mac'] as const).map(async (platform) => {
        unpacked[platform] = await packWithStandIn(platform, join(work, platform));
      }),
    );
    const asar = join(unpacked.linux, 'resources/app.asar');
    entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const policies = join(root, 'build/policies');
  const sameFile = (packed: string, source: string) => expect(readFileSync(packed).equals(readFileSync(join(policies, source))), source).toBe(true);

  it('Windows (what NSIS and the MSI install): AllyDesk.exe, the app, and the ADMX/ADML templates policy generates', () => {
    const resources = join(unpacked.win, 'resources');
    expect(existsSync(join(unpacked.win, 'AllyDesk.exe'))).toBe(true);
    expect(existsSync(join(resources, 'app.asar'))).toBe(true);
    expect(readdirSync(join(resources, 'policies'), { recursive: true }).map(String).sort()).toEqual([
      'AllyDesk.admx',
      'en-US',
      join('en-US', 'AllyDesk.adml'),
    ]);
    sameFile(join(resources, 'policies/AllyDesk.admx'), 'AllyDesk.admx');
    sameFile(join(resources, 'policies/en-US/AllyDesk.adml'), 'en-US/AllyDesk.adml');
    // The same archive as Linux's: one app, three wrappers.
    expect(listPackage(join(resources, 'app.asar'), { isPack: false }).length).toBe(entries.length);
  });

  it('macOS (what the dmg and zip hold): AllyDesk.app with its icon, the app and the configuration profile template', () => {
    const contents = join(unpacked.mac, 'AllyDesk.app/Contents');
    expect(existsSync(join(contents, 'MacOS/AllyDesk'))).toBe(true);
    const info = readFileSync(join(contents, 'Info.plist'), 'utf8');
    expect(info).toMatch(/<key>CFBundleIdentifier<\/key>\s*<string>app\.allydesk\.desktop<\/string>/);
    expect(info).toMatch(/<key>CFBundleIconFile<\/key>\s*<string>icon\.icns<\/string>/);
    expect(readdirSync(join(contents, 'Resources')).sort()).toEqual(expect.arrayContaining(['app.asar', 'icon.icns', 'policies']));
    expect(readdirSync(join(contents, 'Resources/policies'))).toEqual(['app.allydesk.desktop.mobileconfig']);
    sameFile(join(contents, 'Resources/policies/app.allydesk.desktop.mobileconfig'), 'app.allydesk.desktop.mobileconfig');
    expect(readdirSync(join(contents, 'Frameworks'))).toEqual(expect.arrayContaining(['AllyDesk Helper.app', 'AllyDesk Helper (Renderer).app']));
  });

  it('Linux (what the AppImage and deb hold): the allydesk binary, the feed the AppImage updates from, the policy file schema', () => {
    const resources = join(unpacked.linux, 'resources');
    expect(existsSync(join(unpacked.linux, 'allydesk'))).toBe(true);
    expect(readFileSync(join(resources, 'app-update.yml'), 'utf8')).toMatch(
      /^provider: generic\nurl: https:\/\/downloads\.allydesk\.app\/desktop\nchannel: latest\n/,
    );
    expect(readdirSync(join(resources, 'policies')).sort()).toEqual(['policy.example.json', 'policy.schema.json']);
    sameFile(join(resources, 'policies/policy.schema.json'), 'policy.schema.json');
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
