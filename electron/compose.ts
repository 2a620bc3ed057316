import { mkdirSync } from 'node:fs';
import type { Adapters, Logger, PortalWindowPolicy, PortalWindowsAdapter } from './adapters/types';
import { registerPortalsIpc } from './ipc/portals';
import { createPortalsService } from './services/portals/service';
import { PORTALS_STORE_DEFAULTS } from './services/portals/state';
import { portalTimersFrom, portalWarningBars, unavailablePortalWindows } from './services/portals/wiring';
import { registerAppIpc } from './ipc/app';
import { registerAutopayIpc } from './ipc/autopay';
import { registerReferenceIpc } from './ipc/reference';
import { IpcRegistry } from './ipc/registry';
import { registerTestHookIpc } from './ipc/testHooks';
import { registerTimersIpc } from './ipc/timers';
import { AUTOPAY_STORE_DEFAULTS, createAutopayService } from './services/autopay/service';
import { registerVaultIpc } from './ipc/vault';
import { createAuditLog } from './services/audit/audit';
import { schedulerDeadlines } from './services/vault/deadlines';
import { createVaultService } from './services/vault/service';
import type { AdjustableClock } from './services/clock';
import { createReferenceService } from './services/reference';
import { PORTAL_IDS, type PortalId } from '../shared/content/ids';
import { shownPortalUrl } from '../shared/content/overrides';
import { openStore } from './services/storage';
import { createTimers, TIMERS_FILE_DEFAULTS } from './services/timers';

export interface ComposeOptions {
  runtime: 'electron' | 'browser';
  version: string;
  dataDir: string;
  clock: AdjustableClock;
  adapters: Adapters;
  logger: Logger;
  /** Test-only IPC (clock control, adapter records). Never on unless ALLYDESK_TEST_HOOKS=1. */
  /** Makes the runtime's portal windows (Electron or the browser-mode twin); without it they say they are unavailable. */
  portalWindows?: (policy: PortalWindowPolicy) => PortalWindowsAdapter;
  /** Opens a web address a portal tried to reach, off the allow-list, once the user chose to (desktop only). */
  openUnlistedLink?: (url: string) => Promise<{ opened: boolean }>;
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
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const registry = new IpcRegistry(logger);
  const disposers: (() => void)[] = [];

  const notices: string[] = [];
  const open = <T extends Record<string, unknown>>(name: string, defaults: T) =>
    openStore(adapters.stores, dataDir, name, defaults, ({ movedTo }) => {
      logger.warn('Damaged data file moved aside', { store: name });
      notices.push(`A damaged AllyDesk file was moved aside to ${movedTo}. AllyDesk started fresh for that part; nothing else was touched.`);
    }, () => clock.now());

  const reference = createReferenceService(open('reference', { overrides: { portalUrls: {} } }), { testHooks: Boolean(options.testHooks) });
  // Password rotation also counts the vault profiles' saved passwords (vault is built below).
  let vault: ReturnType<typeof createVaultService> | null = null;
  const timers = createTimers({
    clock, store: open('timers', TIMERS_FILE_DEFAULTS), adapters, logger,
    extraCredentials: () => vault?.rotationCredentials() ?? [],
  });
  const audit = createAuditLog({ dataDir, clock, seal: adapters.seal, logger });
  const vaultDeadlines = schedulerDeadlines(timers.scheduler);
  vault = createVaultService({
    dataDir, clock, logger, audit, deadlines: vaultDeadlines, ...adapters,
    emit: ({ name, payload }) => registry.emit(name, payload),
    // The help content's login URL (seed 000 gives Practice Mate's), or the practice's override.
    onEntriesChanged: () => void timers.service.resyncRotation(),
    portalLoginUrl: (portal) => ((PORTAL_IDS as readonly string[]).includes(portal) ? (shownPortalUrl(portal as PortalId, reference.getOverrides()).value ?? null) : null),
  });
  // With the vault built, the locked profiles' oldest password dates count too.
  timers.service.resyncRotation();

  // Autopay records who made a change (the unlocked profile) and logs it in the vault's audit chain.
  const autopay = createAutopayService({ store: open('autopay', AUTOPAY_STORE_DEFAULTS), clock, logger, currentProfile: vault.currentProfile, audit });

  // Portal windows: the vault lends one entry's login per fill; real activity drives the session timers.
  const portals = createPortalsService({
    clock, logger, vault,
    store: open('portals', PORTALS_STORE_DEFAULTS),
    createWindows: options.portalWindows ?? unavailablePortalWindows,
    timers: portalTimersFrom(timers.service),
    notifications: adapters.notifications,
    configuredUrls: () => reference.getOverrides().portalUrls,
    loginUrl: (p) => shownPortalUrl(p, reference.getOverrides()).value ?? null,
    testHooks: Boolean(options.testHooks),
    openUnlisted: options.openUnlistedLink,
    onChange: (view) => registry.emit('portals:changed', view),
  });

  disposers.push(
    registerPortalsIpc(registry, portals),
    timers.service.onChange((view) => portalWarningBars(portals, view)),
    registerAppIpc(registry, {
      info: { version: options.version, runtime: options.runtime, dataDir, testHooks: Boolean(options.testHooks) },
      links: adapters.links,
      notices: () => [...notices],
    }),
    registerReferenceIpc(registry, reference),
    registerTimersIpc(registry, timers.service),
    timers.stop,
    registerAutopayIpc(registry, autopay),
    registerVaultIpc(registry, vault),
    vault.watchPower(),
  );
  if (options.testHooks) {
    disposers.push(registerTestHookIpc(registry, { clock, clipboard: adapters.clipboard, ...options.testHooks }));
  }

  return {
    registry,
    services: { reference, timers, autopay, vault, audit, portals },
    /** Resolves once the vault is locked and every queued audit record is on disk. */
    async dispose() {
      for (const dispose of disposers.reverse()) dispose();
      const locked = vault.dispose();
      vaultDeadlines.dispose();
      await portals.dispose().catch((error: unknown) => logger.error('Portal windows did not close cleanly on quit', { error: String(error) }));
      await locked.catch((error: unknown) => logger.error('The vault did not lock cleanly on quit', { error: String(error) }));
      await audit.settled();
    },
  };
}
export type ComposedApp = ReturnType<typeof composeApp>;
