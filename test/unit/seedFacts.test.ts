import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DASHBOARD_TOOLS } from '../../shared/content/dashboard';
import { BROWSER_CACHE_GUIDE_URL, MOBILE_TIPS, PASSWORD_RESET_VIDEO_URL, PRACTICE_MATE_LOGIN, PRACTICE_MATE_LOGIN_URL } from '../../shared/content/login';
import { PORTALS } from '../../shared/content/portals';
import { SECURITY_PRACTICES } from '../../shared/content/security';
import { OFFICE_ALLY_SITE, OFFICE_ALLY_SITE_SOURCE, startHint } from '../../shared/content/startPages';
import { SEED_FILES, type SeedFile } from '../../shared/content/sources';
import { SUPPORT } from '../../shared/content/support';
import { TROUBLE_ARTICLES } from '../../shared/content/troubleArticles';

// The seeds live beside the repository (…/shared/seeds), not inside it; they are not needed at runtime.
const seedDir = join(import.meta.dirname, '../../../shared/seeds');
const seedsPresent = existsSync(join(seedDir, SEED_FILES.loginArticle));
/** Whitespace and typographic quotes folded, so a fact matches however the seed wrapped it. */
const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\*\*/g, '').replace(/\s+/g, ' ');
const seed = (file: SeedFile) => normalize(readFileSync(join(seedDir, file), 'utf8'));

describe.skipIf(!seedsPresent)('facts match the seed documents word for word', () => {
  test("Office Ally's site, where a portal with no login page starts, is the guide's first page, with the Log in menu upper right", () => {
    const guide = seed(OFFICE_ALLY_SITE_SOURCE);
    expect(guide).toContain(`1. Go to the Office Ally login page for Practice Mate: <${OFFICE_ALLY_SITE}>`);
    expect(guide).toContain('Click the [Log in] button in the upper right corner.');
    expect(guide).toContain('Select [Practice Mate Login] from the drop-down menu.');
    expect(startHint('practice-mate')).toBe('Choose Practice Mate Login from Log in, upper right.');
  });

  test('phone, emails, postal address and links appear in the cited seed', () => {
    const guide = seed(SEED_FILES.practiceMateLogin);
    const article = seed(SEED_FILES.loginArticle);
    expect(article).toContain(
      `Technical support is available at ${SUPPORT.phone.value}, typically using option ${SUPPORT.phoneOption.value} for technical issues`,
    );
    expect(guide).toContain(SUPPORT.phone.value.replace(' ', '')); // "(360)975-7000" in the guide
    expect(guide).toContain(SUPPORT.supportEmail.value);
    expect(article).toContain(SUPPORT.infoEmail.value);
    expect(guide).toContain(SUPPORT.postalAddress.value);
    expect(PORTALS.find((p) => p.loginUrl === PRACTICE_MATE_LOGIN_URL)?.loginUrlSource).toBe(SEED_FILES.practiceMateLogin);
    for (const url of [PRACTICE_MATE_LOGIN_URL, PASSWORD_RESET_VIDEO_URL, BROWSER_CACHE_GUIDE_URL]) expect(guide).toContain(`<${url}>`);
    expect(article).toContain('Monday through Friday from 5:00 AM to 9:00 PM PST. On weekends, limited support is available from 6:00 AM to 5:00 PM PST');
    expect(article).toContain('This service is usually available from 6:00 AM to 5:00 PM PST');
  });

  test('portal descriptions, security practices, dashboard tools and mobile tips quote the seed', () => {
    const quoted = [
      ...PORTALS.map((p) => ({ id: p.id, text: p.purpose.split('. ')[0]!, source: p.source })),
      ...[...SECURITY_PRACTICES, ...DASHBOARD_TOOLS, ...MOBILE_TIPS].map((item) => ({ id: item.id, text: item.text, source: item.source })),
      ...TROUBLE_ARTICLES.map((a) => ({ id: a.id, text: a.paragraphs[0]!.split('. ')[0]!, source: a.source })),
    ];
    for (const { id, text, source } of quoted) {
      expect(seed(source), id).toContain(normalize(text));
    }
  });

  test('the Practice Mate steps use the guide’s own wording', () => {
    const guide = seed(SEED_FILES.practiceMateLogin);
    for (const phrase of [
      'close your browser, reopen, and login again to fix the issue',
      "use the 'Retrieve' links on the login page (see step 4)",
      'The 2-minute video below will show you how to reset your password',
      'clearing cache/cookies will clear up most glitches',
    ]) {
      expect(guide).toContain(phrase);
      expect(normalize(PRACTICE_MATE_LOGIN.steps.map((s) => s.text).join(' '))).toContain(phrase.replace(' below', ''));
    }
  });
});
