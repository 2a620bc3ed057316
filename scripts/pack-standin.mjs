// `node scripts/pack-standin.mjs <win|mac|linux> [output folder]`: packs the app with electron-builder
// (`--dir`, publishing off) for one system against a stand-in Electron, so the layout each installer is
// built from — app.asar, the admin templates in resources/policies/, the update feed file — can be
// checked on a machine that cannot download Electron. The result does not run: the "binaries" are
// placeholders (a minimal PE with version info on Windows, empty files in an .app on macOS).
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const MAC_HELPERS = ['Electron Helper', 'Electron Helper (GPU)', 'Electron Helper (Renderer)', 'Electron Helper (Plugin)'];
const plist = (name, id) =>
  `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleExecutable</key><string>${name}</string><key>CFBundleIdentifier</key><string>${id}</string><key>CFBundleName</key><string>${name}</string></dict></plist>`;

/** An unpacked-Electron folder of the shape electron-builder copies for `platform`. */
async function standInElectron(platform, dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  if (platform === 'linux') {
    writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron: not runnable" >&2\nexit 1\n');
    chmodSync(join(dir, 'electron'), 0o755);
  } else if (platform === 'win') {
    // electron-builder writes the asar integrity into the exe's resources: it must be a PE with version info.
    const { NtExecutable, NtExecutableResource, Resource } = await import('resedit');
    const exe = NtExecutable.createEmpty(false, false);
    const resources = NtExecutableResource.from(exe);
    const version = Resource.VersionInfo.createEmpty();
    version.setFileVersion(45, 4, 1, 0, 1033);
    version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron' });
    version.outputToResourceEntries(resources.entries);
    resources.outputResource(exe);
    writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  } else if (platform === 'mac') {
    const contents = join(dir, 'Electron.app/Contents');
    for (const sub of ['MacOS', 'Resources', 'Frameworks']) mkdirSync(join(contents, sub), { recursive: true });
    writeFileSync(join(contents, 'MacOS/Electron'), '');
    writeFileSync(join(contents, 'Info.plist'), plist('Electron', 'com.github.Electron'));
    for (const helper of MAC_HELPERS) {
      const helperContents = join(contents, 'Frameworks', `${helper}.app/Contents`);
      mkdirSync(join(helperContents, 'MacOS'), { recursive: true });
      writeFileSync(join(helperContents, 'MacOS', helper), '');
      writeFileSync(join(helperContents, 'Info.plist'), plist(helper, 'com.github.Electron.helper'));
    }
  } else throw new Error(`pack-standin: unknown system "${platform}" (use win, mac or linux)`);
}

/** The folder electron-builder writes the unpacked app to, per system. */
export const UNPACKED = { win: 'win-unpacked', mac: 'mac', linux: 'linux-unpacked' };

/**
 * Packs for `platform` into `work`/release and returns the unpacked app's folder. The config is
 * electron-builder.yml's, with the stand-in as electronDist, no fuses (they patch the real binary)
 * and the output redirected.
 */
export async function packWithStandIn(platform, work) {
  const { getConfig } = await import('app-builder-lib/out/util/config/config.js');
  rmSync(work, { recursive: true, force: true });
  const electronDist = join(work, 'electron-dist');
  await standInElectron(platform, electronDist);
  const config = {
    ...(await getConfig(root, null, null)),
    electronDist,
    electronFuses: null,
    directories: { buildResources: 'build', output: join(work, 'release') },
  };
  writeFileSync(join(work, 'config.json'), JSON.stringify(config));
  const args = ['--dir', `--${platform}`, '--x64', '--publish', 'never', '--projectDir', root, '--config', join(work, 'config.json')];
  await run(join(root, 'node_modules/.bin/electron-builder'), args, {
    cwd: root,
    timeout: 220_000,
    maxBuffer: 16 * 1024 * 1024,
    // No signing here: there is no certificate, and macOS signing needs macOS.
    env: { ...process.env, CI: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  return join(work, 'release', UNPACKED[platform]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [platform, out = join(tmpdir(), `allydesk-standin-${platform}`)] = process.argv.slice(2);
  const dir = await packWithStandIn(platform, out);
  console.log(`Packed for ${platform} against a stand-in Electron: ${dir}`);
}
