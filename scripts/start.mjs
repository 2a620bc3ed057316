// `npm start` (after the build): the desktop app where Electron can open a window; otherwise one
// line saying why, then browser mode, whose first line is the address to open.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findUsableElectron } from './electron-runtime.mjs';

const root = join(import.meta.dirname, '..');

function startBrowserMode() {
  return spawn(process.execPath, [join(root, 'out/main/host.cjs')], { cwd: root, stdio: 'inherit' });
}

function startDesktop(binary) {
  // ELECTRON_RUN_AS_NODE left over in a shell would turn Electron into plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  return spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
}

const electron = findUsableElectron(root);
let child;
if (electron.available) {
  child = startDesktop(electron.path);
  child.once('error', (error) => {
    console.log(`Electron could not start (${error.message}). Starting AllyDesk in browser mode instead.`);
    follow(startBrowserMode());
  });
} else {
  console.log(`Electron cannot start here: ${electron.reason}. Starting AllyDesk in browser mode instead.`);
  child = startBrowserMode();
}
follow(child);

function follow(next) {
  child = next;
  next.once('exit', (code, signal) => {
    if (next === child) process.exit(code ?? (signal ? 0 : 1));
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
