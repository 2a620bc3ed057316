import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../i18n/glossary';
import { createHelpSearch } from '../../search/helpSearch';
import { DASHBOARD_INTRO, DASHBOARD_TOOLS } from '../dashboard';
import { PORTAL_NAMES } from '../ids';
import { allHelpDocuments } from '../index';
import { fillNames, namesIn, OFFICE_ALLY_NAMES, type OfficeAllyNameId } from '../officeAllyNames';
import { SECURITY_INTRO, SECURITY_PRACTICES } from '../security';
import { supportDocuments, SUPPORT_TEXTS } from '../support';
import { HOURS_TEXTS } from '../supportHours';
import { localizedSymptoms, SUPPORT_STEP, SYMPTOMS, type TroubleshootStep } from '../symptomPaths';
import type { TranslatedStep } from '../localized';
import { CONTENT_ES } from './index';

interface Pair {
  where: string;
  en: string;
  es: string | undefined;
}

/** Office Ally's words an English text uses (case-sensitive, whole words), without those held inside a longer one found. */
function officeAllyWordsIn(text: string): OfficeAllyNameId[] {
  const found = (Object.entries(OFFICE_ALLY_NAMES) as [OfficeAllyNameId, string][])
    .filter(([, label]) => new RegExp(`(^|[^\\w])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(text))
    .map(([id]) => id);
  return found.filter((id) => !found.some((other) => other !== id && OFFICE_ALLY_NAMES[other].includes(OFFICE_ALLY_NAMES[id])));
}

const productNames = (text: string) => Object.values(PORTAL_NAMES).filter((name) => text.includes(name));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

function stepPairs(where: string, en: TroubleshootStep, es: TranslatedStep | undefined): Pair[] {
  const labels = (en.actions ?? []).flatMap((action) => ('label' in action ? [action.label] : []));
  expect(es?.source, `${where}: same seed`).toBe(en.source);
  expect(es?.actionLabels ?? [], `${where}: one label per labelled action`).toHaveLength(labels.length);
  expect(Boolean(es?.quote), `${where}: quoted when the English quotes`).toBe(Boolean(en.quote));
  return [
    { where: `${where} title`, en: en.title, es: es?.title },
    { where: `${where} detail`, en: en.detail, es: es?.detail },
    ...(en.quote ? [{ where: `${where} quote`, en: en.quote, es: es?.quote }] : []),
    ...labels.map((label, i) => ({ where: `${where} action ${i + 1}`, en: label, es: es?.actionLabels?.[i] })),
  ];
}

/** Every English help record of the troubleshooter, security, dashboard and support screens beside its Spanish. */
function pairs(): Pair[] {
  const out: Pair[] = [];
  expect(Object.keys(CONTENT_ES.symptoms ?? {}).sort()).toEqual(SYMPTOMS.map((symptom) => symptom.id).sort());
  for (const symptom of SYMPTOMS) {
    const es = CONTENT_ES.symptoms?.[symptom.id];
    out.push({ where: symptom.id, en: symptom.label, es: es?.label });
    expect(Object.keys(es?.steps ?? {}).sort(), symptom.id).toEqual(symptom.steps.map((step) => step.id).sort());
    for (const step of symptom.steps) out.push(...stepPairs(`${symptom.id}/${step.id}`, step, es?.steps[step.id]));
  }
  out.push(...stepPairs('contact-support', SUPPORT_STEP, CONTENT_ES.supportStep));
  for (const [name, intro, english, es] of [
    ['security', SECURITY_INTRO, SECURITY_PRACTICES, CONTENT_ES.security],
    ['dashboard', DASHBOARD_INTRO, DASHBOARD_TOOLS, CONTENT_ES.dashboard],
  ] as const) {
    expect(Object.keys(es?.items ?? {}).sort(), name).toEqual(english.map((item) => item.id).sort());
    out.push({ where: `${name} intro`, en: intro, es: es?.intro });
    for (const item of english) {
      expect(es?.items[item.id]?.source, item.id).toBe(item.source);
      out.push({ where: `${item.id} title`, en: item.title, es: es?.items[item.id]?.title });
      out.push({ where: `${item.id} text`, en: item.text, es: es?.items[item.id]?.text });
    }
  }
  const support = CONTENT_ES.support;
  expect(support?.source).toBe(SUPPORT_TEXTS.source);
  for (const key of Object.keys(SUPPORT_TEXTS.text) as (keyof typeof SUPPORT_TEXTS.text)[])
    out.push({ where: `support ${key}`, en: SUPPORT_TEXTS.text[key], es: support?.text[key] });
  for (const key of Object.keys(SUPPORT_TEXTS.titles) as (keyof typeof SUPPORT_TEXTS.titles)[])
    out.push({ where: `support title ${key}`, en: SUPPORT_TEXTS.titles[key], es: support?.titles[key] });
  for (const key of Object.keys(SUPPORT_TEXTS.channels) as (keyof typeof SUPPORT_TEXTS.channels)[])
    out.push({ where: `support channel ${key}`, en: SUPPORT_TEXTS.channels[key], es: support?.channels[key] });
  out.push({ where: 'support phone hours', en: SUPPORT_TEXTS.phoneHours, es: support?.phoneHours });
  out.push({ where: 'support chat hours', en: SUPPORT_TEXTS.chatHours, es: support?.chatHours });
  return out;
}

describe('Spanish troubleshooter, security, dashboard and support help', () => {
  const all = pairs();

  it('every English record has its Spanish, from the same seed, and says something of its own', () => {
    for (const { where, en, es } of all) {
      expect(es?.trim(), where).toBeTruthy();
      // A record left in English would pass the checks below: no Spanish text equals its English one.
      if (en.length > 12) expect(es, where).not.toBe(en);
    }
  });

  it('keeps Office Ally’s words: each one the English names is an {id} in the Spanish, and any other {…} is a placeholder the English has too', () => {
    for (const { where, en, es } of all) {
      const needed = officeAllyWordsIn(en);
      const named = namesIn(es!);
      for (const id of needed) expect(named, `${where}: “${en}” says ${OFFICE_ALLY_NAMES[id]}`).toContain(id);
      // Spanish may name a word the English says in other words (a title), never one that is not Office Ally's.
      const others = placeholders(es!).filter((name) => !Object.hasOwn(OFFICE_ALLY_NAMES, name));
      expect(others, where).toEqual(placeholders(en).filter((name) => !Object.hasOwn(OFFICE_ALLY_NAMES, name)));
      for (const name of productNames(en)) expect(productNames(fillNames(es!)), `${where}: the portals keep their English names`).toContain(name);
    }
  });

  it('follows the glossary (outside Office Ally’s own names: “Claim Fix” stays)', () => {
    const withoutNames = (text: string) => officeAllyWordsIn(text).reduce((rest, id) => rest.replaceAll(OFFICE_ALLY_NAMES[id], ''), text);
    for (const term of GLOSSARY) {
      for (const { where, en, es } of all) {
        if (term.enPattern.test(withoutNames(en))) expect(es, `${where} says ${term.en}`).toMatch(term.esPattern);
        if (term.avoid) expect(es, where).not.toMatch(term.avoid);
      }
    }
  });

  it('the hours sentences take the same values as the English ones', () => {
    const es = CONTENT_ES.supportHours!;
    for (const key of ['pacific', 'sameZone', 'otherZone', 'otherZoneDay', 'openNow', 'closedNow', 'weekday'] as const) {
      expect(placeholders(es[key]), key).toEqual(placeholders(HOURS_TEXTS[key]));
    }
    expect(es.summary.phone).toHaveLength(HOURS_TEXTS.summary.phone.length);
    expect(es.summary.chat).toHaveLength(HOURS_TEXTS.summary.chat.length);
  });

  it('the troubleshooter shows Spanish over the English paths: ids, actions’ targets and sources stay', () => {
    const spanish = localizedSymptoms(CONTENT_ES);
    const rejected = spanish.find((symptom) => symptom.id === 'password-rejected')!;
    expect(rejected.label).toBe('Me rechaza el usuario o la contraseña');
    const reset = rejected.steps.find((step) => step.id === 'retrieve-or-reset')!;
    expect(reset.actions).toEqual([
      { kind: 'screen', screen: 'password', label: 'Abrir la ayuda para la contraseña olvidada' },
      { kind: 'external', url: expect.stringMatching(/^https:\/\/vimeopro\.com\//), label: 'Ver el video para restablecer la contraseña (en inglés)' },
    ]);
    expect(spanish.map((symptom) => symptom.steps.map((step) => [step.id, step.source]))).toEqual(
      SYMPTOMS.map((symptom) => symptom.steps.map((step) => [step.id, step.source])),
    );
    expect(localizedSymptoms()).toBe(SYMPTOMS);
  });
});

describe('search in Spanish over the newly translated help', () => {
  const search = createHelpSearch(allHelpDocuments(CONTENT_ES));
  const first = (query: string) => search.search(query)[0]?.section;

  it('folds diacritics: “contrasena” finds the help that says contraseña', () => {
    expect(first('contrasena olvidada')).toBe('password-forgot');
    expect(first('compartir contrasena')).toBe('security-individual');
    expect(first('cambiar contrasena cada 90 dias')).toBe('security-rotation');
  });

  it('finds the support channels and dashboard tools by their Spanish words, typos included', () => {
    expect(first('chat en vivo')).toBe('support-chat');
    expect(first('telefono soporte tecnico')).toBe('support-phone');
    expect(first('telefno soprte')).toBe('support-phone');
    expect(first('direccion postal')).toBe('support-mail');
    expect(first('reclamacion rechazada')).toBe('dashboard-claim-fix');
    expect(first('reclamasion rechasada')).toBe('dashboard-claim-fix');
    expect(first('computadora personal antivirus')).toBe('security-devices');
  });

  it('still finds Office Ally’s English names inside the Spanish', () => {
    expect(first('Claim Fix')).toBe('dashboard-claim-fix');
    expect(first('Live Chat')).toBe('support-chat');
  });

  it('the Spanish search text has Office Ally’s words filled in, never an {id}', () => {
    for (const doc of [...allHelpDocuments(CONTENT_ES), ...supportDocuments(CONTENT_ES)]) expect(`${doc.title} ${doc.text}`, doc.id).not.toMatch(/\{\w+\}/);
  });
});
