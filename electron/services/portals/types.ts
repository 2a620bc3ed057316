import type { Locale } from '../../../shared/i18n/locales';
import type { StartPage } from '../../../shared/content/startPages';
import type { PortalsView, ToolbarView, WindowPortalId } from '../../../shared/ipc/portals';
import type { Clock, FindResult, Logger, NotificationAdapter, PortalWindowPolicy, PortalWindowsAdapter, PortalWindowSpec } from '../../adapters/types';
import type { EffectivePolicy } from '../policy/service';
import type { FillTarget } from './allowList';
import type { PageReport } from './pageScript';
import type { PortalsStore } from './state';

/** What the vault lends the portals service: who is unlocked, and one entry's login for one fill. */
export interface PortalVault {
  currentProfile(): { id: string; name: string } | null;
  /** The entry's portal and addresses (no secret); throws a user-facing error when locked or missing. */
  loginTarget(entryId: string): { profileId: string; profileName: string; portal: string; entryUrl: string };
  /** The secret, for one fill; `recordFill` writes the audit record (never the secret) once it went in. */
  readForFill(entryId: string): { username: string; password: string; recordFill(host: string): void };
}

/** What the timers service lends: start on login, restart on real input, stop, and the learned length. */
export interface PortalTimers {
  loggedIn(portalId: WindowPortalId): void;
  activity(portalId: WindowPortalId): void;
  loggedOut(portalId: WindowPortalId): void;
  /** The portal shows its two-factor code page: the code wait starts. */
  codeRequested(portalId: WindowPortalId): void;
  setSessionMinutes(portalId: WindowPortalId, minutes: number): void;
}

export interface PortalsDeps {
  clock: Clock;
  store: PortalsStore;
  /** Builds the runtime's adapter with the service's navigation policy. */
  createWindows: (policy: PortalWindowPolicy) => PortalWindowsAdapter;
  vault: PortalVault;
  timers: PortalTimers;
  notifications: NotificationAdapter;
  /** The language in force, for the notifications' words (shared/i18n/notifications.ts); English when absent. */
  locale?: () => Locale;
  /** Opens an address off the allow-list in the user's browser, after they chose to (a prompt in the UI). */
  openUnlisted?: (url: string) => Promise<{ opened: boolean }>;
  /** The practice's configured login addresses (Settings), by portal. */
  configuredUrls: () => Partial<Record<string, string>>;
  /** Where the portal's window starts: IT's or the practice's address, the help documents', else Office Ally's site (null: nowhere). */
  startPage: (portalId: WindowPortalId) => StartPage | null;
  testHooks: boolean;
  /** Practice policy: PortalWindows may turn portal windows off; PortalAutoSubmit fixes submit-after-fill. */
  policy?: EffectivePolicy;
  onChange?: (view: PortalsView) => void;
  /** Each window's toolbar state, pushed whenever it may have changed (the toolbar keeps only its own window's). */
  onToolbar?: (view: ToolbarView) => void;
  /** That portal's session timer, as the Timers screen shows it (null: none runs). */
  sessionTimer?: (portalId: WindowPortalId) => ToolbarView['timer'];
  logger?: Logger;
  /** The operating system (macOS takes Cmd for Ctrl in the window's keys); process.platform when absent. */
  platform?: NodeJS.Platform;
  /** End my shift waits this long for each portal window to close and its session to go (tests shorten it). */
  shiftWipeTimeoutMs?: number;
}

/** Real input restarts the session timer at most this often (each restart saves and notifies the UI). */
export const ACTIVITY_RESTART_MS = 10_000;
/** A "Log in as" waits this long for the login form before giving up. */
export const PENDING_FILL_MS = 60_000;
/** ... and this long when the window starts at Office Ally's site, where the user first picks the portal from its Log in menu. */
export const SITE_PENDING_FILL_MS = 180_000;
export interface PendingFill {
  entryId: string;
  target: FillTarget;
  until: number;
  usernameSent: boolean;
}

/** What the service knows of one open portal window. */
export interface WindowState {
  spec: PortalWindowSpec;
  portalId: WindowPortalId;
  profileId: string | null;
  profileName: string | null;
  phase: 'signed-out' | 'signing-in' | 'signed-in';
  report: PageReport | null;
  pending: PendingFill | null;
  /** A fill was submitted or the user typed on the login page: leaving it next means signed in. */
  attempted: boolean;
  lastActivityAt: number;
  lastTimerRestart: number;
  /** The "which item to choose" line shown in the window while it is at Office Ally's site (cleared at the login form). */
  hint: string | null;
  /** The text of the search in progress (Find), or null; a navigation ends it. */
  find: string | null;
  /** Find is open (a key or the toolbar opened it): `seq` counts the opening keys (the toolbar then focuses its field), `result` the last "n of m". */
  findBar: { seq: number; result: FindResult | null } | null;
  /** The top-level page is loading (from the runtime's load events). */
  loading: boolean;
  /** The host of the last address the guard held back in this window (a redirect to a look-alike); the next page clears it. */
  heldBack: string | null;
  /** A pop-up's opener window (its key); absent for a portal window. A pop-up is never filled, and its input is its opener's activity. */
  popupOf?: string;
  /** A pop-up's zoom (percent): it starts at its opener's and is not remembered after it closes. */
  popupZoom?: number;
}
