import { characterMessages } from '../../shared/i18n/main/characters';
import { findHiddenCharacters, type HiddenCharacter, type HiddenKind } from '../../shared/text/hiddenCharacters';
import { sayerFor } from './say';

/** Hidden characters named in the language in force (shared/i18n/main/characters.ts). */
export const sayCharacter = sayerFor(characterMessages);

const NAME_OF = {
  space: 'space',
  tab: 'tab',
  'line-break': 'lineBreak',
  'non-breaking-space': 'nonBreakingSpace',
  'zero-width': 'zeroWidth',
  'other-invisible': 'otherInvisible',
  control: 'control',
} as const satisfies Record<HiddenKind, string>;

/** "a zero-width (invisible) character" / "un carácter de ancho cero (invisible)". */
export const hiddenName = (hidden: Pick<HiddenCharacter, 'kind'>) => sayCharacter(NAME_OF[hidden.kind]);

/** Where it is: "a tab at the start", "un espacio en la posición 4". */
export function hiddenWhere(hidden: Pick<HiddenCharacter, 'kind' | 'position' | 'index'>): string {
  const name = hiddenName(hidden);
  if (hidden.position === 'inside') return sayCharacter('atPosition', { name, position: hidden.index + 1 });
  return sayCharacter(hidden.position === 'leading' ? 'atStart' : 'atEnd', { name });
}

/** describeHiddenCharacters (shared/text/hiddenCharacters.ts) in the language in force; null when nothing that matters is hidden. */
export function hiddenCharactersSaid(value: string): string | null {
  const found = findHiddenCharacters(value).filter((h) => h.position !== 'inside' || h.kind !== 'space');
  if (found.length === 0) return null;
  return sayCharacter('contains', { list: found.map(hiddenWhere).join(', ') });
}

/** profileNameProblem (shared/text/profileName.ts) in the language in force; null when the name can be used. */
export function profileNameProblemSaid(name: string): string | null {
  if (/\p{Cs}/u.test(name)) return sayCharacter('brokenName');
  const hidden = findHiddenCharacters(name.normalize('NFC')).find((h) => h.kind !== 'space' && h.kind !== 'non-breaking-space');
  if (!hidden) return null;
  // Right-to-left overrides and their kin get their own words: they reorder what is shown.
  const what = /\p{Bidi_Control}/u.test(hidden.char) ? sayCharacter('textDirection') : hiddenName(hidden);
  return sayCharacter('hiddenInName', { name: what, codePoint: hidden.codePoint, position: hidden.index + 1 });
}
