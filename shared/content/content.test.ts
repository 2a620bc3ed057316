import { describe, expect, test } from 'vitest';
import { PORTAL_IDS } from './ids';
import { allHelpDocuments } from './index';
import { DESKTOP_LOGIN, PRACTICE_MATE_LOGIN } from './login';
import { PORTAL_TASKS, PORTALS } from './portals';
import { SEED_FILES } from './sources';

describe('help records', () => {
  const documents = allHelpDocuments();
  const knownSources = new Set<string>(Object.values(SEED_FILES));

  test('every record names an existing seed as its source, and ids are unique', () => {
    expect(documents.length).toBeGreaterThan(30);
    for (const document of documents) expect(knownSources, document.id).toContain(document.source);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });

  test('every portal id has a portal card, and every chooser task points at a known portal', () => {
    expect(PORTALS.map((p) => p.id)).toEqual([...PORTAL_IDS]);
    for (const task of PORTAL_TASKS) expect(PORTAL_IDS).toContain(task.portal);
  });

  test('the Practice Mate procedure has exactly the ten steps of the guide', () => {
    expect(PRACTICE_MATE_LOGIN.steps).toHaveLength(10);
    expect(DESKTOP_LOGIN.steps.map((s) => s.text.split(':')[0])).toEqual([
      'Browser Selection',
      'Credential Entry',
      'Two-Factor Authentication (2FA)',
      'Role Selection',
    ]);
  });
});
