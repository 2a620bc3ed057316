import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';

const cache = createIntlCache();
const warned = new Set<string>();

/**
 * react-intl's formatter for one language (this module is its own chunk: react-intl loads after the
 * first screen, and before it for Spanish). A message the catalog lacks falls back to its English
 * text; that is reported once, and never for English, whose text lives beside the code.
 */
export function makeIntl(locale: Locale, messages: Record<string, string>): IntlShape {
  return createIntl(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages,
      onError: (error) => {
        if (error.code === 'MISSING_TRANSLATION') {
          if (locale === DEFAULT_LOCALE || warned.has(error.message)) return;
          warned.add(error.message);
        }
        console.warn(`[i18n] ${error.message}`);
      },
    },
    cache,
  );
}
