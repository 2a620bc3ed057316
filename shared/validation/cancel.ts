import { OFFICE_ALLY_NAMES } from '../content/officeAllyNames';
import { findHiddenCharacters } from '../text/hiddenCharacters';

/**
 * Classic cancel (Service Center Classic, Practice Mate, EHR 24/7): the portal accepts exactly
 * the word `cancel`, lowercase and case-sensitive (seed 002). No trimming: " cancel" fails on
 * the portal too, so AllyDesk refuses it the same way and says why.
 */
export const CLASSIC_CANCEL_WORD = OFFICE_ALLY_NAMES.cancelWord;

export function classicCancelProblem(typed: string): string | null {
  if (typed === CLASSIC_CANCEL_WORD) return null;
  const rule = 'Type cancel in all lowercase letters, with no spaces: the box is case-sensitive.';
  if (typed === '') return `The box is empty. ${rule}`;
  const hidden = findHiddenCharacters(typed);
  if (hidden.length > 0) {
    const first = hidden[0]!;
    const where = first.position === 'inside' ? 'inside the word' : first.position === 'leading' ? 'before the word' : 'after the word';
    return `There is a ${first.name} ${where}. ${rule}`;
  }
  if (typed.toLowerCase() === CLASSIC_CANCEL_WORD) return `You typed "${typed}" with capital letters. ${rule}`;
  return `You typed "${typed}", not cancel. ${rule}`;
}
