import { expect, test } from 'vitest';
import { shownPortalUrl, shownSupportFacts } from './overrides';

test('without overrides the help documents’ facts show, unmarked', () => {
  expect(shownPortalUrl('practice-mate', null)).toEqual({
    value: 'https://cms.officeally.com/practicemate',
    overridden: false,
    original: 'https://cms.officeally.com/practicemate',
    source: '000_40b0be820b0f7471.txt',
  });
  expect(shownPortalUrl('ehr', { portalUrls: {} }).value).toBeUndefined();
  expect(shownSupportFacts(null).phone).toMatchObject({ value: '(360) 975-7000', overridden: false });
});

test('a practice value replaces the fact and keeps the original for comparison', () => {
  const facts = shownSupportFacts({ portalUrls: {}, supportPhone: '(360) 975-7001', supportPhoneOption: '3' });
  expect(facts.phone).toMatchObject({ value: '(360) 975-7001', overridden: true, original: '(360) 975-7000' });
  expect(facts.phoneOption).toMatchObject({ value: '3', overridden: true, original: '2' });
  expect(facts.supportEmail.overridden).toBe(false);
  expect(shownPortalUrl('ehr', { portalUrls: { ehr: 'https://ehr.officeally.com/' } })).toMatchObject({
    value: 'https://ehr.officeally.com/',
    overridden: true,
    original: undefined,
  });
});

test('an override equal to the documents is not marked as changed', () => {
  expect(shownSupportFacts({ portalUrls: {}, supportPhoneOption: '2' }).phoneOption.overridden).toBe(false);
});
