import { describe, expect, it } from 'vitest';
import { OFFICE_ALLY_NAMES } from '../../../shared/content/officeAllyNames';
import { AUTOPAY_PHRASES } from './phrases';

describe('autopay page phrases', () => {
  it('match Office Ally’s English words from the one list, whatever language AllyDesk shows', () => {
    expect(AUTOPAY_PHRASES.enrolled).toEqual([OFFICE_ALLY_NAMES.enrolledNew, OFFICE_ALLY_NAMES.enrolledClassic]);
    expect(AUTOPAY_PHRASES.notEnrolled).toEqual(['You are not currently enrolled in autopay']);
    expect(OFFICE_ALLY_NAMES.notEnrolledNew.startsWith(OFFICE_ALLY_NAMES.notEnrolledStart)).toBe(true);
    expect(OFFICE_ALLY_NAMES.notEnrolledClassic.startsWith(OFFICE_ALLY_NAMES.notEnrolledStart)).toBe(true);
  });
});
