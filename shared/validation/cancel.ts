/**
 * Classic cancel (Service Center Classic, Practice Mate, EHR 24/7): the portal accepts exactly
 * the word `cancel`, lowercase and case-sensitive (seed 002). No trimming: " cancel" fails on
 * the portal too, so AllyDesk refuses it the same way and says why.
 */
export const CLASSIC_CANCEL_WORD = 'cancel';

export function classicCancelProblem(typed: string): string | null {
  if (typed === CLASSIC_CANCEL_WORD) return null;
  const rule = 'Type cancel in all lowercase letters, with no spaces: the box is case-sensitive.';
  if (typed === '') return `The box is empty. ${rule}`;
  if (typed.trim() !== typed && typed.trim().toLowerCase() === CLASSIC_CANCEL_WORD) return `Remove the space before or after the word. ${rule}`;
  if (typed.toLowerCase() === CLASSIC_CANCEL_WORD) return `You typed "${typed}" with capital letters. ${rule}`;
  return `You typed "${typed}", not cancel. ${rule}`;
}
