import { describe, expect, it } from 'vitest';
import { SPANISH_START_PAGES } from './es/startPages';
import { fillNames } from './officeAllyNames';
import { describeStart, OFFICE_ALLY_SITE, portalStartPage, START_PAGE_TEXTS } from './startPages';

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
    expect(fillNames(describeStart('service-center', portalStartPage('service-center', {})))).toBe(
      'The help documents give no Service Center login page, so it opens at Office Ally’s site. Choose Service Center Login from Log in, upper right.',
    );
    expect(describeStart('ehr', portalStartPage('ehr', { it }))).toBe('EHR 24/7 opens at the address your IT set.');
  });

  it('in Spanish: the same facts, Office Ally’s menu words left as {id}s to show in English, the same placeholders', () => {
    expect(describeStart('service-center', portalStartPage('service-center', {}), SPANISH_START_PAGES)).toBe(
      'La ayuda no da una página de inicio de sesión de Service Center, así que se abre en el sitio de Office Ally. Elija {serviceCenterLogin} en el menú {logIn}, arriba a la derecha.',
    );
    expect(fillNames(describeStart('practice-mate', portalStartPage('practice-mate', {}), SPANISH_START_PAGES))).toBe(
      'Practice Mate se abre en la página de inicio de sesión que da la ayuda. Elija Practice Mate Login en el menú Log in, arriba a la derecha.',
    );
    expect(describeStart('ehr', portalStartPage('ehr', { it: 'https://x.officeally.com' }), SPANISH_START_PAGES)).toBe(
      'EHR 24/7 se abre en la dirección que fijó su departamento de TI.',
    );
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(SPANISH_START_PAGES.chooseItem)).toEqual(placeholders(START_PAGE_TEXTS.chooseItem));
    expect(placeholders(SPANISH_START_PAGES.patientAlly)).toEqual(placeholders(START_PAGE_TEXTS.patientAlly));
    for (const source of Object.keys(START_PAGE_TEXTS.opens) as (keyof typeof START_PAGE_TEXTS.opens)[]) {
      expect(placeholders(SPANISH_START_PAGES.opens[source]), source).toEqual(placeholders(START_PAGE_TEXTS.opens[source]));
      expect(SPANISH_START_PAGES.sourceLabels[source]).not.toBe(START_PAGE_TEXTS.sourceLabels[source]);
    }
  });
});
