import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js';

/** Phone rules on libphonenumber-js: US numbers as people type them, or +country numbers. */
export function phoneProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter a phone number where Office Ally can reach the billing contact.';
  if (!/^[\d\s()+.-]+$/.test(value.trim())) return 'Use digits, spaces, ( ) and - only, like (206) 555-0100.';
  if (!isValidPhoneNumber(value, 'US')) return 'This is not a complete phone number. A US number has 10 digits, like (206) 555-0100.';
  return null;
}

/** The number in one consistent form, e.g. "(206) 555-0100"; international numbers keep their +code. */
export function formatPhone(value: string): string {
  const parsed = parsePhoneNumberFromString(value, 'US');
  if (!parsed) return value.trim();
  return parsed.country === 'US' ? parsed.formatNational() : parsed.formatInternational();
}
