import { PORTAL_NAMES } from '../../../shared/content/ids';
import { WINDOW_PORTAL_IDS, type PortalSettings, type PortalsView, type WindowPortalId } from '../../../shared/ipc/portals';
import type { PortalWindowEvent, PortalWindowSpec } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { staticPolicy } from '../policy/service';
import { hiddenCharacterProblems } from '../vault/hiddenGuard';
import { decideNavigation, isAllowedPortalUrl, mayFillOn, type AllowListConfig } from './allowList';
import type { FillRequest, LoginForm, PageReport } from './pageScript';
import { AUTOPAY_PHRASES } from './phrases';
import { createShiftBarrier, sessionOf } from './shiftBarrier';
import { readPortalsFile, updatePortalsFile } from './state';
import { ACTIVITY_RESTART_MS, PENDING_FILL_MS, type PortalsDeps, type WindowState } from './types';

export { ACTIVITY_RESTART_MS, PENDING_FILL_MS, type PortalsDeps, type PortalTimers, type PortalVault } from './types';

const MAX_NOTICES = 10;

export function createPortalsService(deps: PortalsDeps) {
  const { clock, store } = deps;
  const policy = deps.policy ?? staticPolicy();
  /** The saved settings with what the practice policy fixes laid over them. */
  const settingsInForce = (): PortalSettings => {
    const fixed = policy.fixed('PortalAutoSubmit');
    const saved = readPortalsFile(store).settings;
    return fixed === undefined ? saved : { ...saved, submitAfterFill: fixed };
  };
  const config = (): AllowListConfig => ({ configuredUrls: deps.configuredUrls(), testHooks: deps.testHooks });
  const windows = deps.createWindows({ navigation: (url) => decideNavigation(url, config()), phrases: AUTOPAY_PHRASES });
  const states = new Map<string, WindowState>();
  const notices: PortalsView['notices'] = [];
  let noticeSeq = 0;
  const name = (p: WindowPortalId) => PORTAL_NAMES[p];

  function view(): PortalsView {
    const file = readPortalsFile(store);
    return {
      windows: [...states.values()].map((s) => ({
        portalId: s.portalId,
        profileName: s.profileName,
        private: s.profileId === null,
        phase: s.phase,
        awaitingCode: s.phase !== 'signed-in' && s.report?.twoFactor === true,
      })),
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
    return current;
  };
  // End my shift: no window or session of a staff member outlives their shift, whatever the timing.
  const barrier = createShiftBarrier({ windows, states, timers: deps.timers, changed, wipeTimeoutMs: deps.shiftWipeTimeoutMs, logger: deps.logger });
  const notice = (portalId: WindowPortalId, message: string, offer?: { offer: 'learnedIdle' } | { offer: 'external'; url: string }) => {
    notices.push({ id: `n${++noticeSeq}`, portalId, message, at: clock.now(), ...offer });
    notices.splice(0, Math.max(0, notices.length - MAX_NOTICES));
    changed();
  };

  function loginUrlOf(portalId: WindowPortalId): string {
    const url = deps.loginUrl(portalId);
    if (!url) {
      throw new UserFacingError(
        'not_found',
        `AllyDesk does not know ${name(portalId)}'s login address. Add it in Settings under "Login addresses", then try again.`,
      );
    }
    if (!isAllowedPortalUrl(url, config())) {
      throw new UserFacingError(
        'forbidden',
        `${url} is not an Office Ally or Patient Ally address, so AllyDesk will not open it in a portal window. Check the address in Settings.`,
      );
    }
    return url;
  }

  function specFor(portalId: WindowPortalId, profile: { id: string; name: string } | null): PortalWindowSpec {
    const url = loginUrlOf(portalId);
    return profile
      ? { ...sessionOf(profile.id, portalId), title: `${name(portalId)} — ${profile.name}`, url }
      : { key: `private:${portalId}`, title: `${name(portalId)} — private window`, url, sessionName: null };
  }

  /** A window at its login page: nobody signed in, nothing pending. */
  function freshState(spec: PortalWindowSpec, portalId: WindowPortalId, profile: { id: string; name: string } | null): WindowState {
    return {
      spec,
      portalId,
      profileId: profile?.id ?? null,
      profileName: profile?.name ?? null,
      phase: 'signed-out',
      report: null,
      pending: null,
      attempted: false,
      lastActivityAt: clock.now(),
      lastTimerRestart: 0,
    };
  }

  async function openWindow(portalId: WindowPortalId, profile: { id: string; name: string } | null): Promise<WindowState> {
    if (!policy.allows('PortalWindows')) {
      throw new UserFacingError('forbidden', `Your practice's IT has turned off portal windows in AllyDesk. Open ${name(portalId)} in your own browser.`);
    }
    const spec = specFor(portalId, profile);
    let state = states.get(spec.key);
    if (!state || !windows.isOpen(spec.key)) {
      state = freshState(spec, portalId, profile);
      states.set(spec.key, state);
    }
    const shiftEnded = barrier.watch(profile?.id ?? null);
    try {
      await windows.open(spec);
    } catch (error) {
      if (!windows.isOpen(spec.key) && states.get(spec.key) === state) states.delete(spec.key);
      if (shiftEnded()) await barrier.cancel(state);
      throw error;
    }
    // End my shift ran while this window was opening: it is closed and its session wiped, not kept.
    if (shiftEnded()) await barrier.cancel(state);
    return state;
  }

  // --- filling -------------------------------------------------------------------------------
  async function fillStep(state: WindowState, form: LoginForm, pageUrl: string) {
    const pending = state.pending!;
    if (clock.now() > pending.until) {
      state.pending = null;
      return;
    }
    if (!mayFillOn(pageUrl, pending.target, config())) {
      state.pending = null;
      notice(state.portalId, `AllyDesk did not fill your login: this page (${new URL(pageUrl).host}) is not where this saved login belongs.`);
      return;
    }
    const submit = settingsInForce().submitAfterFill;
    const secret = deps.vault.readForFill(pending.entryId);
    const problems = hiddenCharacterProblems({ username: secret.username, password: secret.password });
    if (problems) {
      state.pending = null;
      notice(state.portalId, `AllyDesk did not fill your login: ${Object.values(problems)[0]} Edit the saved login in the vault first.`);
      return;
    }
    const origin = new URL(pageUrl).origin;
    const request: FillRequest =
      form === 'one-step'
        ? { origin, username: secret.username, password: secret.password, submit }
        : form === 'username-only'
          ? { origin, username: secret.username, submit }
          : { origin, password: secret.password, submit };
    // A username-only page needs its Next pressed to get to the password (when submitting is off, the user presses it).
    if (form === 'username-only') pending.usernameSent = true;
    else state.pending = null;
    const result = await windows.fill(state.spec.key, request);
    if (!result.ok) {
      state.pending = null;
      notice(state.portalId, 'AllyDesk could not find the login form on this page, so nothing was filled. Log in by hand.');
      return;
    }
    secret.recordFill(new URL(pageUrl).host);
    if (result.submitted) state.attempted = true;
    state.phase = 'signing-in';
    changed();
  }

  // --- page events ---------------------------------------------------------------------------
  function onPage(state: WindowState, report: PageReport) {
    const wasAwaitingCode = state.phase !== 'signed-in' && state.report?.twoFactor === true;
    state.report = report;
    const now = clock.now();
    if (!isAllowedPortalUrl(report.url, config())) return;
    if (report.autopay) {
      const before = readPortalsFile(store).autopaySeen[state.portalId];
      updatePortalsFile(
        store,
        (file) => void (file.autopaySeen[state.portalId] = { status: report.autopay!, at: now, profileId: state.profileId, profileName: state.profileName }),
      );
      if (before?.status !== report.autopay) {
        notice(
          state.portalId,
          `${name(state.portalId)} shows ${report.autopay === 'enrolled' ? 'that autopay is on (the green "Congratulations!" box)' : 'that autopay is off (the "You are not currently enrolled in autopay" box)'}. AllyDesk noted it.`,
        );
      } else changed();
    }
    if (report.botCheck) {
      if (state.pending) {
        state.pending = null;
        notice(
          state.portalId,
          `${name(state.portalId)} is asking to check you are a person. AllyDesk stopped filling; finish the check yourself in the portal window.`,
        );
      }
      return;
    }
    if (report.login) {
      if (state.phase === 'signed-in') signedOutAfterIdle(state, now);
      if (!state.pending || report.login !== 'password-only' || !state.pending.usernameSent) state.attempted = false;
      if (state.phase !== 'signing-in' || !state.pending) state.phase = 'signed-out';
      if (state.pending) void fillStep(state, report.login, report.url).catch((error: unknown) => fillFailed(state, error));
      changed();
      return;
    }
    if (report.twoFactor) {
      state.phase = 'signing-in';
      // The code is on its way: the code wait (spam tip at 2 minutes, support at 10) starts by itself; a wrong code does not restart it.
      if (!wasAwaitingCode) deps.timers.codeRequested(state.portalId);
      changed();
      return;
    }
    if (state.attempted && state.phase !== 'signed-in') {
      state.phase = 'signed-in';
      state.attempted = false;
      state.pending = null;
      state.lastActivityAt = now;
      state.lastTimerRestart = now;
      deps.timers.loggedIn(state.portalId);
      changed();
    }
  }

  function signedOutAfterIdle(state: WindowState, now: number) {
    const idleMinutes = Math.max(1, Math.round((now - state.lastActivityAt) / 60_000));
    state.phase = 'signed-out';
    deps.timers.loggedOut(state.portalId);
    updatePortalsFile(store, (file) => void (file.learnedIdle[state.portalId] = { idleMinutes, at: now, applied: false }));
    notice(state.portalId, `${name(state.portalId)} logged you out after about ${idleMinutes} ${idleMinutes === 1 ? 'minute' : 'minutes'} without activity.`, {
      offer: 'learnedIdle',
    });
  }

  function fillFailed(state: WindowState, error: unknown) {
    state.pending = null;
    if (error instanceof UserFacingError) notice(state.portalId, `AllyDesk did not fill your login: ${error.message}`);
    else deps.logger?.error('Portal fill failed', { error: error instanceof Error ? error.name : typeof error });
  }

  function onInput(state: WindowState) {
    const now = clock.now();
    if (state.phase === 'signed-in') {
      state.lastActivityAt = now;
      if (now - state.lastTimerRestart >= ACTIVITY_RESTART_MS) {
        state.lastTimerRestart = now;
        deps.timers.activity(state.portalId);
      }
    } else if (state.report?.login) {
      state.attempted = true;
    }
  }

  const offEvents = windows.onEvent((event: PortalWindowEvent) => {
    const state = states.get(event.key);
    if (!state) return;
    if (event.type === 'page') onPage(state, event.report);
    else if (event.type === 'input') onInput(state);
    else if (event.type === 'download') {
      deps.notifications.notify({ title: 'Download saved', body: `${event.file} is in your Downloads folder.` });
      notice(state.portalId, `Saved ${event.file} to your Downloads folder.`);
    } else if (event.type === 'external') {
      const host = new URL(event.url).host;
      notice(
        state.portalId,
        `${name(state.portalId)} wants to open ${host}, which is not an Office Ally or Patient Ally address, so AllyDesk did not open it in the portal window. Open it in your own browser only if you expected it.`,
        { offer: 'external', url: event.url },
      );
    } else if (event.type === 'closed') {
      states.delete(event.key);
      changed();
    }
  });

  const requireProfile = () => {
    const profile = deps.vault.currentProfile();
    if (!profile) {
      throw new UserFacingError(
        'locked',
        'Unlock your vault profile first: AllyDesk keeps each staff member\'s portal session apart. Or choose "Open a private window".',
      );
    }
    return profile;
  };

  return {
    view,
    windows,
    async open(portalId: WindowPortalId, privateWindow = false) {
      await openWindow(portalId, privateWindow ? null : requireProfile());
      return changed();
    },
    async logIn(entryId: string) {
      const target = deps.vault.loginTarget(entryId);
      const portalId = (WINDOW_PORTAL_IDS as readonly string[]).includes(target.portal) ? (target.portal as WindowPortalId) : null;
      if (!portalId)
        throw new UserFacingError(
          'invalid_input',
          'AllyDesk opens only Office Ally and Patient Ally portals in its windows. Open this login in your own browser.',
        );
      const state = await openWindow(portalId, { id: target.profileId, name: target.profileName });
      state.pending = {
        entryId,
        target: { portal: target.portal, entryUrl: target.entryUrl, portalUrl: deps.loginUrl(portalId) },
        until: clock.now() + PENDING_FILL_MS,
        usernameSent: false,
      };
      // Already showing the login form (the window was open): fill now rather than wait for a change.
      const url = windows.currentUrl(state.spec.key);
      if (state.report?.login && url === state.report.url) await fillStep(state, state.report.login, url).catch((error: unknown) => fillFailed(state, error));
      return changed();
    },
    async clear(portalId: WindowPortalId) {
      const profile = requireProfile();
      const spec = specFor(portalId, profile);
      const shiftEnded = barrier.watch(profile.id);
      let state = states.get(spec.key);
      if (state) Object.assign(state, { phase: 'signed-out', report: null, pending: null, attempted: false });
      else states.set(spec.key, (state = freshState(spec, portalId, profile)));
      try {
        await windows.clear(spec.key, spec);
      } catch (error) {
        if (shiftEnded()) await barrier.cancel(state);
        throw error;
      }
      // Clearing opens the window afresh: not when the shift ended meanwhile.
      if (shiftEnded()) await barrier.cancel(state);
      return changed();
    },
    /** End my shift: how many of this staff member's portal windows are open. */
    openWindows(profileId: string) {
      return [...states.values()].filter((state) => state.profileId === profileId && windows.isOpen(state.spec.key)).length;
    },
    /** End my shift: closes this staff member's portal windows (those still opening too) and deletes every saved portal session of theirs. */
    closeAndWipe: (profileId: string) => barrier.closeAndWipe(profileId),
    applyLearnedIdle(portalId: WindowPortalId) {
      const learned = readPortalsFile(store).learnedIdle[portalId];
      if (!learned) throw new UserFacingError('not_found', `AllyDesk has not seen ${name(portalId)} log anyone out yet.`);
      deps.timers.setSessionMinutes(portalId, Math.min(480, Math.max(3, learned.idleMinutes)));
      updatePortalsFile(store, (file) => void (file.learnedIdle[portalId] = { ...learned, applied: true }));
      return changed();
    },
    async openInBrowser(id: string) {
      const found = notices.find((n) => n.id === id && n.offer === 'external' && n.url);
      if (!found) throw new UserFacingError('not_found', 'That address is no longer offered. Open it again from the portal window.');
      notices.splice(notices.indexOf(found), 1);
      const { opened } = (await deps.openUnlisted?.(found.url!)) ?? { opened: false };
      changed();
      return { opened, url: found.url! };
    },
    dismissNotice(id: string) {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return changed();
    },
    setSettings(settings: PortalSettings) {
      const fixed = policy.fixed('PortalAutoSubmit');
      if (fixed !== undefined && settings.submitAfterFill !== fixed) {
        const message = `Your practice's IT sets this: AllyDesk ${fixed ? "presses the portal's button after filling" : "fills your login and you press the portal's button"}.`;
        throw new UserFacingError('forbidden', `Not saved: ${message}`, { submitAfterFill: message });
      }
      updatePortalsFile(store, (file) => void (file.settings = settings));
      return changed();
    },
    /** The inactivity warning as a bar inside that portal's windows (null removes it). */
    sessionWarning(portalId: WindowPortalId, message: string | null) {
      for (const state of states.values()) if (state.portalId === portalId && state.phase === 'signed-in') windows.showBar(state.spec.key, message);
    },
    async dispose() {
      offEvents();
      await windows.dispose();
    },
  };
}
export type PortalsService = ReturnType<typeof createPortalsService>;
