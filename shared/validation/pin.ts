/**
 * Quick-unlock PINs: 4 to 8 digits, refused when a guesser would try them early. No npm package
 * ships a maintained common-PIN list, so this is a documented rule set:
 * - the 20 most common 4-digit PINs from Nick Berry's analysis of 3.4 million leaked PINs
 *   (DataGenetics, "PIN analysis", 2012) — together about 27 % of all PINs chosen;
 * - keypad lines and shapes (2580, 1470, 3690, 1379, 7410 …), popular because they are easy to key;
 * - one repeated digit (0000, 777777), runs up or down (1234, 87654, 7890) and a short block
 *   repeated (1212, 123123, 4545);
 * - dates: a 4-digit year 1900–2099, and 6- or 8-digit birthdays (MMDDYY, DDMMYY, MMDDYYYY,
 *   DDMMYYYY, YYYYMMDD), which a colleague could find out.
 */
export const PIN_LENGTH = { min: 4, max: 8 } as const;

export const COMMON_PINS: readonly string[] = [
  // DataGenetics top 20, in order.
  '1234',
  '1111',
  '0000',
  '1212',
  '7777',
  '1004',
  '2000',
  '4444',
  '2222',
  '6969',
  '9999',
  '3333',
  '5555',
  '6666',
  '1122',
  '1313',
  '8888',
  '4321',
  '2001',
  '1010',
  // Keypad lines and shapes.
  '2580',
  '0852',
  '1470',
  '0741',
  '3690',
  '0963',
  '7410',
  '9630',
  '1379',
  '1397',
  '7931',
  '3179',
  '1357',
  '7531',
  '2468',
  '8642',
  '1590',
  '3570',
  '159753',
  '147258369',
  '123456',
  '654321',
  '123123',
  '112233',
  '121212',
];

const isRun = (digits: number[], step: 1 | -1) => digits.every((d, i) => i === 0 || d === (digits[i - 1]! + step + 10) % 10);

const isRepeatedBlock = (pin: string) => {
  for (let size = 1; size <= pin.length / 2; size++) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) return true;
  }
  return false;
};

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
const isYear = (text: string) => /^(19|20)\d\d$/.test(text);
const n = (text: string) => Number.parseInt(text, 10);

function looksLikeDate(pin: string): boolean {
  if (pin.length === 4) return isYear(pin);
  if (pin.length === 6) return validDay(n(pin.slice(0, 2)), n(pin.slice(2, 4))) || validDay(n(pin.slice(2, 4)), n(pin.slice(0, 2)));
  if (pin.length === 8) {
    const [a, b, rest] = [n(pin.slice(0, 2)), n(pin.slice(2, 4)), pin.slice(4)];
    if (isYear(rest) && (validDay(a, b) || validDay(b, a))) return true;
    return isYear(pin.slice(0, 4)) && validDay(n(pin.slice(4, 6)), n(pin.slice(6, 8)));
  }
  return false;
}

/** Which rule a PIN breaks, or null when it is fine (main and the screen each say it in the language shown). */
export type PinProblemKind = 'digits' | 'length' | 'repeated' | 'run' | 'common' | 'date';

export function pinProblemKind(pin: string): PinProblemKind | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_LENGTH.min || pin.length > PIN_LENGTH.max) return 'length';
  const digits = [...pin].map(Number);
  if (isRepeatedBlock(pin)) return 'repeated';
  if (isRun(digits, 1) || isRun(digits, -1)) return 'run';
  if (COMMON_PINS.includes(pin)) return 'common';
  if (looksLikeDate(pin)) return 'date';
  return null;
}

const PIN_PROBLEM_ENGLISH: Record<PinProblemKind, string> = {
  digits: 'Use digits only.',
  length: `Use ${PIN_LENGTH.min} to ${PIN_LENGTH.max} digits.`,
  repeated: 'Repeated digits or patterns (like 1111 or 1212) are among the first PINs anyone tries. Choose a less regular PIN.',
  run: 'Digits in order (like 1234 or 4321) are among the first PINs anyone tries. Choose a less regular PIN.',
  common: 'This is one of the most common PINs. Choose one that is not a pattern on the keypad.',
  date: 'This looks like a year or a date, which a colleague could find out. Choose a PIN that is not a date.',
};

/** Why this PIN cannot be used, in English words for the front desk (the screen's messages match them), or null when it is fine. */
export function pinProblem(pin: string): string | null {
  const kind = pinProblemKind(pin);
  return kind ? PIN_PROBLEM_ENGLISH[kind] : null;
}

/** Three wrong PINs end quick unlock. */
export const PIN_TRIES = 3;
