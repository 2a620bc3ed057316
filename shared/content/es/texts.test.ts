import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../i18n/glossary';
import { DESKTOP_LOGIN, MOBILE_TIPS, PRACTICE_MATE_LOGIN } from '../login';
import { namesIn, OFFICE_ALLY_NAMES, type OfficeAllyNameId } from '../officeAllyNames';
import { PASSWORD_TOPICS } from '../password';
import { TROUBLE_ARTICLES } from '../troubleArticles';
import { CONTENT_ES } from './index';

/** Every English help text beside its Spanish record, by where it is. */
function pairs(): { where: string; en: string; es: string | undefined; source?: [string, string | undefined] }[] {
  const out: { where: string; en: string; es: string | undefined; source?: [string, string | undefined] }[] = [];
  for (const procedure of [PRACTICE_MATE_LOGIN, DESKTOP_LOGIN]) {
    const es = CONTENT_ES.procedures?.[procedure.id];
    out.push({ where: procedure.id, en: procedure.title, es: es?.title, source: [procedure.source, es?.source] });
    expect(es?.steps, procedure.id).toHaveLength(procedure.steps.length);
    procedure.steps.forEach((step, i) => out.push({ where: `${procedure.id} step ${i + 1}`, en: step.text, es: es?.steps[i] }));
  }
  for (const tip of MOBILE_TIPS) {
    const es = CONTENT_ES.mobileTips?.[tip.id];
    out.push({ where: tip.id, en: tip.text, es: es?.text, source: [tip.source, es?.source] });
  }
  for (const article of [...TROUBLE_ARTICLES, ...PASSWORD_TOPICS]) {
    const es = CONTENT_ES.troubleArticles?.[article.id] ?? CONTENT_ES.passwordTopics?.[article.id];
    out.push({ where: article.id, en: article.title, es: es?.title, source: [article.source, es?.source] });
    expect(es?.paragraphs, article.id).toHaveLength(article.paragraphs.length);
    article.paragraphs.forEach((paragraph, i) => out.push({ where: `${article.id} ¶${i + 1}`, en: paragraph, es: es?.paragraphs[i] }));
  }
  return out;
}

/** Office Ally's words an English text uses, by id (case-sensitive, as the portal writes them). */
const officeAllyWordsIn = (text: string) =>
  (Object.entries(OFFICE_ALLY_NAMES) as [OfficeAllyNameId, string][])
    .filter(([, label]) => new RegExp(`(^|[^\\w])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(text))
    // A longer name holds a shorter one ("Practice Mate Login" holds "Log in"? no: "Login"): keep both; drop one held inside another found.
    .map(([id]) => id);

describe('Spanish login, troubleshooting and password help', () => {
  const all = pairs();

  it('every English text has its Spanish, from the same seed', () => {
    for (const { where, es, source } of all) {
      expect(es?.trim(), where).toBeTruthy();
      if (source) expect(source[1], where).toBe(source[0]);
    }
  });

  it('Office Ally’s English words stay: each one the English step names is an {id} in the Spanish, and no other', () => {
    for (const { where, en, es } of all.filter((pair) => /step|¶|mobile-/.test(pair.where))) {
      const needed = officeAllyWordsIn(en).filter(
        (id) => !officeAllyWordsIn(en).some((other) => other !== id && OFFICE_ALLY_NAMES[other].includes(OFFICE_ALLY_NAMES[id])),
      );
      expect(new Set(namesIn(es!)), `${where}: “${en}”`).toEqual(new Set(needed));
    }
  });

  it('follows the glossary', () => {
    for (const term of GLOSSARY) {
      for (const { where, en, es } of all) {
        if (term.enPattern.test(en)) expect(es, `${where} says ${term.en}`).toMatch(term.esPattern);
        if (term.avoid) expect(es).not.toMatch(term.avoid);
      }
    }
  });
});
