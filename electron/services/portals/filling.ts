import { UserFacingError } from '../errors';
import { hiddenCharacterProblems } from '../vault/hiddenGuard';
import { fillDestinations, mayFillOn } from './allowList';
import type { PortalsContext } from './context';
import type { FillRequest, LoginForm } from './pageScript';
import type { WindowState } from './types';

/** "Log in as": one step of filling the pending login into the page showing its form, only where it belongs. */
export function createFilling(ctx: PortalsContext) {
  const { deps, windows, notice } = ctx;

  async function fillStep(state: WindowState, form: LoginForm, pageUrl: string) {
    const pending = state.pending!;
    if (deps.clock.now() > pending.until) {
      state.pending = null;
      return;
    }
    if (!mayFillOn(pageUrl, pending.target, ctx.config())) {
      state.pending = null;
      notice(state.portalId, `AllyDesk did not fill your login: this page (${new URL(pageUrl).host}) is not where this saved login belongs.`);
      return;
    }
    const submit = ctx.settingsInForce().submitAfterFill;
    const secret = deps.vault.readForFill(pending.entryId);
    const problems = hiddenCharacterProblems({ username: secret.username, password: secret.password });
    if (problems) {
      state.pending = null;
      notice(state.portalId, `AllyDesk did not fill your login: ${Object.values(problems)[0]} Edit the saved login in the vault first.`);
      return;
    }
    const origin = new URL(pageUrl).origin;
    const sendTo = fillDestinations(pending.target, ctx.config());
    const request: FillRequest =
      form === 'one-step'
        ? { origin, sendTo, username: secret.username, password: secret.password, submit }
        : form === 'username-only'
          ? { origin, sendTo, username: secret.username, submit }
          : { origin, sendTo, password: secret.password, submit };
    // A username-only page needs its Next pressed to get to the password (when submitting is off, the user presses it).
    if (form === 'username-only') pending.usernameSent = true;
    else state.pending = null;
    const result = await windows.fill(state.spec.key, request);
    if (!result.ok && result.reason === 'destination') {
      state.pending = null;
      notice(
        state.portalId,
        `AllyDesk did not fill your login: this page's form would send it to ${result.to}, not to where this saved login belongs. Tell your practice's IT if this is an Office Ally page.`,
      );
      return;
    }
    if (!result.ok) {
      state.pending = null;
      notice(state.portalId, 'AllyDesk could not find the login form on this page, so nothing was filled. Log in by hand.');
      return;
    }
    secret.recordFill(new URL(pageUrl).host);
    if (result.submitted) state.attempted = true;
    state.phase = 'signing-in';
    ctx.changed();
  }

  function fillFailed(state: WindowState, error: unknown) {
    state.pending = null;
    if (error instanceof UserFacingError) notice(state.portalId, `AllyDesk did not fill your login: ${error.message}`);
    else deps.logger?.error('Portal fill failed', { error: error instanceof Error ? error.name : typeof error });
  }

  /** Fills now, reporting a failure as a notice (never as a rejected promise). */
  const fill = (state: WindowState, form: LoginForm, pageUrl: string) => fillStep(state, form, pageUrl).catch((error: unknown) => fillFailed(state, error));

  return { fill };
}
