import cardValidator from 'card-validator';
import { CARD_BRANDS, type CardBrand } from './brands';

export { brandName, CARD_BRANDS, type CardBrand } from './brands';

/**
 * Card rules on card-validator (Braintree's library: brand detection, lengths, Luhn, CVV sizes).
 * Only the expiry comparison is ours, because card-validator reads the real clock and we need
 * `now` passed in (a fixed clock in tests, the main clock in main).
 */

const isBrand = (value: string): value is CardBrand => (CARD_BRANDS as readonly string[]).includes(value);

/** Digits only: people type card numbers with spaces or dashes, as printed. */
export const cardDigits = (value: string) => value.replace(/[\s-]/g, '');

/** The brand as soon as the first digits tell it (for the brand label while typing), else null. */
export function detectBrand(value: string): CardBrand | null {
  const type = cardValidator.number(cardDigits(value)).card?.type;
  return type && isBrand(type) ? type : null;
}

/** The CVV length the brand uses: 4 for American Express, otherwise 3. */
export function cvvLength(brand: CardBrand | null): 3 | 4 {
  return brand === 'american-express' ? 4 : 3;
}

export function cardNumberProblem(value: string): string | null {
  const digits = cardDigits(value);
  if (digits === '') return 'Enter the card number from the front of the card.';
  if (!/^\d+$/.test(digits)) return 'Use digits only for the card number (spaces are fine).';
  const check = cardValidator.number(digits);
  const card = check.card;
  if (!card) {
    return check.isPotentiallyValid
      ? 'This card number is too short. Check that you typed every digit.'
      : 'AllyDesk does not recognise this kind of card. Check the first digits of the number.';
  }
  if (!card.lengths.includes(digits.length)) {
    const lengths = card.lengths.join(' or ');
    return `A ${card.niceType} number has ${lengths} digits; this one has ${digits.length}.`;
  }
  if (!check.isValid) {
    return 'This card number does not add up (its check digit is wrong), so a digit is probably mistyped. Compare it with the card.';
  }
  if (!isBrand(card.type)) return 'AllyDesk does not recognise this kind of card. Check the first digits of the number.';
  return null;
}

export interface Expiry {
  month: number;
  /** Four-digit year. */
  year: number;
}

/** Reads "MM/YY" (also "MM / YY", "MMYY"); null when it is not that shape. */
export function parseExpiry(value: string): Expiry | null {
  const match = /^\s*(\d{2})\s*\/?\s*(\d{2})\s*$/.exec(value);
  if (!match) return null;
  return { month: Number(match[1]), year: 2000 + Number(match[2]) };
}

/**
 * A card works through the last day of its expiry month, in the user's local calendar.
 * `now` is passed in so tests can stand on a month boundary.
 */
export function expiryProblem(value: string, now: number): string | null {
  if (value.trim() === '') return 'Enter the expiration date as MM/YY, for example 04/29.';
  const expiry = parseExpiry(value);
  if (!expiry) return 'Write the expiration date as MM/YY: two digits for the month, a slash, two for the year (04/29).';
  if (expiry.month < 1 || expiry.month > 12) return 'The month must be from 01 to 12.';
  const today = new Date(now);
  const current = today.getFullYear() * 12 + today.getMonth();
  const card = expiry.year * 12 + (expiry.month - 1);
  const shown = `${String(expiry.month).padStart(2, '0')}/${String(expiry.year % 100).padStart(2, '0')}`;
  if (card < current) return `This card expired at the end of ${shown}. Use a card that has not expired.`;
  if (card > current + 20 * 12) return `Check the year: ${shown} is more than 20 years away.`;
  return null;
}

export function cvvProblem(value: string, brand: CardBrand | null): string | null {
  const size = cvvLength(brand);
  const where = size === 4 ? 'the 4-digit code printed on the front of an American Express card' : 'the 3-digit code on the back of the card';
  if (value === '') return `Enter the CVV: ${where}.`;
  if (!/^\d+$/.test(value)) return 'Use digits only for the CVV.';
  if (!cardValidator.cvv(value, size).isValid || value.length !== size) {
    return size === 4
      ? `American Express cards have a 4-digit CVV (on the front); this one has ${value.length}.`
      : `The CVV has 3 digits (on the back of the card); this one has ${value.length}.`;
  }
  return null;
}
