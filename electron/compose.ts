import type { SentNotification } from './adapters/recorders';
import type { Adapters, Logger, PortalWindowPolicy, PortalWindowsAdapter } from './adapters/types';
import { registerPortalsIpc } from './ipc/portals';
import { createPortalsService } from './services/portals/service';
import { PORTALS_STORE_DEFAULTS, PORTALS_STORE_SHAPE } from './services/portals/state';
import { portalTimersFrom, portalWarningBars, unavailablePortalWindows } from './services/portals/wiring';
import { registerAppIpc } from './ipc/app';
import { registerLanguageIpc } from './ipc/language';
import { registerUpdateIpc } from './ipc/update';
import type { InstallKind } from './services/update/installKind';
import { fileUpdateMemory } from './services/update/memory';
import { startUpdateService, type UpdaterPort } from './services/update/service';
import { createLanguageService, LANGUAGE_STORE_DEFAULTS, LANGUAGE_STORE_SHAPE } from './services/language/service';
import { speakIn } from './services/say';
import { registerAutopayIpc } from './ipc/autopay';
import { registerPolicyIpc } from './ipc/policy';
import { registerReferenceIpc } from './ipc/reference';
import { registerShiftIpc } from './ipc/shift';
import { IpcRegistry } from './ipc/registry';
import { registerTestHookIpc } from './ipc/testHooks';
import { registerTimersIpc } from './ipc/timers';
import { AUTOPAY_STORE_DEFAULTS, AUTOPAY_STORE_SHAPE, createAutopayService } from './services/autopay/service';
import { registerVaultIpc } from './ipc/vault';
import { createSharedFolderSettings } from './services/vault/shared/deviceSettings';
import { pollSharedProfiles } from './services/vault/shared/poll';
import { registerVaultImportIpc } from './ipc/vaultImport';
import { createLoginImport } from './services/vault/import/service';
import { createPlainExport } from './services/vault/import/plainExport';
import { createAuditLog } from './services/audit/service';
import { createSharedActivity } from './services/audit/sharedActivity';
import { schedulerDeadlines } from './services/vault/deadlines';
import { createVaultService } from './services/vault/service';
import { createShiftService } from './services/shift/service';
import type { AdjustableClock } from './services/clock';
import { staticPolicy, type EffectivePolicy } from './services/policy/service';
import { createReferenceService, REFERENCE_STORE_DEFAULTS, REFERENCE_STORE_SHAPE } from './services/reference/service';
import { PORTAL_IDS, type PortalId } from '../shared/content/ids';
import { shownPortalUrl } from '../shared/content/overrides';
import { OFFICE_ALLY_SITE, portalStartPage } from '../shared/content/startPages';
import { ensurePrivateDataFolder } from './services/privateFolder';
import { createRotationDates } from './services/rotationDates';
import { openStore, type StoreShape } from './services/storage';
import { createTimers, TIMERS_FILE_DEFAULTS, TIMERS_FILE_SHAPE } from './services/timers/service';

export interface ComposeOptions {
  runtime: 'electron' | 'browser';
  version: string;
  dataDir: string;
  clock: AdjustableClock;
  adapters: Adapters;
  logger: Logger;
  /** The practice policy in force (startPlatformPolicy); omitted, no policy applies (unit tests). */
  policy?: EffectivePolicy;
  /** Makes the runtime's portal windows (Electron or the browser-mode twin); without it they say they are unavailable. */
  portalWindows?: (policy: PortalWindowPolicy) => PortalWindowsAdapter;
  /** Opens a web address a portal tried to reach, off the allow-list, once the user chose to (desktop only). */
  openUnlistedLink?: (url: string) => Promise<{ opened: boolean }>;
  /** The operating system's preferred languages (Electron's app.getPreferredSystemLanguages()); the browser host has none and uses the page's. */
  systemLanguages?: () => readonly string[];
  /** Test-only IPC (clock control, adapter records). Never on unless ALLYDESK_TEST_HOOKS=1. */
  /** How this copy was installed and the updater to use (electron/adapters/updater.ts); without it, no self-update. */
  updates?: { installKind: InstallKind; updater: UpdaterPort };
  testHooks?: {
    notifications: () => SentNotification[];
    openedLinks: () => string[];
  };
}

