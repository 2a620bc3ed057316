import { describe, expect, it } from 'vitest';
import { accountNumberProblem, isValidAbaChecksum, routingNumberProblem } from './aba';

describe('ABA routing checksum', () => {
  it.each(['011000015', '021000021', '026009593', '111000025', '121000358', '322271627'])('accepts the real routing number %s', (n) => {
    expect(isValidAbaChecksum(n)).toBe(true);
    expect(routingNumberProblem(n)).toBeNull();
  });

  it('refuses every one-digit change of a valid number', () => {
    const valid = '011000015';
    for (let i = 0; i < 9; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(isValidAbaChecksum(changed), changed).toBe(false);
      }
    }
  });

  it('names the problem: empty, non-digits, length, checksum', () => {
    expect(routingNumberProblem('')).toMatch(/9-digit routing number/);
    expect(routingNumberProblem('0110-0001')).toMatch(/digits only/);
    expect(routingNumberProblem('01100001')).toMatch(/exactly 9 digits; this one has 8/);
    expect(routingNumberProblem('011000016')).toMatch(/check digit does not match/);
  });

  it('checks account numbers: 4 to 17 digits', () => {
    expect(accountNumberProblem('1234')).toBeNull();
    expect(accountNumberProblem('12345678901234567')).toBeNull();
    expect(accountNumberProblem('123')).toMatch(/4 to 17 digits; this one has 3/);
    expect(accountNumberProblem('123456789012345678')).toMatch(/this one has 18/);
    expect(accountNumberProblem('12 34')).toMatch(/digits only/);
    expect(accountNumberProblem('')).toMatch(/Enter the bank account number/);
  });
});
