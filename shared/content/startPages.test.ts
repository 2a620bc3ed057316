import { describe, expect, it } from 'vitest';
import { describeStart, OFFICE_ALLY_SITE, portalStartPage } from './startPages';

describe('where a portal window starts', () => {
  it("IT before the practice before the help documents before Office Ally's site, each saying so", () => {
    const it = 'https://sc.officeally.com/it';
    const practice = 'https://sc.officeally.com/practice';
    expect(portalStartPage('service-center', { it, practice })).toEqual({ url: it, source: 'it', hint: null });
    expect(portalStartPage('service-center', { practice })).toEqual({ url: practice, source: 'practice', hint: null });
    expect(portalStartPage('practice-mate', {})).toEqual({
      url: 'https://cms.officeally.com/practicemate',
      source: 'help',
      hint: 'Choose Practice Mate Login from Log in, upper right.',
    });
    expect(portalStartPage('service-center', {})).toEqual({
      url: OFFICE_ALLY_SITE,
      source: 'office-ally-site',
      hint: 'Choose Service Center Login from Log in, upper right.',
    });
    expect(portalStartPage('ehr', {}).hint).toBe('Choose EHR 24/7 Login from Log in, upper right.');
    expect(portalStartPage('patient-ally', {}).hint).toMatch(/Look for Patient Ally under Log in, upper right\. If it is not there, .*Settings/);
    expect(describeStart('service-center', portalStartPage('service-center', {}))).toBe(
      'The help documents give no Service Center login page, so it opens at Office Ally’s site. Choose Service Center Login from Log in, upper right.',
    );
    expect(describeStart('ehr', portalStartPage('ehr', { it }))).toBe('EHR 24/7 opens at the address your IT set.');
  });
});
