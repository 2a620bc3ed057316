import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../shared/i18n/glossary';
import { catalog } from './es/index';
import { english } from './english';

/** English text with every {argument} and ICU keyword removed: Office Ally's English names are arguments, not words to translate. */
const words = (message: string) => message.replace(/\{[^{}]*\}/g, ' ');

const pairs = (Object.keys(english) as (keyof typeof english)[]).flatMap((namespace) =>
  Object.entries(english[namespace] as Record<string, { defaultMessage: string }>).map(([key, { defaultMessage }]) => ({
    id: `${namespace}.${key}`,
    en: defaultMessage,
    es: (catalog[namespace] as Record<string, string>)[key]!,
  })),
);

describe('the Spanish messages follow the glossary (shared/i18n/glossary.ts)', () => {
  it.each(GLOSSARY.map((term) => [term.en, term] as const))('%s', (_, term) => {
    for (const { id, en, es } of pairs) {
      if (term.enPattern.test(words(en))) expect(es, `${id} says “${term.en}” in English: Spanish must say “${term.es}”`).toMatch(term.esPattern);
      if (term.avoid) expect(es, `${id}: the glossary says “${term.es}”`).not.toMatch(term.avoid);
    }
  });
});
