import { PORTAL_NAMES } from '../../../shared/content/ids';
import type { PortalSettings, PortalsView, ToolbarView, WindowPortalId } from '../../../shared/ipc/portals';
import type { PortalWindowPolicy, PortalWindowsAdapter } from '../../adapters/types';
import { staticPolicy } from '../policy/service';
import { createShiftBarrier, type ShiftBarrier } from './shiftBarrier';
import { decideNavigation, hostOf, isAllowedPortalUrl, type AllowListConfig } from './allowList';
import { AUTOPAY_PHRASES } from './phrases';
import { shownAddress } from './popupRules';
import { readPortalsFile } from './state';
import type { PortalsDeps, WindowState } from './types';

const MAX_NOTICES = 10;

type NoticeOffer = { offer: 'learnedIdle' } | { offer: 'external'; url: string };

/**
 * What every part of the portals service shares: its dependencies, the open windows' states, the
 * notices, the shift barrier, and the view the UI is sent. One per service; the parts (opening,
 * filling, page events, commands) each take it.
 */
export interface PortalsContext {
  deps: PortalsDeps;
  policy: NonNullable<PortalsDeps['policy']>;
  windows: PortalWindowsAdapter;
  states: Map<string, WindowState>;
  notices: PortalsView['notices'];
  /** End my shift as a barrier: no window or session of a staff member outlives their shift, whatever the timing. */
  barrier: ShiftBarrier;
  name(portalId: WindowPortalId): string;
  /** The saved settings with what the practice policy fixes laid over them. */
  settingsInForce(): PortalSettings;
  config(): AllowListConfig;
  view(): PortalsView;
  /** Tells the UI the view changed (the main window and every window's toolbar), and returns it. */
  changed(): PortalsView;
  /** What this window's own toolbar shows. */
  toolbarView(state: WindowState): ToolbarView;
  /** Sends this window's toolbar its state. */
  pushToolbar(state: WindowState): void;
  notice(portalId: WindowPortalId, message: string, offer?: NoticeOffer): void;
  /** The windows' keys and mouse buttons (shortcuts.ts sets `handle`). */
  shortcuts: { handle: NonNullable<PortalWindowPolicy['shortcut']> };
}

export function createPortalsContext(deps: PortalsDeps): PortalsContext {
  const { clock, store } = deps;
  const policy = deps.policy ?? staticPolicy();
  const config = (): AllowListConfig => ({ configuredUrls: deps.configuredUrls(), testHooks: deps.testHooks });
  // The keys' handler is set once the commands exist (service.ts); until then no key is the window's.
  const shortcuts: PortalsContext['shortcuts'] = { handle: () => false };
  const windows = deps.createWindows({
    navigation: (url) => decideNavigation(url, config()),
    phrases: AUTOPAY_PHRASES,
    shortcut: (key, input, source) => shortcuts.handle(key, input, source),
  });
  const states = new Map<string, WindowState>();
  const notices: PortalsView['notices'] = [];
  let noticeSeq = 0;

  const settingsInForce = (): PortalSettings => {
    const fixed = policy.fixed('PortalAutoSubmit');
    const saved = readPortalsFile(store).settings;
    return fixed === undefined ? saved : { ...saved, submitAfterFill: fixed };
  };

  /** The page's host as main last saw it navigate (punycode as it is), and whether a portal may be there. */
  const pageHost = (url: string | null) => {
    if (!url || url === 'about:blank') return { host: null, allowedHost: true };
    if (!URL.canParse(url)) return { host: null, allowedHost: false };
    // A page with no host (data:, blob:) shows its scheme: the toolbar still names what it is.
    return { host: hostOf(url) ?? url.split(':')[0]!, allowedHost: isAllowedPortalUrl(url, config()) };
  };

  /** The window's page as its toolbar names it: a pop-up's blob: or about:blank document by the origin that made it. */
  const shownUrl = (s: WindowState) => shownAddress(windows.currentUrl(s.spec.key), s.popupOf ? windows.currentUrl(s.popupOf) : null);
  const windowView = (s: WindowState, zoom: Record<string, number | undefined>) => ({
    id: s.spec.key,
    portalId: s.portalId,
    ...pageHost(shownUrl(s)),
    zoomPercent: s.popupOf ? (s.popupZoom ?? 100) : (zoom[s.spec.key] ?? 100),
    profileName: s.profileName,
    private: s.profileId === null,
    phase: s.phase,
    awaitingCode: s.phase !== 'signed-in' && s.report?.twoFactor === true,
    ...(s.popupOf ? { popup: true } : {}),
  });

  function toolbarView(s: WindowState): ToolbarView {
    const url = shownUrl(s);
    const base = windowView(s, readPortalsFile(store).zoom);
    const secure = Boolean(url && base.allowedHost && base.host && URL.parse(url)?.protocol === 'https:');
    return {
      ...base,
      secure,
      // A pop-up's document (a blob: PDF, a report written into it) has no address a browser could open.
      shareableUrl: url && base.host && base.allowedHost && !s.popupOf ? shareable(url, secure) : null,
      loading: s.loading,
      heldBackHost: s.heldBack,
      timer: deps.sessionTimer?.(s.portalId) ?? null,
      now: clock.now(),
      find: s.findBar,
    };
  }
  /** The address without its query and fragment (they can carry a patient's name or a session token): https, or the test hooks' loopback stand-in. */
  const shareable = (url: string, secure: boolean) => {
    const parsed = URL.parse(url);
    if (!parsed || !(secure || (deps.testHooks && parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1'))) return null;
    return `${parsed.origin}${parsed.pathname}`;
  };
  const pushToolbar = (s: WindowState) => deps.onToolbar?.(toolbarView(s));

  function view(): PortalsView {
    const file = readPortalsFile(store);
    return {
      windows: [...states.values()].map((s) => windowView(s, file.zoom)),
      learnedIdle: Object.entries(file.learnedIdle).map(([portalId, l]) => ({ portalId: portalId as WindowPortalId, ...l! })),
      autopaySeen: Object.entries(file.autopaySeen).map(([portalId, a]) => ({
        portalId: portalId as WindowPortalId,
        status: a!.status,
        at: a!.at,
        profileName: a!.profileName,
      })),
      notices: [...notices],
      settings: settingsInForce(),
    };
  }
  const changed = () => {
    const current = view();
    deps.onChange?.(current);
    for (const state of states.values()) if (windows.isOpen(state.spec.key)) pushToolbar(state);
    return current;
  };
  const notice = (portalId: WindowPortalId, message: string, offer?: NoticeOffer) => {
    notices.push({ id: `n${++noticeSeq}`, portalId, message, at: clock.now(), ...offer });
    notices.splice(0, Math.max(0, notices.length - MAX_NOTICES));
    changed();
  };

  return {
    deps,
    policy,
    windows,
    states,
    notices,
    barrier: createShiftBarrier({ windows, states, timers: deps.timers, changed, wipeTimeoutMs: deps.shiftWipeTimeoutMs, logger: deps.logger }),
    name: (p) => PORTAL_NAMES[p],
    settingsInForce,
    config,
    view,
    changed,
    toolbarView,
    pushToolbar,
    notice,
    shortcuts,
  };
}
