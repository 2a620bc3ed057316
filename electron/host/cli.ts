import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { version } from '../../package.json';
import { createNodeAdapters } from '../adapters/node';
import { NodePortalWindows } from '../adapters/portalWindowsNode';
import { defaultDataDir } from '../adapters/paths';
import { composeApp } from '../compose';
import { AdjustableClock } from '../services/clock';
import { createConsoleLogger } from '../services/logger';
import { startHost } from './server';

/** `npm run start:browser`: the browser host. Its first line of output is the URL to open. */
async function main() {
  const rawPort = process.env.ALLYDESK_PORT ?? '0';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`ALLYDESK_PORT must be a whole number from 0 to 65535 (0 = any free port); it is "${rawPort}".\n`);
    process.exit(2);
  }
  const dataDir = defaultDataDir();
  const testHooks = process.env.ALLYDESK_TEST_HOOKS === '1';
  const clock = new AdjustableClock();
  const adapters = createNodeAdapters(dataDir, () => clock.now());
  const app = composeApp({
    runtime: 'browser',
    version,
    dataDir,
    clock,
    adapters,
    logger: createConsoleLogger('host'),
    // Portal windows open in this machine's Chromium; ALLYDESK_DOWNLOADS_DIR moves downloads (tests use a temp folder).
    portalWindows: (policy) => new NodePortalWindows({ dataDir, policy, downloadsDir: process.env.ALLYDESK_DOWNLOADS_DIR || undefined, testDebugPort: testHooks }),
    testHooks: testHooks
      ? { notifications: () => adapters.notifications.sent, openedLinks: () => adapters.links.opened }
      : undefined,
  });
  adapters.notifications.onNotify(({ title, body }) => app.registry.emit('app:notification', { title, body }));
  // No powerMonitor here: the timer scheduler spots wall-clock jumps (sleep) and others hear of it as 'resume'.
  app.services.timers.scheduler.onRecompute((reason) => reason === 'jump' && adapters.power.emit('resume'));

  const host = await startHost({
    registry: app.registry,
    rendererDir: join(import.meta.dirname, '../renderer'),
    token: randomBytes(32).toString('base64url'),
    port,
  });
  process.stdout.write(`${host.url}\n`);
  process.stdout.write(
    `AllyDesk (unofficial) is running in browser mode on this computer only (127.0.0.1). Open the address above; data folder: ${dataDir}. Press Ctrl+C to stop.\n`,
  );

  const stop = async () => {
    await host.close();
    await app.dispose(); // writes any queued audit records first
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
