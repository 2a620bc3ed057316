import { mkdirSync } from 'node:fs';
import type { Adapters, Logger } from './adapters/types';
import { registerAppIpc } from './ipc/app';
import { registerReferenceIpc } from './ipc/reference';
import { IpcRegistry } from './ipc/registry';
import { registerTestHookIpc } from './ipc/testHooks';
import { registerVaultIpc } from './ipc/vault';
import { createAuditLog } from './services/audit/audit';
import { createIntervalDeadlines } from './services/vault/deadlines';
import { createVaultService } from './services/vault/service';
import type { AdjustableClock } from './services/clock';
import { createReferenceService } from './services/reference';
import type { ReferenceOverrides } from '../shared/ipc/reference';
import { openStore } from './services/storage';

export interface ComposeOptions {
  runtime: 'electron' | 'browser';
  version: string;
  dataDir: string;
  clock: AdjustableClock;
  adapters: Adapters;
  logger: Logger;
  /** Test-only IPC (clock control, adapter records). Never on unless ALLYDESK_TEST_HOOKS=1. */
  testHooks?: {
    notifications: () => { title: string; body: string; at: number }[];
    openedLinks: () => string[];
  };
}

/**
 * Builds every service and binds every IPC channel. The one wiring place, shared by the
 * Electron main process and the browser host so the two cannot drift.
 */
export function composeApp(options: ComposeOptions) {
  const { dataDir, adapters, logger, clock } = options;
  mkdirSync(dataDir, { recursive: true });
  const registry = new IpcRegistry(logger);
  const disposers: (() => void)[] = [];

  const notices: string[] = [];
  const open = <T extends Record<string, unknown>>(name: string, defaults: T) =>
    openStore(adapters.stores, dataDir, name, defaults, ({ movedTo }) => {
      logger.warn('Damaged data file moved aside', { store: name });
      notices.push(`A damaged AllyDesk file was moved aside to ${movedTo}. AllyDesk started fresh for that part; nothing else was touched.`);
    }, () => clock.now());

  const reference = createReferenceService(open('reference', { overrides: { portalUrls: {} } }));
  const audit = createAuditLog({ dataDir, clock });
  // Stand-in for the main-process timer scheduler (integrator: pass the scheduler's port here).
  const vaultDeadlines = createIntervalDeadlines(clock);
  const vault = createVaultService({
    dataDir, clock, logger, audit, deadlines: vaultDeadlines, ...adapters,
    emit: ({ name, payload }) => registry.emit(name, payload),
    portalLoginUrl: (portal) => reference.getOverrides().portalUrls[portal as keyof ReferenceOverrides['portalUrls']] ?? null,
  });

  disposers.push(
    registerAppIpc(registry, {
      info: { version: options.version, runtime: options.runtime, dataDir, testHooks: Boolean(options.testHooks) },
      links: adapters.links,
      notices: () => [...notices],
    }),
    registerReferenceIpc(registry, reference),
    registerVaultIpc(registry, vault),
    vault.watchPower(),
  );
  if (options.testHooks) {
    disposers.push(registerTestHookIpc(registry, { clock, clipboard: adapters.clipboard, ...options.testHooks }));
  }

  return {
    registry,
    services: { reference, vault, audit },
    dispose() {
      for (const dispose of disposers.reverse()) dispose();
      void vault.dispose();
      vaultDeadlines.dispose();
    },
  };
}
export type ComposedApp = ReturnType<typeof composeApp>;
