import { autopayMessages } from '../../../shared/i18n/main/autopay';
import { OFFICE_ALLY_NAMES } from '../../../shared/content/officeAllyNames';
import { CLASSIC_CANCEL_WORD } from '../../../shared/validation/cancel';
import { findHiddenCharacters } from '../../../shared/text/hiddenCharacters';
import { hiddenName } from '../characters';
import { sayerFor } from '../say';

/** Autopay's refusals in the language in force (shared/i18n/main/autopay.ts). */
export const say = sayerFor(autopayMessages);

/**
 * What is wrong with the word typed to cancel classic autopay, in the language in force (the same
 * rules as shared/validation/cancel.ts, which the screen uses); null when it is exactly `cancel`.
 */
export function cancelWordProblemSaid(typed: string): string | null {
  if (typed === CLASSIC_CANCEL_WORD) return null;
  const word = OFFICE_ALLY_NAMES.cancelWord;
  const rule = say('cancelRule', { word });
  if (typed === '') return say('cancelEmpty', { rule });
  const first = findHiddenCharacters(typed)[0];
  if (first) {
    const key = first.position === 'inside' ? 'cancelHiddenInside' : first.position === 'leading' ? 'cancelHiddenBefore' : 'cancelHiddenAfter';
    return say(key, { name: hiddenName(first), rule });
  }
  if (typed.toLowerCase() === CLASSIC_CANCEL_WORD) return say('cancelCapitals', { typed, rule });
  return say('cancelOtherWord', { typed, word, rule });
}
