/**
 * Characters that make a pasted username or password fail although it "looks right" — seed 001's
 * first cause of rejected credentials ("hidden spaces at the end … when copying and pasting").
 * One definition, used by the vault's save guard and the troubleshooter's checker.
 */
export type HiddenKind = 'space' | 'tab' | 'line-break' | 'non-breaking-space' | 'zero-width' | 'other-invisible' | 'control';

export interface HiddenCharacter {
  index: number;
  char: string;
  /** e.g. "U+00A0" */
  codePoint: string;
  kind: HiddenKind;
  /** A plain-language name: "non-breaking space". */
  name: string;
  position: 'leading' | 'trailing' | 'inside';
}

const NAMES: Record<HiddenKind, string> = {
  space: 'space',
  tab: 'tab',
  'line-break': 'line break',
  'non-breaking-space': 'non-breaking space',
  'zero-width': 'zero-width (invisible) character',
  'other-invisible': 'invisible formatting character',
  control: 'control character',
};

// A set, not a regex class: a joiner inside a character class is easy to misread.
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

function kindOf(char: string): HiddenKind | null {
  if (char === ' ') return 'space';
  if (char === '\t') return 'tab';
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return 'line-break';
  if (char === '\u00a0' || char === '\u202f' || char === '\u2007') return 'non-breaking-space';
  if (ZERO_WIDTH.has(char)) return 'zero-width';
  if (/[\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(char)) return 'other-invisible';
  if (/[\u1680\u2000-\u200a\u205f\u3000]/.test(char)) return 'space';
  // The rest of Unicode's invisible classes: format characters (Cf: bidi marks such as U+061C,
  // tag characters) and controls (Cc: NUL, escape, delete, …).
  if (/\p{Cf}/u.test(char)) return 'other-invisible';
  if (/\p{Cc}/u.test(char)) return 'control';
  return null;
}

/** Every hidden character with where it stands. Ordinary spaces inside are reported too (kind 'space', position 'inside'). */
export function findHiddenCharacters(value: string): HiddenCharacter[] {
  const chars = [...value];
  const visible = chars.map((c) => kindOf(c) === null);
  const first = visible.indexOf(true);
  const last = visible.lastIndexOf(true);
  const found: HiddenCharacter[] = [];
  chars.forEach((char, index) => {
    const kind = kindOf(char);
    if (!kind) return;
    const position = first === -1 || index < first ? 'leading' : index > last ? 'trailing' : 'inside';
    found.push({
      index,
      char,
      codePoint: `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      kind,
      name: NAMES[kind],
      position,
    });
  });
  return found;
}

/** Removes leading/trailing hidden characters and every zero-width, formatting or control character; keeps ordinary inside spaces. */
export function removeHiddenCharacters(value: string): string {
  const found = findHiddenCharacters(value);
  const drop = new Set(
    found.filter((h) => h.position !== 'inside' || h.kind === 'zero-width' || h.kind === 'other-invisible' || h.kind === 'control').map((h) => h.index),
  );
  return [...value].filter((_, i) => !drop.has(i)).join('');
}

/** One sentence a front-desk user understands, or null when nothing is hidden that matters. */
export function describeHiddenCharacters(value: string): string | null {
  const found = findHiddenCharacters(value).filter((h) => h.position !== 'inside' || h.kind !== 'space');
  if (found.length === 0) return null;
  const parts = found.map(
    (h) => `a ${h.name} ${h.position === 'inside' ? `at position ${h.index + 1}` : `at the ${h.position === 'leading' ? 'start' : 'end'}`}`,
  );
  return `This contains ${parts.join(', ')}. Portals treat these as part of the text, so the login is rejected.`;
}
