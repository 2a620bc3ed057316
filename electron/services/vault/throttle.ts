/** Wrong passphrases allowed before AllyDesk makes the user wait. */
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

export interface ThrottleState {
  failures: number;
  retryAt: number | null;
}

/** After the 5th wrong try: 30 s, then doubling (1, 2, 4, 8 min) up to 15 min. */
export function afterFailure(state: ThrottleState, now: number): ThrottleState {
  const failures = state.failures + 1;
  if (failures < FREE_TRIES) return { failures, retryAt: null };
  const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
  return { failures, retryAt: now + wait };
}

export const isWaiting = (state: ThrottleState, now: number) => state.retryAt !== null && state.retryAt > now;

/** "10:42:30 AM (in 1 minute 30 seconds)" — when the next try is allowed. */
export function describeRetry(retryAt: number, now: number): string {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '', rest ? `${rest} second${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  const clock = new Date(retryAt).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });
  return `${clock} (in ${parts.join(' ')})`;
}
