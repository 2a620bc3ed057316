import { describe, expect, it } from 'vitest';
import { US_STATE_CODES, zipProblem } from './address';
import { formatPhone, phoneProblem } from './contact';

describe('ZIP and ZIP+4', () => {
  it.each(['94107', '94107-1234', '00501', ' 10001 '])('accepts %j', (zip) => expect(zipProblem(zip)).toBeNull());
  it('refuses with a message that shows the right shape', () => {
    expect(zipProblem('')).toBe('Enter the ZIP code.');
    expect(zipProblem('9410')).toMatch(/5-digit ZIP code \(12345\) or ZIP\+4 \(12345-6789\)/);
    expect(zipProblem('941071234')).toBe('Write a ZIP+4 with a dash: 12345-6789.');
    expect(zipProblem('94107-12')).toMatch(/ZIP\+4/);
    expect(zipProblem('ABCDE')).toMatch(/5-digit/);
  });
  it('lists the 50 states, DC and the territories once each', () => {
    expect(new Set(US_STATE_CODES).size).toBe(US_STATE_CODES.length);
    expect(US_STATE_CODES).toEqual(expect.arrayContaining(['CA', 'NY', 'DC', 'PR', 'WY']));
    expect(US_STATE_CODES.length).toBe(56);
  });
});

describe('phone (libphonenumber-js)', () => {
  it.each(['(206) 555-0100', '206-555-0100', '2065550100', '+1 206 555 0100', '+44 20 7946 0958'])('accepts %j', (n) => expect(phoneProblem(n)).toBeNull());
  it('refuses incomplete, impossible and lettered numbers', () => {
    expect(phoneProblem('')).toMatch(/Enter a phone number/);
    expect(phoneProblem('206-555-010')).toMatch(/not a complete phone number/);
    expect(phoneProblem('(555) 201-3344')).toMatch(/not a complete phone number/);
    expect(phoneProblem('call me')).toMatch(/digits, spaces/);
  });
  it('formats numbers one way', () => {
    expect(formatPhone('2065550100')).toBe('(206) 555-0100');
    expect(formatPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
  });
});
