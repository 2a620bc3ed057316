import { timerMessages } from '../../../shared/i18n/main/timers';
import { sayerFor } from '../say';

/** The timers' refusals in the language in force (shared/i18n/main/timers.ts). */
export const say = sayerFor(timerMessages);
