/**
 * The languages AllyDesk ships, and how one is chosen: the practice policy `Language` first, then the
 * staff member's choice in Settings, then the operating system's preferred languages (the browser's
 * in browser mode), English last. Shared by main (its own messages) and the renderer.
 */
export const LOCALES = ['en-US', 'es-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** What Settings offers: follow the system, or one language. */
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's own name, written in that language (the Settings list shows them so). */
export const LOCALE_NAMES: Record<Locale, string> = { 'en-US': 'English', 'es-US': 'Español (Estados Unidos)' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The first preferred language AllyDesk has, by its language part ("es-MX", "es", "es-419" → es-US;
 * "en-GB" → en-US); English when none is. The order is the user's: ["fr-FR", "es-ES"] gives Spanish.
 */
export function localeFromPreferred(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale.toLowerCase().startsWith(`${language}-`));
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** Where the language in force came from. */
export type LocaleSource = 'policy' | 'setting' | 'system';

export interface LanguageState {
  locale: Locale;
  from: LocaleSource;
  /** What the staff member chose in Settings (kept while a policy overrides it). */
  choice: LanguageChoice;
  /** The language the system's preferred languages give. */
  system: Locale;
  /** IT's language, when the `Language` policy sets one. */
  policy: Locale | null;
}

export function resolveLanguage(input: { policy: Locale | undefined; choice: LanguageChoice; preferred: readonly string[] }): LanguageState {
  const system = localeFromPreferred(input.preferred);
  const policy = input.policy ?? null;
  if (policy) return { locale: policy, from: 'policy', choice: input.choice, system, policy };
  if (input.choice !== 'system') return { locale: input.choice, from: 'setting', choice: input.choice, system, policy };
  return { locale: system, from: 'system', choice: input.choice, system, policy };
}
