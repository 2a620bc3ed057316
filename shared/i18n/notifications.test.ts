import { describe, expect, it } from 'vitest';
import { OFFICE_ALLY_NAMES } from '../content/officeAllyNames';
import { LOCALES } from './locales';
import { NOTIFICATION_TEXTS, notificationCount, notificationText, placeholdersOf, type PluralForms } from './notifications';

const english = NOTIFICATION_TEXTS['en-US'];
/** Office Ally's words as a notification quotes them ("Forgot Password?"). */
const officeAllyWordsIn = (text: string) => Object.values(OFFICE_ALLY_NAMES).filter((name) => text.includes(`"${name}`));

describe('main-process notification texts (shared/i18n/notifications.ts)', () => {
  it('every language has every key, with the same placeholders and Office Ally’s words in English', () => {
    for (const locale of LOCALES) {
      const table = NOTIFICATION_TEXTS[locale];
      expect(Object.keys(table).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [key, en] of Object.entries(english)) {
        const translated = table[key as keyof typeof table];
        if (typeof en === 'string') {
          expect(typeof translated, `${locale} ${key}`).toBe('string');
          expect(placeholdersOf(translated as string), `${locale} ${key}`).toEqual(placeholdersOf(en));
          expect(officeAllyWordsIn(translated as string), `${locale} ${key}`).toEqual(officeAllyWordsIn(en));
        } else {
          const forms = translated as PluralForms;
          for (const form of [forms.one, forms.other, forms.many ?? forms.other]) expect(form, `${locale} ${key}`).toContain('#');
        }
      }
    }
  });

  it('fills placeholders and picks CLDR plural forms in es-US', () => {
    expect(notificationText('es-US', 'twoFactorSpamTitle', { portal: 'EHR 24/7' })).toBe('Todavía no llega el código de EHR 24/7');
    expect([1, 2, 1_000_000].map((n) => notificationCount('es-US', 'days', n))).toEqual(['1 día', '2 días', '1,000,000 de días']);
    expect([1, 14].map((n) => notificationCount('en-US', 'days', n))).toEqual(['1 day', '14 days']);
  });

  it('leaves a placeholder it was not given visible rather than dropping it', () => {
    expect(notificationText('en-US', 'pdfSavedBody')).toBe('{file} is in your Downloads folder.');
  });
});
