import { describe, expect, it } from 'vitest';
import { checkExternalLink } from '../links';
import { ISSUE_6, SEED_PORTALS_ARTICLE, SEED_PRACTICE_MATE_LOGIN, SYMPTOMS, findSymptom } from './symptomPaths';

describe('troubleshooter content', () => {
  it('has the ten symptoms of issue 6, each with at least two steps and unique step ids', () => {
    expect(SYMPTOMS.map((s) => s.id)).toEqual([
      'password-rejected',
      'locked-out',
      'blank-page',
      'two-factor-late',
      'logged-out',
      'service-center-message',
      'sftp-sync',
      'which-portal',
      'mobile',
      'access-hours',
    ]);
    for (const symptom of SYMPTOMS) {
      expect(symptom.steps.length).toBeGreaterThanOrEqual(2);
      expect(new Set(symptom.steps.map((s) => s.id)).size).toBe(symptom.steps.length);
    }
    expect(findSymptom('locked-out')?.label).toMatch(/locked out/);
    expect(findSymptom('nope')).toBeUndefined();
  });

  it('names its source for every step; only the access-hours symptom cites the issue instead of a seed', () => {
    for (const symptom of SYMPTOMS) {
      for (const step of symptom.steps) {
        const expected = symptom.id === 'access-hours' ? [ISSUE_6] : [SEED_PORTALS_ARTICLE, SEED_PRACTICE_MATE_LOGIN];
        expect(expected, `${symptom.id}/${step.id}`).toContain(step.source);
      }
    }
  });

  it('links only to addresses the app may open', () => {
    const urls = SYMPTOMS.flatMap((s) => s.steps.flatMap((step) => step.actions ?? [])).flatMap((a) => (a.kind === 'external' ? [a.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(checkExternalLink(url).ok, url).toBe(true);
  });

  it('routes the issue-6 hooks: locked out starts the lockout timer, 2FA starts the wait, rejected offers portals and password help', () => {
    const kinds = (id: string) =>
      findSymptom(id)!
        .steps.flatMap((s) => s.actions ?? [])
        .map((a) => (a.kind === 'screen' ? `screen:${a.screen}` : a.kind));
    expect(kinds('locked-out')).toContain('startLockout');
    expect(kinds('two-factor-late')).toContain('startTwoFactorWait');
    expect(kinds('password-rejected')).toEqual(expect.arrayContaining(['checker', 'screen:portals', 'screen:password', 'external']));
    expect(kinds('which-portal')).toContain('screen:portals');
  });
});
