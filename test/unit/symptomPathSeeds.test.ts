import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_6, SEED_PORTALS_ARTICLE, SUPPORT_STEP, SYMPTOMS } from '../../shared/content/symptomPaths';
import { NEVER_INCLUDE_PASSWORD_QUOTE } from '../../shared/supportRequest';

// The seed documents live beside the repository in the project workspace (../shared/seeds).
const seedDir = join(import.meta.dirname, '../../../shared/seeds');
const seedsPresent = existsSync(join(seedDir, SEED_PORTALS_ARTICLE));
const seed = (file: string) => readFileSync(join(seedDir, file), 'utf8').replace(/\s+/g, ' ');

describe('troubleshooter wording', () => {
  it.skipIf(!seedsPresent)('quotes each seed word for word (skipped where ../shared/seeds is absent)', () => {
    for (const step of [...SYMPTOMS.flatMap((s) => s.steps), SUPPORT_STEP]) {
      if (step.source === ISSUE_6) continue;
      expect(seed(step.source), `${step.id} quote`).toContain(step.quote.replace(/\s+/g, ' '));
    }
  });
  it.skipIf(!seedsPresent)('cites seed 001 verbatim when refusing a password', () => {
    expect(seed(SEED_PORTALS_ARTICLE)).toContain(NEVER_INCLUDE_PASSWORD_QUOTE);
  });
});
