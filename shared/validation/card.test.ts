import cardValidator from 'card-validator';
import { describe, expect, it } from 'vitest';
import { CARD_BRANDS, cardNumberProblem, cvvProblem, detectBrand, expiryProblem, parseExpiry } from './card';

describe('card number (card-validator: brand, length, Luhn)', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['4012888888881881', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'american-express'],
    ['371449635398431', 'american-express'],
    ['6011111111111117', 'discover'],
    ['6011000990139424', 'discover'],
    ['3056930009020004', 'diners-club'],
    ['3566002020360505', 'jcb'],
  ])('accepts the test card %s as %s', (number, brand) => {
    expect(cardNumberProblem(number)).toBeNull();
    expect(detectBrand(number)).toBe(brand);
  });

  it('accepts spaces and dashes as printed on the card', () => {
    expect(cardNumberProblem('4111 1111 1111 1111')).toBeNull();
    expect(cardNumberProblem('3782-822463-10005')).toBeNull();
  });

  it('refuses a Luhn failure with a message about a mistyped digit', () => {
    expect(cardNumberProblem('4111111111111112')).toMatch(/check digit is wrong/);
    expect(cardNumberProblem('378282246310006')).toMatch(/check digit is wrong/);
  });

  it('refuses a wrong length naming the brand and the count', () => {
    expect(cardNumberProblem('411111111111111')).toBe('A Visa number has 16 or 18 or 19 digits; this one has 15.');
    expect(cardNumberProblem('37828224631000')).toMatch(/American Express number has 15 digits; this one has 14/);
  });

  it('refuses empty, letters and unknown prefixes', () => {
    expect(cardNumberProblem('')).toMatch(/Enter the card number/);
    expect(cardNumberProblem('4111 abcd')).toMatch(/digits only/);
    expect(cardNumberProblem('9111111111111111')).toMatch(/does not recognise/);
  });

  it('detects the brand from the first digits while typing', () => {
    expect(detectBrand('41')).toBe('visa');
    expect(detectBrand('5555')).toBe('mastercard');
    expect(detectBrand('4')).toBeNull(); // several brands start with 4: wait for more digits
    expect(detectBrand('37')).toBe('american-express');
    expect(detectBrand('')).toBeNull();
  });

  it('knows every brand card-validator can name (the record accepts exactly these)', () => {
    expect([...CARD_BRANDS].sort()).toEqual(Object.values(cardValidator.creditCardType.types).sort());
  });
});

describe('expiry MM/YY against a fixed clock (local calendar)', () => {
  // 30 Nov 2026, 23:59 local: the last minute of November.
  const endOfNov = new Date(2026, 10, 30, 23, 59, 59).getTime();
  const startOfDec = new Date(2026, 11, 1, 0, 0, 1).getTime();

  it('a card expiring this month is valid through the month’s last minute', () => {
    expect(expiryProblem('11/26', endOfNov)).toBeNull();
    expect(expiryProblem('11/26', startOfDec)).toBe('This card expired at the end of 11/26. Use a card that has not expired.');
  });

  it('last month is expired, next month is fine', () => {
    expect(expiryProblem('10/26', endOfNov)).toMatch(/expired at the end of 10\/26/);
    expect(expiryProblem('12/26', endOfNov)).toBeNull();
    expect(expiryProblem('01/27', startOfDec)).toBeNull();
  });

  it('crosses the year boundary correctly', () => {
    const newYear = new Date(2027, 0, 1, 0, 0, 1).getTime();
    expect(expiryProblem('12/26', newYear)).toMatch(/expired/);
    expect(expiryProblem('01/27', newYear)).toBeNull();
  });

  it('refuses bad shapes, months and far-future years with specific messages', () => {
    expect(expiryProblem('', endOfNov)).toMatch(/Enter the expiration date as MM\/YY/);
    expect(expiryProblem('1/27', endOfNov)).toMatch(/two digits for the month/);
    expect(expiryProblem('11/2027', endOfNov)).toMatch(/two digits for the month/);
    expect(expiryProblem('13/27', endOfNov)).toBe('The month must be from 01 to 12.');
    expect(expiryProblem('00/27', endOfNov)).toBe('The month must be from 01 to 12.');
    expect(expiryProblem('01/60', endOfNov)).toMatch(/more than 20 years away/);
  });

  it('reads MM/YY with or without the slash', () => {
    expect(parseExpiry('04/29')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry('0429')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry('04 / 29')).toEqual({ month: 4, year: 2029 });
  });
});

describe('CVV', () => {
  it('3 digits for most brands, 4 for American Express', () => {
    expect(cvvProblem('123', 'visa')).toBeNull();
    expect(cvvProblem('1234', 'american-express')).toBeNull();
    expect(cvvProblem('123', 'american-express')).toBe('American Express cards have a 4-digit CVV (on the front); this one has 3.');
    expect(cvvProblem('1234', 'visa')).toBe('The CVV has 3 digits (on the back of the card); this one has 4.');
    expect(cvvProblem('12', 'mastercard')).toMatch(/3 digits.*this one has 2/);
  });
  it('refuses empty and non-digits', () => {
    expect(cvvProblem('', 'visa')).toMatch(/3-digit code on the back/);
    expect(cvvProblem('', 'american-express')).toMatch(/4-digit code printed on the front/);
    expect(cvvProblem('12a', 'visa')).toMatch(/digits only/);
  });
});
