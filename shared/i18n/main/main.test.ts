import { describe, expect, it } from 'vitest';
import { OFFICE_ALLY_NAMES } from '../../content/officeAllyNames';
import { GLOSSARY } from '../glossary';
import { LOCALES } from '../locales';
import { placeholdersOf, type PluralForms } from '../notifications';
import { catalogCount, catalogText, defineMainMessages, fillText } from './catalog';
import { MAIN_CATALOGS } from './index';

/** Office Ally's words as a message quotes them ("Forgot Password?"). */
const officeAllyWordsIn = (text: string) => Object.values(OFFICE_ALLY_NAMES).filter((name) => text.includes(`"${name}`));
const words = (text: string) => text.replace(/\{\w+\}/g, ' ');

const entries = Object.entries(MAIN_CATALOGS).flatMap(([area, catalog]) =>
  Object.entries(catalog.texts['en-US'] as Record<string, string | PluralForms>).map(([key, en]) => ({ id: `${area}.${key}`, key, en, catalog })),
);

describe('main-process messages (shared/i18n/main/)', () => {
  it('every language has every message, with the same placeholders and Office Ally’s words in English', () => {
    for (const [area, catalog] of Object.entries(MAIN_CATALOGS)) {
      for (const locale of LOCALES) expect(Object.keys(catalog.texts[locale]).sort(), `${locale} ${area}`).toEqual(Object.keys(catalog.texts['en-US']).sort());
    }
    for (const { id, key, en, catalog } of entries) {
      for (const locale of LOCALES) {
        const translated = (catalog.texts[locale] as Record<string, string | PluralForms>)[key]!;
        if (typeof en === 'string') {
          expect(typeof translated, `${locale} ${id}`).toBe('string');
          expect(translated, `${locale} ${id}`).not.toBe('');
          expect(placeholdersOf(translated as string), `${locale} ${id}`).toEqual(placeholdersOf(en));
          expect(officeAllyWordsIn(translated as string), `${locale} ${id}`).toEqual(officeAllyWordsIn(en));
        } else {
          const forms = translated as PluralForms;
          for (const form of [forms.one, forms.other, forms.many ?? forms.other]) expect(form, `${locale} ${id}`).toContain('#');
        }
      }
    }
  });

  it('the Spanish follows the glossary (shared/i18n/glossary.ts)', () => {
    for (const term of GLOSSARY) {
      for (const { id, key, en, catalog } of entries) {
        const es = (catalog.texts['es-US'] as Record<string, string | PluralForms>)[key]!;
        if (typeof en !== 'string' || typeof es !== 'string') continue;
        if (term.enPattern.test(words(en))) expect(es, `${id} says “${term.en}”: Spanish must say “${term.es}”`).toMatch(term.esPattern);
        if (term.avoid) expect(es, id).not.toMatch(term.avoid);
      }
    }
  });

  it('fills placeholders (numbers in the language’s digits) and picks CLDR plural forms', () => {
    const catalog = defineMainMessages(
      { rows: 'This file has {count} rows.', tries: { one: '# try', other: '# tries' } },
      {
        rows: 'Este archivo tiene {count} filas.',
        tries: { one: '# intento', many: '# de intentos', other: '# intentos' },
      },
    );
    expect(catalogText(catalog, 'es-US', 'rows', { count: 12_500 })).toBe('Este archivo tiene 12,500 filas.');
    expect([1, 2, 1_000_000].map((n) => catalogCount(catalog, 'es-US', 'tries', n))).toEqual(['1 intento', '2 intentos', '1,000,000 de intentos']);
    expect([1, 3].map((n) => catalogCount(catalog, 'en-US', 'tries', n))).toEqual(['1 try', '3 tries']);
    expect(fillText('en-US', 'Open {url} yourself.')).toBe('Open {url} yourself.');
  });
});
