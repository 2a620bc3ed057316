import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../i18n/glossary';
import { AUTOPAY_TEXTS, type AutopayTexts } from '../autopay';
import { namesIn, OFFICE_ALLY_NAMES, type OfficeAllyNameId } from '../officeAllyNames';
import { CONTENT_ES } from './index';

/** Every autopay sentence, English beside Spanish, by where it is. */
function pairs(es: AutopayTexts) {
  const out: { where: string; en: string; es: string }[] = [];
  for (const key of Object.keys(AUTOPAY_TEXTS) as (keyof AutopayTexts)[]) {
    const en = AUTOPAY_TEXTS[key];
    if (key === 'source') continue;
    if (typeof en === 'string') out.push({ where: key, en, es: es[key] as string });
    else for (const flavor of ['new', 'classic'] as const) out.push({ where: `${key}.${flavor}`, en: en[flavor], es: (es[key] as typeof en)[flavor] });
  }
  return out;
}

/** Office Ally's words an English sentence quotes, by id (case-sensitive, whole words, as the portal writes them). */
const officeAllyWordsIn = (text: string) =>
  (Object.entries(OFFICE_ALLY_NAMES) as [OfficeAllyNameId, string][])
    .filter(([, label]) => new RegExp(`(^|[^\\w])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(text))
    .map(([id]) => id);

describe('Spanish autopay guide (shared/content/es/autopay.ts)', () => {
  const es = CONTENT_ES.autopay!;

  it('has every sentence of the English guide, from the same seed', () => {
    expect(es.source).toBe(AUTOPAY_TEXTS.source);
    for (const pair of pairs(es)) expect(pair.es?.trim(), pair.where).toBeTruthy();
  });

  it('keeps Office Ally’s words as {id}s (shown in English), never translated, and names no unknown id', () => {
    for (const { where, en, es: text } of pairs(es)) {
      // A name held inside a longer one found in the same sentence is covered by the longer one.
      const found = officeAllyWordsIn(en);
      const needed = found.filter((id) => !found.some((other) => other !== id && OFFICE_ALLY_NAMES[other].includes(OFFICE_ALLY_NAMES[id])));
      // The Spanish may quote the whole box where the English quotes its start ("Congratulations!").
      const kept = namesIn(text);
      const missing = needed.filter((id) => !kept.some((other) => OFFICE_ALLY_NAMES[other].includes(OFFICE_ALLY_NAMES[id])));
      expect(missing, `${where}: “${en}”`).toEqual([]);
      const braces = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(
        braces.filter((id) => !Object.hasOwn(OFFICE_ALLY_NAMES, id!)),
        where,
      ).toEqual([]);
    }
  });

  it('follows the glossary', () => {
    for (const term of GLOSSARY) {
      for (const { where, en, es: text } of pairs(es)) {
        if (term.enPattern.test(en)) expect(text, `${where} says ${term.en}`).toMatch(term.esPattern);
        if (term.avoid) expect(text).not.toMatch(term.avoid);
      }
    }
  });
});
