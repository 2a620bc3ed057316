import { version } from '../../package.json';
import { createNodeAdapters } from '../adapters/node';
import { NodePortalWindows } from '../adapters/portalWindowsNode';
import type { Logger } from '../adapters/types';
import { composeApp, type ComposedApp } from '../compose';
import { AdjustableClock } from '../services/clock';
import type { EffectivePolicy } from '../services/policy/service';

export interface HostServicesOptions {
  dataDir: string;
  logger: Logger;
  policy: EffectivePolicy;
  /** ALLYDESK_TEST_HOOKS=1: clock control and adapter records over IPC, and a debugging port on portal windows. */
  testHooks: boolean;
}

/**
 * The browser host's services, on Node's adapters. cli.ts loads this module (its own chunk) only
 * once the host listens, so the page is served while these are composed; IPC waits for them.
 */
export function composeHostServices({ dataDir, logger, policy, testHooks }: HostServicesOptions): ComposedApp {
  const clock = new AdjustableClock();
  const adapters = createNodeAdapters(dataDir, () => clock.now());
  const app = composeApp({
    runtime: 'browser',
    version,
    dataDir,
    clock,
    adapters,
    logger,
    policy,
    // Portal windows open in this machine's Chromium; ALLYDESK_DOWNLOADS_DIR moves downloads (tests use a temp folder).
    portalWindows: (policy) =>
      new NodePortalWindows({ dataDir, policy, downloadsDir: process.env.ALLYDESK_DOWNLOADS_DIR || undefined, testDebugPort: testHooks }),
    testHooks: testHooks ? { notifications: () => adapters.notifications.sent, openedLinks: () => adapters.links.opened } : undefined,
  });
  adapters.notifications.onNotify(({ title, body }) => app.registry.emit('app:notification', { title, body }));
  // No powerMonitor here: the timer scheduler spots wall-clock jumps (sleep) and others hear of it as 'resume'.
  app.services.timers.scheduler.onRecompute((reason) => reason === 'jump' && adapters.power.emit('resume'));
  return app;
}
