import { LANGUAGE_CHOICES, resolveLanguage, type LanguageChoice, type LanguageState, type Locale } from '../../../shared/i18n/locales';
import { onFirstUse } from '../../../shared/onFirstUse';
import { z } from '../../../shared/zod';
import type { KeyValueStore } from '../../adapters/types';
import type { EffectivePolicy } from '../policy/service';
import type { StoreShape } from '../storage';

type LanguageFile = { choice: LanguageChoice };
export const LANGUAGE_STORE_DEFAULTS: LanguageFile = { choice: 'system' };
const languageFileSchema = onFirstUse(() => z.object({ choice: z.enum(LANGUAGE_CHOICES) }));
/** Checked when language.json is opened and exists (a first start has none): the schema is built then, not at import. */
export const LANGUAGE_STORE_SHAPE: StoreShape<LanguageFile> = {
  get schema() {
    return languageFileSchema();
  },
};

export interface LanguageServiceDeps {
  store: KeyValueStore<LanguageFile>;
  policy: EffectivePolicy;
  /** The operating system's preferred languages (Electron's app.getPreferredSystemLanguages()); absent in browser mode. */
  systemLanguages?: () => readonly string[];
}

/**
 * The language in force for this staff member, in main: the `Language` policy, then the Settings
 * choice, then the system's (in browser mode, the browser's) preferred languages. Main's own
 * messages (notifications, errors) read `locale()`.
 */
export function createLanguageService({ store, policy, systemLanguages }: LanguageServiceDeps) {
  // Browser mode: the page tells main its browser's languages with every `get`.
  let browserLanguages: readonly string[] = [];
  const listeners = new Set<(state: LanguageState) => void>();
  const state = (): LanguageState =>
    resolveLanguage({ policy: policy.fixed('Language'), choice: store.get('choice'), preferred: systemLanguages ? systemLanguages() : browserLanguages });
  let last = state().locale;
  const changed = () => {
    const now = state();
    if (now.locale === last) return;
    last = now.locale;
    listeners.forEach((listener) => listener(now));
  };
  return {
    state,
    locale: (): Locale => state().locale,
    get(input: { browserLanguages: readonly string[] }): LanguageState {
      browserLanguages = input.browserLanguages;
      last = state().locale;
      return state();
    },
    setChoice(choice: LanguageChoice): LanguageState {
      store.set('choice', choice);
      last = state().locale;
      return state();
    },
    /** IT changed the policy: tell the page when the language in force moved. */
    policyChanged: changed,
    onChange(listener: (state: LanguageState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type LanguageService = ReturnType<typeof createLanguageService>;
