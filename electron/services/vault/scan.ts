import type { OpenEntry } from './entries';

/**
 * For the troubleshooter's support message: true when the text contains any password of the
 * unlocked profile (never says which). Passwords under 4 characters would match ordinary words.
 */
export function containsPassword(entries: Iterable<OpenEntry> | null, text: string): { containsSecret: boolean } {
  for (const entry of entries ?? []) if (entry.password.length >= 4 && text.includes(entry.password)) return { containsSecret: true };
  return { containsSecret: false };
}
