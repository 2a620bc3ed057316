import type { LanguageChoice } from '../../shared/i18n/locales';
import type { KeyValueStore } from '../adapters/types';
import { createLanguageService, LANGUAGE_STORE_DEFAULTS } from './language/service';
import { staticPolicy } from './policy/service';
import { speakIn } from './say';

type Hook = (hook: () => void) => void;

/**
 * For tests: the real language service with a choice saved in Settings (an in-memory settings file,
 * an English-speaking system, no policy), made main's language as compose.ts does, for each test.
 * `language.setChoice` switches during a test; the one before is put back after it.
 */
export function languageChosen(hooks: { beforeEach: Hook; afterEach: Hook }, choice: LanguageChoice) {
  const saved = { ...LANGUAGE_STORE_DEFAULTS };
  const store: KeyValueStore<typeof saved> = {
    get: (key) => saved[key],
    set: (key, value) => void (saved[key] = value),
    get store() {
      return saved;
    },
    path: '/memory/language.json',
  };
  const language = createLanguageService({ store, policy: staticPolicy(), systemLanguages: () => ['en-US'] });
  let restore = () => {};
  hooks.beforeEach(() => {
    language.setChoice(choice);
    restore = speakIn(language.locale);
  });
  hooks.afterEach(() => restore());
  return language;
}
