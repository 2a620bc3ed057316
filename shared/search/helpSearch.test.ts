import { describe, expect, test } from 'vitest';
import { allHelpDocuments } from '../content/index';
import { createHelpSearch } from './helpSearch';
import { createTaskFinder } from './taskFinder';

describe('help search', () => {
  const search = createHelpSearch();

  test('tolerates typos: "clam status" finds checking claim status in the Service Center', () => {
    const [first] = search.search('clam status');
    expect(first).toMatchObject({ screen: 'portals', section: 'portal-service-center' });
    expect(first!.title).toMatch(/claim status/i);
  });

  test('"ERA" finds the Service Center, where ERA 835 is downloaded', () => {
    const results = search.search('ERA');
    expect(results[0]?.section).toBe('portal-service-center');
  });

  test('half-typed words match by prefix and every result names its screen and section', () => {
    const results = search.search('lockou');
    expect(results.map((r) => r.id)).toContain('trouble-credentials');
    const sections = new Set(allHelpDocuments().map((d) => `${d.screen}#${d.section}`));
    for (const result of search.search('password')) expect(sections).toContain(`${result.screen}#${result.section}`);
  });

  test('finds content from every help screen', () => {
    expect(search.search('2FA code')[0]?.id).toBe('trouble-two-factor');
    expect(search.search('reset video')[0]?.screen).toBe('password');
    expect(search.search('Claim Fix')[0]?.id).toBe('dashboard-claim-fix');
    expect(search.search('chat hours')[0]?.id).toBe('support-chat');
    expect(search.search('postal address')[0]?.id).toBe('support-mail');
    expect(search.search('request desktop site')[0]?.id).toBe('login-mobile');
  });

  test('a stray unknown word does not empty the list, empty input gives nothing', () => {
    expect(search.search('blank page xyzzy')[0]?.id).toBe('trouble-blank-page');
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqqqqqq')).toEqual([]);
  });

  test('results carry a short excerpt and their seed source', () => {
    const [first] = search.search('SOAP');
    expect(first!.excerpt.length).toBeLessThanOrEqual(141);
    expect(first!.source).toMatch(/^00[0-2]_[0-9a-f]{16}\.txt$/);
  });
});

describe('task finder ("What do you need to do?")', () => {
  const finder = createTaskFinder();
  test.each([
    ['download ERA 835', 'service-center'],
    ['check claim status', 'service-center'],
    ['payer enrollment', 'service-center'],
    ['reschedule an appointment', 'practice-mate'],
    ['update patient insurance', 'practice-mate'],
    ['write a SOAP note', 'ehr'],
    ['e-prescribe', 'ehr'],
    ['patient wants to pay a balance', 'patient-ally'],
    ['claims stopped syncing from our PM software', 'sftp'],
    ['reshedule apointment', 'practice-mate'],
  ])('"%s" → %s', (query, portal) => {
    expect(finder.find(query)[0]?.portal).toBe(portal);
  });

  test('nothing for an unrelated task, and only close runners-up', () => {
    expect(finder.find('order pizza')).toEqual([]);
    expect(finder.find('download ERA 835')).toHaveLength(1);
  });
});
