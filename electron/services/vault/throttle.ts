import { spokenLocale } from '../say';
import { say } from './say';

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

/**
 * When the next try is allowed, in the language in force: "10:42:30 AM (in 1 minute 30 seconds)",
 * es-US "10:42:30 a.m. (en 1 minuto 30 segundos)" (Intl's clock, CLDR plural forms).
 */
export function describeRetry(retryAt: number, now: number): string {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes ? say.count('minutes', minutes) : '', rest ? say.count('seconds', rest) : ''].filter(Boolean);
  const clock = new Date(retryAt).toLocaleTimeString(spokenLocale(), { hour: 'numeric', minute: '2-digit', second: '2-digit' });
  return say('retryAt', { clock, wait: parts.join(' ') });
}
