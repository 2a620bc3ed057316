import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { say } from './say';

type Checker = (password: string) => ZxcvbnResult;
let checker: Promise<Checker> | null = null;

/** zxcvbn-ts with the common and English dictionaries, loaded the first time it is needed (they are large). */
export function loadStrengthChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (password: string) => factory.check(password);
  });
  return checker;
}

export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Why a new passphrase is refused, or null. Common-password lists come from zxcvbn-ts. A practice
 * policy may ask for more characters (PassphraseMinLength), never fewer.
 */
export async function passphraseProblem(passphrase: string, rule: { minLength?: number } = {}): Promise<string | null> {
  const minLength = Math.max(MIN_PASSPHRASE_LENGTH, rule.minLength ?? 0);
  if ([...passphrase].length < minLength) {
    return say(minLength > MIN_PASSPHRASE_LENGTH ? 'passphraseTooShortPolicy' : 'passphraseTooShort', { min: minLength });
  }
  const result = (await loadStrengthChecker())(passphrase.slice(0, 200));
  const common = result.sequence.some((match) => match.pattern === 'dictionary' && 'dictionaryName' in match && match.dictionaryName === 'passwords-common');
  if (common && result.score <= 1) {
    return say('passphraseCommon');
  }
  return null;
}