/**
 * Builds every service and binds every IPC channel. The one wiring place, shared by the
 * Electron main process and the browser host so the two cannot drift.
 */
export function composeApp(options: ComposeOptions) {
  const { dataDir, adapters, logger, clock } = options;
  const policy = options.policy ?? staticPolicy();
  ensurePrivateDataFolder(dataDir); // created or tightened to owner-only on every start
  const registry = new IpcRegistry(logger);
  const disposers: (() => void)[] = [];

  const notices: string[] = [];
  const open = <T extends Record<string, unknown>>(name: string, defaults: T, shape: StoreShape<T>) =>
    openStore(
      adapters.stores,
      dataDir,
      name,
      defaults,
      ({ original, movedTo, rows }) => {
        logger.warn(rows ? 'Damaged rows of a data file moved aside' : 'Damaged data file moved aside', { store: name, ...(rows ? { rows } : {}) });
        notices.push(
          rows
            ? `${rows === 1 ? 'A damaged record' : `${rows} damaged records`} in ${original} could not be read and ${rows === 1 ? 'was' : 'were'} moved aside to ${movedTo}. The other records are kept and shown.`
            : `A damaged AllyDesk file was moved aside to ${movedTo}. AllyDesk started fresh for that part; nothing else was touched.`,
        );
      },
      () => clock.now(),
      shape,
    );

  const language = createLanguageService({
    store: open('language', LANGUAGE_STORE_DEFAULTS, LANGUAGE_STORE_SHAPE),
    policy,
    systemLanguages: options.systemLanguages,
  });
  // Main's errors and refusals are written in the language in force when raised (services/say.ts).
  speakIn(language.locale);
  const reference = createReferenceService(open('reference', REFERENCE_STORE_DEFAULTS, REFERENCE_STORE_SHAPE), policy, {
    testHooks: Boolean(options.testHooks),
  });
  // The vault publishes its logins' change dates; the rotation timers follow them.
  const rotationDates = createRotationDates();
  const timers = createTimers({
    clock,
    store: open('timers', TIMERS_FILE_DEFAULTS, TIMERS_FILE_SHAPE),
    adapters,
    logger,
    rotationDates,
    policy,
    locale: language.locale,
  });
  const audit = createAuditLog({ dataDir, clock, seal: adapters.seal, logger });
  const vaultDeadlines = schedulerDeadlines(timers.scheduler);
  // The help content's login URL (seed 000 gives Practice Mate's), or the practice's override.
  const vaultLoginUrl = (portal: string) =>
    (PORTAL_IDS as readonly string[]).includes(portal) ? (shownPortalUrl(portal as PortalId, reference.getOverrides()).value ?? null) : null;
  // The practice's shared profiles folder (policy ProfilesFolder, or Settings) and this PC's name.
  const sharedFolder = createSharedFolderSettings({ dataDir, policy });
  const activity = createSharedActivity({ dataDir, now: () => clock.now(), pc: sharedFolder.pc, local: audit, logger });
  const vault = createVaultService({
    shared: { folder: sharedFolder.folder, pc: sharedFolder.pc },
    activity,
    dataDir,
    clock,
    logger,
    audit,
    deadlines: vaultDeadlines,
    ...adapters,
    rotationDates,
    policy,
    emit: ({ name, payload }) => registry.emit(name, payload),
    portalLoginUrl: (portal) => vaultLoginUrl(portal),
  });

  // Autopay records who made a change (the unlocked profile) and logs it in the vault's audit chain.
  const autopay = createAutopayService({
    store: open('autopay', AUTOPAY_STORE_DEFAULTS, AUTOPAY_STORE_SHAPE),
    clock,
    logger,
    currentProfile: vault.currentProfile,
    audit,
  });

  // Where a portal with no login page starts; only the test hooks move it (to a loopback stand-in).
  let officeAllySite = OFFICE_ALLY_SITE;
  // Portal windows: the vault lends one entry's login per fill; real activity drives the session timers.
  const portals = createPortalsService({
    clock,
    logger,
    vault,
    store: open('portals', PORTALS_STORE_DEFAULTS, PORTALS_STORE_SHAPE),
    policy,
    createWindows: options.portalWindows ?? unavailablePortalWindows,
    timers: portalTimersFrom(timers.service),
    notifications: adapters.notifications,
    locale: language.locale,
    configuredUrls: () => reference.getOverrides().portalUrls,
    startPage: (p) => portalStartPage(p, { it: policy.fixed('PortalLoginPages')?.[p], practice: reference.getOverrides().portalUrls[p], officeAllySite }),
    testHooks: Boolean(options.testHooks),
    openUnlisted: options.openUnlistedLink,
    onChange: (view) => registry.emit('portals:changed', view),
    onToolbar: (view) => registry.emit('portals:toolbar', view),
    sessionTimer: (p) => {
      const found = timers.service.view().sessions.find((s) => s.portalId === p);
      return found ? { endsAt: found.endsAt, phase: found.phase } : null;
    },
  });

  // Updates: IT's UpdateMode/UpdateFeedUrl decide; MSI, deb and unpackaged runs never update themselves.
  const updates = startUpdateService({
    version: options.version,
    installKind: options.updates?.installKind ?? 'unpackaged',
    updater: options.updates?.updater ?? {
      check: () => Promise.reject(new Error('no updater')),
      download: () => Promise.reject(new Error('no updater')),
      quitAndInstall: () => {},
    },
    policy,
    memory: fileUpdateMemory(dataDir),
    scheduler: {
      every: (ms, run) => {
        const timer = setInterval(run, ms);
        timer.unref?.();
        return () => clearInterval(timer);
      },
      now: () => clock.now(),
    },
    logger,
    onChange: (view) => registry.emit('update:changed', view),
  });
  void updates.catch((error: unknown) => logger.error('The update service did not start', { error: String(error) }));

  // End my shift closes the staff member's portal windows and wipes their sessions.
  const shift = createShiftService({ vault, audit, portalSessions: portals, logger });

  disposers.push(
    registerPortalsIpc(registry, portals),
    timers.service.onChange((view) => (portalWarningBars(portals, view), portals.pushToolbars())),
    registerAppIpc(registry, {
      info: { version: options.version, runtime: options.runtime, dataDir },
      links: adapters.links,
      notices: () => [...notices],
    }),
    registerPolicyIpc(registry, policy),
    registerLanguageIpc(registry, language),
    registerReferenceIpc(registry, reference),
    registerTimersIpc(registry, timers.service),
    timers.stop,
    registerAutopayIpc(registry, autopay),
    registerVaultIpc(registry, vault, sharedFolder),
    pollSharedProfiles(vault, logger),
    registerVaultImportIpc(
      registry,
      createLoginImport({ vault, audit, now: () => clock.now() }),
      createPlainExport({ vault, policy, audit, now: () => clock.now(), loginUrl: (portal) => vaultLoginUrl(portal) }),
    ),
    registerShiftIpc(registry, shift),
    registerUpdateIpc(registry, updates),
    () => void updates.then((service) => service.stop()),
    vault.watchPower(),
    // IT changed the policy: timer lengths show anew, and the vault's idle lock re-arms under the new ceiling.
    policy.onChange(() => {
      timers.service.settingsInForceChanged();
      vault.activity();
      language.policyChanged();
    }),
  );
  if (options.testHooks) {
    disposers.push(
      registerTestHookIpc(registry, {
        clock,
        clipboard: adapters.clipboard,
        ...options.testHooks,
        setOfficeAllySite: (url) => void (officeAllySite = url),
      }),
    );
  }

  return {
    registry,
    services: { language, reference, timers, autopay, vault, shift, audit, policy, portals },
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
