import { DEFAULT_LOCALE } from '../../../shared/i18n/locales';
import { notificationText } from '../../../shared/i18n/notifications';
import type { PortalWindowEvent } from '../../adapters/types';
import { hostOf, isAllowedPortalUrl } from './allowList';
import type { PortalsContext } from './context';
import type { createFilling } from './filling';
import type { PageReport } from './pageScript';
import { createPopups } from './popups';
import { readPortalsFile, updatePortalsFile } from './state';
import { ACTIVITY_RESTART_MS, type WindowState } from './types';

/** What the windows report: pages (login form, code page, autopay box, signed in), real input, downloads, held-back addresses, closing. */
export function createPageEvents(ctx: PortalsContext, filling: ReturnType<typeof createFilling>) {
  const { deps, states, notice, name } = ctx;
  const { clock, store } = deps;
  const popups = createPopups(ctx);

  function onPage(state: WindowState, report: PageReport) {
    const wasAwaitingCode = state.phase !== 'signed-in' && state.report?.twoFactor === true;
    const moved = state.report?.url !== report.url;
    // A navigation ends the search (the new page has no highlight).
    if (moved) Object.assign(state, { find: null, heldBack: null, findBar: state.findBar && { ...state.findBar, result: null } });
    state.report = report;
    // The windows list shows the current host: say it changed.
    if (moved) ctx.changed();
    const now = clock.now();
    if (!isAllowedPortalUrl(report.url, ctx.config())) return;
    if (state.hint && (report.login || report.twoFactor)) {
      // The user found the portal's login form: the "choose … from Log in" line has done its job.
      state.hint = null;
      ctx.windows.showBar(state.spec.key, null);
    }
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
      } else ctx.changed();
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
      if (state.pending) void filling.fill(state, report.login, report.url);
      ctx.changed();
      return;
    }
    if (report.twoFactor) {
      state.phase = 'signing-in';
      // The code is on its way: the code wait (spam tip at 2 minutes, support at 10) starts by itself; a wrong code does not restart it.
      if (!wasAwaitingCode) deps.timers.codeRequested(state.portalId);
      ctx.changed();
      return;
    }
    if (state.attempted && state.phase !== 'signed-in') {
      state.phase = 'signed-in';
      state.attempted = false;
      state.pending = null;
      state.lastActivityAt = now;
      state.lastTimerRestart = now;
      deps.timers.loggedIn(state.portalId);
      ctx.changed();
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

  function onEvent(event: PortalWindowEvent) {
    if (event.type === 'popup') return popups.opened(event.key, event.parent);
    const state = states.get(event.key);
    if (!state) return;
    // A pop-up's page is never read for a login (the adapters report only a window's own page), and its input is its opener's activity.
    if (event.type === 'page') onPage(state, event.report);
    else if (event.type === 'input') onInput(popups.ownerOf(state));
    else if (event.type === 'download') {
      const locale = deps.locale?.() ?? DEFAULT_LOCALE;
      deps.notifications.notify({
        title: notificationText(locale, 'downloadSavedTitle'),
        body: notificationText(locale, 'downloadSavedBody', { file: event.file }),
      });
      const shortened = event.shortenedFrom
        ? ` Its name was too long for the disk (${Array.from(event.shortenedFrom).length} characters), so AllyDesk shortened it.`
        : '';
      notice(state.portalId, `Saved ${event.file} to your Downloads folder.${shortened}`);
    } else if (event.type === 'download-failed') {
      const locale = deps.locale?.() ?? DEFAULT_LOCALE;
      deps.notifications.notify({
        title: notificationText(locale, 'downloadFailedTitle'),
        body: notificationText(locale, 'downloadFailedBody', { file: event.file }),
      });
      notice(
        state.portalId,
        `AllyDesk could not save ${event.file} to your Downloads folder. Check that the folder exists and has free space, then download it again.`,
      );
    } else if (event.type === 'blocked-download') {
      notice(
        state.portalId,
        `AllyDesk did not save a download from ${hostOf(event.url) ?? 'a page AllyDesk does not know'}: downloads come only from Office Ally and Patient Ally pages.`,
      );
    } else if (event.type === 'external') {
      const host = hostOf(event.url) ?? event.url;
      state.heldBack = host; // the toolbar shows it red until the next page (notice() below pushes it)
      notice(
        state.portalId,
        `${name(state.portalId)} wants to open ${host}, which is not an Office Ally or Patient Ally address, so AllyDesk did not open it in the portal window. Open it in your own browser only if you expected it.`,
        { offer: 'external', url: event.url },
      );
    } else if (event.type === 'loading') {
      state.loading = event.loading;
      ctx.pushToolbar(state);
    } else if (event.type === 'closed') {
      states.delete(event.key);
      popups.forget(event.key);
      ctx.changed();
    }
  }

  return { onEvent };
}
