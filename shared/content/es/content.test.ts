import { describe, expect, it } from 'vitest';
import { PORTAL_IDS, PORTAL_NAMES } from '../ids';
import { GLOSSARY } from '../../i18n/glossary';
import { PORTAL_TASKS, PORTALS } from '../portals';
import { allHelpDocuments } from '../index';
import { createHelpSearch } from '../../search/helpSearch';
import { createTaskFinder } from '../../search/taskFinder';
import { localizedPortalTasks } from '../portals';
import { CONTENT_ES } from './index';

/** Office Ally's product names inside a text: each must stay as English writes it. */
const productNames = (text: string) => Object.values(PORTAL_NAMES).filter((name) => text.includes(name));

describe('Spanish help content (shared/content/es/)', () => {
  it('has a record for every portal and task, from the same seed, with the same list lengths', () => {
    expect(Object.keys(CONTENT_ES.portals).sort()).toEqual([...PORTAL_IDS].sort());
    expect(Object.keys(CONTENT_ES.portalTasks).sort()).toEqual(PORTAL_TASKS.map((task) => task.id).sort());
    for (const portal of PORTALS) {
      const es = CONTENT_ES.portals[portal.id];
      expect(es.source).toBe(portal.source);
      expect(es.typicalTasks).toHaveLength(portal.typicalTasks.length);
      // The portal's English name (Service Center, Practice Mate, EHR 24/7, Patient Ally) stays in its Spanish name.
      expect(productNames(es.name)).toEqual(productNames(portal.name));
    }
    for (const task of PORTAL_TASKS) {
      const es = CONTENT_ES.portalTasks[task.id]!;
      expect(es.source).toBe(task.source);
      expect(productNames(es.reason)).toEqual(productNames(task.reason));
    }
  });

  it('follows the glossary', () => {
    const pairs = [
      ...PORTALS.flatMap((p) => [
        [p.purpose, CONTENT_ES.portals[p.id].purpose],
        [p.credentialNote, CONTENT_ES.portals[p.id].credentialNote],
        ...p.typicalTasks.map((task, i) => [task, CONTENT_ES.portals[p.id].typicalTasks[i]!]),
      ]),
      ...PORTAL_TASKS.flatMap((t) => [
        [t.task, CONTENT_ES.portalTasks[t.id]!.task],
        [t.reason, CONTENT_ES.portalTasks[t.id]!.reason],
      ]),
    ];
    for (const term of GLOSSARY) {
      for (const [en, es] of pairs) {
        if (term.enPattern.test(en!)) expect(es, `“${en}” says ${term.en}`).toMatch(term.esPattern);
        if (term.avoid) expect(es).not.toMatch(term.avoid);
      }
    }
  });
});

describe('search in Spanish', () => {
  const search = createHelpSearch(allHelpDocuments(CONTENT_ES));
  const finder = createTaskFinder(localizedPortalTasks(CONTENT_ES));

  it('"estado de reclamación" finds the Service Center, with or without accents', () => {
    for (const query of ['estado de reclamación', 'estado de reclamacion', 'ESTADO DE RECLAMACIÓN']) {
      expect(finder.find(query)[0]?.portal, query).toBe('service-center');
      expect(search.search(query)[0]?.section, query).toBe('portal-service-center');
    }
  });

  it('keeps its typo tolerance in Spanish', () => {
    expect(finder.find('cambiar una cta')[0]?.portal).toBe('practice-mate');
    expect(finder.find('reseta electronica')[0]?.portal).toBe('ehr');
    expect(finder.find('pagar saldo paciente')[0]?.portal).toBe('patient-ally');
  });

  it('still finds English words the portals use (ERA 835)', () => {
    expect(finder.find('ERA 835')[0]?.portal).toBe('service-center');
  });
});
