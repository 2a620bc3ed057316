import { describe, expect, it } from 'vitest';
import { decideNavigation, mayFillOn } from './allowList';
import { createNavigationGuard } from './navigationGuard';
import { blobOrigin, neverFilledIn, popupKind } from './popupRules';

/** The navigation guard with the real allow-list, as both runtimes use it (issue 20 item 2, issue 21 item 4). */
const production = createNavigationGuard((url) => decideNavigation(url, { configuredUrls: {}, testHooks: false }));
const standIn = 'http://127.0.0.1:43123';
const hooked = createNavigationGuard((url) => decideNavigation(url, { configuredUrls: { 'practice-mate': `${standIn}/login` }, testHooks: true }));
const sc = 'https://sc.officeally.com/claims/list';
const blobOf = (origin: string) => `blob:${origin}/6f1c2a4e-5b7d-4c1e-9a3f-2d8e7b6c5a41`;

describe('pop-ups a portal page opens (issue 21, item 4)', () => {
  it("opens an allowed page's own about:blank report and its own blob: PDF", () => {
    expect(production.popup({ openerUrl: sc, url: 'about:blank' })).toEqual({ allow: true });
    expect(production.popup({ openerUrl: sc, url: blobOf('https://sc.officeally.com') })).toEqual({ allow: true });
    // window.open() with no address at all is an about:blank pop-up too.
    expect(production.popup({ openerUrl: sc, url: '' })).toEqual({ allow: true });
    expect(hooked.popup({ openerUrl: `${standIn}/claims`, url: blobOf(standIn) })).toEqual({ allow: true });
  });

  it("refuses data:, javascript:, file: and another origin's blob:, and offers none of them to the browser", () => {
    for (const url of [
      'data:application/pdf;base64,JVBERi0xLjQK',
      'data:text/html,<form action=https://evil.example>',
      'javascript:alert(document.cookie)',
      'JavaScript:void(0)',
      'file:///C:/Users/ann/Documents/claims.pdf',
      'filesystem:https://sc.officeally.com/temporary/x.pdf',
      'view-source:https://sc.officeally.com/',
      // Another origin's blob: an Office Ally host, but not the opener's; an evil host's; an opaque one.
      blobOf('https://cms.officeally.com'),
      blobOf('https://officeally.com.evil.example'),
      'blob:null/6f1c2a4e',
    ]) {
      expect(production.popup({ openerUrl: sc, url }), url).toEqual({ allow: false, offerExternal: null });
    }
  });

  it('opens nothing blank or blob for a page off the allow-list, or when the opener is unknown', () => {
    const evil = 'https://officeally.com.evil.example/claims';
    expect(production.popup({ openerUrl: evil, url: 'about:blank' }).allow).toBe(false);
    expect(production.popup({ openerUrl: evil, url: blobOf('https://officeally.com.evil.example') }).allow).toBe(false);
    expect(production.popup({ openerUrl: null, url: 'about:blank' }).allow).toBe(false);
    expect(production.popup({ openerUrl: 'about:blank', url: blobOf('https://sc.officeally.com') }).allow).toBe(false);
    // The stand-in's blob: is nothing without the test hooks.
    expect(production.popup({ openerUrl: `${standIn}/claims`, url: blobOf(standIn) }).allow).toBe(false);
  });

  it('judges a pop-up at a web address like a navigation: an allowed host opens, another is offered unless it posts', () => {
    expect(production.popup({ openerUrl: sc, url: 'https://cms.officeally.com/claimfix' })).toEqual({ allow: true });
    expect(production.popup({ openerUrl: sc, url: 'https://unlisted.example/report' })).toEqual({
      allow: false,
      offerExternal: 'https://unlisted.example/report',
    });
    expect(production.popup({ openerUrl: sc, url: 'https://unlisted.example/steal', post: true })).toEqual({ allow: false, offerExternal: null });
    expect(production.popup({ openerUrl: sc, url: 'https://xn--fficeally-m4a.com/login' })).toEqual({
      allow: false,
      offerExternal: 'https://xn--fficeally-m4a.com/login',
    });
  });
});

describe('the guard under the pop-up rule', () => {
  it('lets a top-level blob: document through only when an allowed page made it, never in a frame, and never a data: page', () => {
    expect(production.navigation({ url: blobOf('https://sc.officeally.com'), frame: 'top' }).allow).toBe(true);
    expect(production.navigation({ url: blobOf('https://sc.officeally.com'), frame: 'popup' }).allow).toBe(true);
    expect(production.navigation({ url: blobOf('https://sc.officeally.com'), frame: 'subframe' }).allow).toBe(false);
    expect(production.navigation({ url: blobOf('https://evil.example'), frame: 'top' })).toEqual({ allow: false, offerExternal: null });
    expect(production.navigation({ url: 'data:text/html,hi', frame: 'top' })).toEqual({ allow: false, offerExternal: null });
    expect(production.navigation({ url: 'javascript:alert(1)', frame: 'popup' })).toEqual({ allow: false, offerExternal: null });
  });

  it('saves a blob: PDF only from the page whose origin made it', () => {
    expect(production.download({ pageUrl: sc, url: blobOf('https://sc.officeally.com') })).toBe(true);
    expect(production.download({ pageUrl: sc, url: blobOf('https://evil.example') })).toBe(false);
    expect(production.download({ pageUrl: 'about:blank', url: blobOf('https://sc.officeally.com') })).toBe(false);
    // From the PDF pop-up itself (Chromium's viewer's Save): the blob: page is its maker's.
    expect(production.download({ pageUrl: blobOf('https://sc.officeally.com'), url: blobOf('https://sc.officeally.com') })).toBe(true);
    expect(production.download({ pageUrl: blobOf('https://evil.example'), url: blobOf('https://evil.example') })).toBe(false);
  });
});

describe('no secret in a pop-up document', () => {
  it('never fills an about:blank or blob: document, though it carries its opener’s origin', () => {
    for (const url of ['about:blank', '', blobOf('https://sc.officeally.com'), 'data:text/html,x', null]) expect(neverFilledIn(url), String(url)).toBe(true);
    expect(neverFilledIn('https://sc.officeally.com/login')).toBe(false);
    const target = { portal: 'practice-mate', entryUrl: `${standIn}/login`, portalUrl: `${standIn}/login` };
    const config = { configuredUrls: { 'practice-mate': `${standIn}/login` }, testHooks: true };
    expect(mayFillOn(blobOf(standIn), target, config)).toBe(false);
    expect(mayFillOn('about:blank', target, config)).toBe(false);
    expect(mayFillOn(`${standIn}/login`, target, config)).toBe(true);
  });

  it('reads the kind and maker of an address', () => {
    expect(popupKind('about:blank')).toBe('blank');
    expect(popupKind('BLOB:https://sc.officeally.com/x')).toBe('blob');
    expect(popupKind('https://sc.officeally.com/')).toBe('web');
    expect(popupKind('about:srcdoc')).toBe('refused-scheme');
    expect(blobOrigin(blobOf('https://sc.officeally.com'))).toBe('https://sc.officeally.com');
    expect(blobOrigin('https://sc.officeally.com/')).toBeNull();
  });
});
