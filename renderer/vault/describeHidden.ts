import { findHiddenCharacters } from '../../shared/text/hiddenCharacters';
import type { Translate } from '../i18n/store';
import { loginsMessages as m } from './messages';

/**
 * The hidden characters that would make a portal reject the value, in one sentence in the language
 * shown (shared/text/hiddenCharacters.ts finds them), or null. Used by the login form's save guard
 * and the troubleshooter's checker.
 */
export function describeHidden(t: Translate, value: string): string | null {
  const found = findHiddenCharacters(value).filter((h) => h.position !== 'inside' || h.kind !== 'space');
  if (found.length === 0) return null;
  const parts = found.map((h) => t(m[`hidden.${h.position}`], { name: t(m[`hidden.${h.kind}`]), position: h.index + 1 }));
  return t(m.hiddenContains, { list: parts.join(', ') });
}
