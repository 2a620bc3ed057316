import { findHiddenCharacters } from '../../../shared/text/hiddenCharacters';
import { hiddenCharactersSaid } from '../characters';

/**
 * Field messages for a username or password with hidden characters at either end, or zero-width
 * and formatting characters anywhere (ordinary spaces inside a password are allowed). null = clean.
 */
export function hiddenCharacterProblems(values: Record<string, string>): Record<string, string> | null {
  const problems: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    const matters = findHiddenCharacters(value).some((h) => h.position !== 'inside' || h.kind !== 'space');
    const message = matters ? hiddenCharactersSaid(value) : null;
    if (message) problems[field] = message;
  }
  return Object.keys(problems).length > 0 ? problems : null;
}
