// `npm start`: the desktop app where the Electron runtime exists; otherwise browser mode, said plainly.
import { spawn } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime.mjs';

const runtime = findElectronRuntime();
const [command, args] = runtime.available
  ? [runtime.path, ['.']]
  : [process.execPath, ['out/main/host.js']];
if (!runtime.available) {
  console.log(`Electron cannot start here: ${runtime.reason}. Starting AllyDesk in browser mode instead.`);
}
const child = spawn(command, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
