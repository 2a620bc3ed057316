import { randomInt } from 'node:crypto';

// Look-alikes left out so a password read off the screen is typed right: I l 1 | O 0 o, and quotes/backticks.
const SETS = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnpqrstuvwxyz',
  digits: '23456789',
  symbols: '!#$%&*+-=?@^_~',
} as const;
export type CharacterClass = keyof typeof SETS;

/**
 * A uniformly random password with at least one character of every chosen class (seed 001: upper
 * and lower case letters, symbols and numbers "is the baseline"). Uses crypto.randomInt (no modulo bias).
 */
export function generatePassword(options: { length: number } & Record<CharacterClass, boolean>): string {
  const chosen = (Object.keys(SETS) as CharacterClass[]).filter((name) => options[name]);
  if (chosen.length === 0) throw new RangeError('no character class');
  const length = Math.min(64, Math.max(12, options.length));
  const all = chosen.map((name) => SETS[name]).join('');
  const chars = chosen.map((name) => pick(SETS[name]));
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

const pick = (set: string) => set[randomInt(set.length)]!;
export const LOOK_ALIKES = 'Il1|O0o`\'"';
