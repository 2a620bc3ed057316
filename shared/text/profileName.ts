import { findHiddenCharacters, removeHiddenCharacters } from './hiddenCharacters';

/**
 * Staff profile names are what people pick on the unlock screen and what the activity log and
 * autopay history record, so two names that look the same must be the same name. Invisible
 * characters come from the one list in hiddenCharacters.ts.
 */

// A lone half of a surrogate pair (a cut emoji): in a `u` regex it is the code point class Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why this name cannot be used, in words a front-desk user understands; null when it can. */
export function profileNameProblem(name: string): string | null {
  if (LONE_SURROGATE.test(name)) return 'The name contains a broken character (half of an emoji or symbol). Retype the name.';
  // Ordinary and non-breaking spaces are fine: they become one plain space.
  const hidden = findHiddenCharacters(name.normalize('NFC')).find((h) => h.kind !== 'space' && h.kind !== 'non-breaking-space');
  if (!hidden) return null;
  // Right-to-left overrides and their kin get their own words: they reorder what is shown.
  const what = /\p{Bidi_Control}/u.test(hidden.char) ? 'text-direction control character' : hidden.name;
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  return `The name contains ${article} ${what} (${hidden.codePoint}) at position ${hidden.index + 1}. Names may hold only characters you can see, so that no two look alike: retype the name.`;
}

/** The stored form: composed (NFC), every run of whitespace one space, no spaces at the ends. */
export const normalizeProfileName = (name: string): string => name.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** A name with anything `profileNameProblem` refuses taken out (for names arriving in backup files). */
export const cleanProfileName = (name: string): string => normalizeProfileName(removeHiddenCharacters(name.normalize('NFC').replace(/\p{Cs}/gu, '')));

/**
 * Two names are the same profile name when they differ only in case, spacing, composition or
 * invisible characters (profiles made before names were checked may still hold some).
 */
export const profileNameKey = (name: string): string => cleanProfileName(name).toLowerCase();
