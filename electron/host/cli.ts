import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { defaultDataDir } from '../adapters/paths';
import type { ComposedApp } from '../compose';
import { DataFolderInUse, lockDataFolder } from '../services/dataFolderLock';
import { createConsoleLogger } from '../services/logger';
import { ensurePrivateFolder } from '../services/privateFolder';
import { startPlatformPolicy } from '../services/policy/sources';
import type { EffectivePolicy } from '../services/policy/service';
import { startHost, type RunningHost } from './server';

/** Why listening failed, in words (never a stack trace): a busy port is the common case. */
function listenFailure(error: unknown, port: number): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use. Set ALLYDESK_PORT to another port or 0 for any free port.`;
  if (code === 'EACCES')
    return `this computer does not allow AllyDesk to use port ${port}. Set ALLYDESK_PORT to another port (above 1023) or 0 for any free port.`;
  return `${error instanceof Error ? error.message : String(error)}.`;
}

/** `npm run start:browser`: the browser host. Its first line of output is the URL to open. */
async function main() {
  // Whoever started the host may stop reading its output (a launcher that keeps only the address,
  // `| head -1`): a write to the closed pipe must not stop the portals and vault the user is working in.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const rawPort = process.env.ALLYDESK_PORT ?? '0';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`ALLYDESK_PORT must be a whole number from 0 to 65535 (0 = any free port); it is "${rawPort}".\n`);
    process.exit(2);
  }
  const logger = createConsoleLogger('host');
  const policy = await startPlatformPolicy(logger);
  if (!policy.allows('BrowserMode')) {
    process.stderr.write(`${browserModeRefusal(policy)}\n`);
    process.exit(3);
  }
  const dataDir = defaultDataDir();
  ensurePrivateFolder(dataDir);
  // One instance per data folder: a second one says where the first runs, in one line, and exits.
  const folderLock = await lockDataFolder(dataDir, {
    onCompromised: () => logger.error('The data folder lock was lost; another AllyDesk may now use this folder'),
  }).catch((error: unknown) => {
    if (!(error instanceof DataFolderInUse)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
  const testHooks = process.env.ALLYDESK_TEST_HOOKS === '1';

  // The page is served as soon as the host listens; the services (their code, stores and schedulers)
  // are composed in the next moment, while the browser opens the page, and IPC requests wait for them.
  let composeServices!: () => void;
  const services: Promise<ComposedApp> = new Promise<void>((resolve) => (composeServices = resolve))
    .then(() => import('./services'))
    .then(({ composeHostServices }) => composeHostServices({ dataDir, logger, policy, testHooks }));

  let host: RunningHost;
  try {
    host = await startHost({
      registry: services.then((app) => app.registry),
      rendererDir: join(import.meta.dirname, '../renderer'),
      token: randomBytes(32).toString('base64url'),
      port,
    });
  } catch (error) {
    process.stderr.write(`AllyDesk could not start browser mode: ${listenFailure(error, port)}\n`);
    policy.stop();
    await folderLock.release();
    process.exit(1);
  }
  process.stdout.write(`${host.url}\n`);
  composeServices();
  let app: ComposedApp;
  try {
    app = await services;
  } catch (error) {
    // Said in one line, like every other refusal here, and the host stops: it cannot answer a page without its services.
    process.stderr.write(`AllyDesk could not start its services on the data folder ${dataDir}: ${error instanceof Error ? error.message : String(error)}\n`);
    policy.stop();
    await host.close();
    await folderLock.release();
    process.exit(1);
  }
  process.stdout.write(
    `AllyDesk (unofficial) is running in browser mode on this computer only (127.0.0.1). Open the address above; data folder: ${dataDir}. Press Ctrl+C to stop.\n`,
  );

  const stop = async (code = 0) => {
    policy.stop();
    await host.close();
    await app.dispose(); // writes any queued audit records first
    await folderLock.release();
    process.exit(code);
  };
  // IT can turn browser mode off while it runs: it stops, with the same one line.
  policy.onChange(() => {
    if (policy.allows('BrowserMode')) return;
    process.stderr.write(`${browserModeRefusal(policy)}\n`);
    void stop(3);
  });
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** The one line the browser host prints when IT has turned browser mode off. */
function browserModeRefusal(policy: EffectivePolicy) {
  const where = policy.state().sources.BrowserMode?.location ?? 'the practice policy';
  return `AllyDesk's browser mode is turned off by your practice's IT (BrowserMode policy in ${where}); use the AllyDesk desktop app instead.`;
}

void main();
