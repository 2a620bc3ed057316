/**
 * ABA routing number check (the American Bankers Association checksum). Hand-written because it
 * is ours to get right and tiny: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10.
 */
export function isValidAbaChecksum(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number) as [number, number, number, number, number, number, number, number, number];
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}

/** A field message for a routing number, or null when it is valid. */
export function routingNumberProblem(value: string): string | null {
  if (value === '') return 'Enter the 9-digit routing number (bottom left of a check).';
  if (!/^\d+$/.test(value)) return 'Use digits only for the routing number: no spaces or dashes.';
  if (value.length !== 9) return `A routing number has exactly 9 digits; this one has ${value.length}.`;
  if (!isValidAbaChecksum(value)) {
    return "This routing number's check digit does not match, so one digit is probably mistyped. Compare it with a check or your bank's website.";
  }
  return null;
}

/** US bank account numbers run from 4 to 17 digits. */
export function accountNumberProblem(value: string): string | null {
  if (value === '') return 'Enter the bank account number.';
  if (!/^\d+$/.test(value)) return 'Use digits only for the account number: no spaces or dashes.';
  if (value.length < 4 || value.length > 17) return `A bank account number has 4 to 17 digits; this one has ${value.length}.`;
  return null;
}
