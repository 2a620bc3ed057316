// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { detectPage, fillLoginForm, findInDocument, type FillRequest } from './pageScript';
import { AUTOPAY_PHRASES } from './phrases';

/** The scripts run as their own source text in the browser-mode twin: test that form, not the module closure. */
const detect = new Function('phrases', `return (${String(detectPage)})(phrases);`) as typeof detectPage;
const fill = new Function('request', `return (${String(fillLoginForm)})(request);`) as typeof fillLoginForm;
const find = new Function('text', 'index', `return (${String(findInDocument)})(text, index);`) as typeof findInDocument;
const show = (html: string) => (document.body.innerHTML = html);
afterEach(() => (document.body.innerHTML = ''));

describe('page detector', () => {
  it('tells one-step, ASP.NET, username-only and password-only login forms apart', () => {
    show('<form><input id="username" name="username"><input id="password" name="password" type="password"><button type="submit">Continue</button></form>');
    expect(detect(AUTOPAY_PHRASES).login).toBe('one-step');
    show(
      '<form><input name="Login1$UserName" id="Login1_UserName" type="text"><input name="Login1$Password" type="password" id="Login1_Password"><input type="submit" id="Login1_LoginButton" value="Log In"></form>',
    );
    expect(detect(AUTOPAY_PHRASES).login).toBe('one-step');
    show('<form><input id="username" name="username"><button>Next</button></form>');
    expect(detect(AUTOPAY_PHRASES).login).toBe('username-only');
    show('<form><input id="password" type="password"><button>Continue</button></form>');
    expect(detect(AUTOPAY_PHRASES).login).toBe('password-only');
    show('<form><input id="q" name="search" type="text"></form><a href="/logout">Log Out</a>');
    expect(detect(AUTOPAY_PHRASES)).toMatchObject({ login: null, signedIn: true });
  });

  it("sees a code page, a bot check and the autopay boxes in the documents' words", () => {
    show('<h1>Enter the verification code</h1><form><input id="code" name="code" autocomplete="one-time-code"></form>');
    expect(detect(AUTOPAY_PHRASES)).toMatchObject({ login: null, twoFactor: true });
    show('<h1>Please verify you are a human visitor</h1>');
    expect(detect(AUTOPAY_PHRASES).botCheck).toBe(true);
    show('<div>Congratulations! You are enrolled in autopay.</div>');
    expect(detect(AUTOPAY_PHRASES).autopay).toBe('enrolled');
    show('<div>Congratulations! You Are Currently Enrolled in Autopay. EDIT/CANCEL AUTOPAY</div>');
    expect(detect(AUTOPAY_PHRASES).autopay).toBe('enrolled');
    show('<div>You are not currently enrolled in autopay. Click the switch below to avoid disruptions to your account.</div>');
    expect(detect(AUTOPAY_PHRASES).autopay).toBe('not-enrolled');
    show('<div>congratulations you are enrolled</div>');
    expect(detect(AUTOPAY_PHRASES).autopay).toBeNull();
  });
});

describe('fill script', () => {
  const origin = location.origin;
  const sendTo = { domains: [], origins: [origin] };
  it('sets the values with input and change events a page framework hears, then presses the submit button', () => {
    show(
      '<form id="f"><input id="username" name="username"><input id="password" name="password" type="password"><button type="submit">Continue</button></form>',
    );
    const heard: string[] = [];
    for (const id of ['username', 'password']) {
      const field = document.getElementById(id)!;
      field.addEventListener('input', (e) => heard.push(`${id}:input:${(e.target as HTMLInputElement).value}`));
      field.addEventListener('change', () => heard.push(`${id}:change`));
    }
    let submitted = false;
    document.getElementById('f')!.addEventListener('submit', (e) => ((submitted = true), e.preventDefault()));
    const result = fill({ origin, sendTo, username: 'ann', password: 'Pw 1!', submit: true });
    expect(result).toEqual({ ok: true, filled: ['username', 'password'], submitted: true });
    expect(heard).toEqual(['username:input:ann', 'username:change', 'password:input:Pw 1!', 'password:change']);
    expect(submitted).toBe(true);
  });

  it('fills nothing into a pop-up: a window with an opener (a report it wrote, its address reading as the opener’s)', () => {
    show('<form><input id="username" name="username"><input id="password" name="password" type="password"><button>Continue</button></form>');
    const before = Object.getOwnPropertyDescriptor(window, 'opener');
    Object.defineProperty(window, 'opener', { value: window.parent, configurable: true });
    try {
      expect(fill({ origin, sendTo, username: 'ann', password: 'Pw 1!', submit: true })).toEqual({ ok: false, reason: 'origin' });
      expect((document.getElementById('password') as HTMLInputElement).value).toBe('');
    } finally {
      if (before) Object.defineProperty(window, 'opener', before);
      else delete (window as { opener?: unknown }).opener;
    }
    expect(fill({ origin, sendTo, password: 'Pw 1!', submit: false })).toMatchObject({ ok: true });
  });

  it('fills without submitting when asked, and refuses another origin', () => {
    show('<form id="f"><input id="password" type="password"><button>Go</button></form>');
    let submitted = false;
    document.getElementById('f')!.addEventListener('submit', (e) => ((submitted = true), e.preventDefault()));
    expect(fill({ origin, sendTo, password: 'x', submit: false } as FillRequest)).toEqual({ ok: true, filled: ['password'], submitted: false });
    expect(submitted).toBe(false);
    expect((document.getElementById('password') as HTMLInputElement).value).toBe('x');
    expect(fill({ origin: 'https://evil.example', sendTo, password: 'y', submit: true })).toEqual({ ok: false, reason: 'origin' });
    expect((document.getElementById('password') as HTMLInputElement).value).toBe('x');
    expect(fill({ origin, sendTo, username: 'ann', submit: true })).toEqual({ ok: false, reason: 'no-field' });
  });

  it('fills nothing when the form would send elsewhere: its action, a button formaction, a target naming a new window or a frame', () => {
    const fields = '<input id="username" name="username"><input id="password" name="password" type="password">';
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    const cases: [string, string][] = [
      [`<form action="https://officeally.com.evil.test/steal">${fields}<button>Continue</button></form>`, 'officeally.com.evil.test'],
      [`<form action="/login">${fields}<button formaction="https://evil.test/x">Continue</button></form>`, 'evil.test'],
      [`<form action="/login">${fields}<button>Continue</button><input type="submit" formaction="//evil.test/y" value="Other"></form>`, 'evil.test'],
      [`<form action="javascript:void 0">${fields}<button>Continue</button></form>`, 'javascript:void 0'],
      [`<form action="/login" target="_blank">${fields}<button>Continue</button></form>`, 'another window or frame'],
      [`<iframe name="side"></iframe><form action="/login" target="side">${fields}<button>Continue</button></form>`, 'another window or frame'],
      [`<form action="/login">${fields}<button formtarget="_blank">Continue</button></form>`, 'another window or frame'],
      [`<base target="_blank"><form action="/login">${fields}<button>Continue</button></form>`, 'another window or frame'],
    ];
    for (const [html, to] of cases) {
      show(html);
      let submitted = false;
      document.querySelector('form')!.addEventListener('submit', (e) => ((submitted = true), e.preventDefault()));
      expect(fill({ origin, sendTo, username: 'ann', password: 'pw', submit: true }), html).toEqual({ ok: false, reason: 'destination', to });
      expect([value('username'), value('password'), submitted], html).toEqual(['', '', false]);
    }
    // The entry's own hosts: a relative action, the page itself, _self/_top, and an allowed domain.
    for (const html of [
      `<form action="/login">${fields}<button>Continue</button></form>`,
      `<form>${fields}<button formtarget="_top">Continue</button></form>`,
      `<form action="${origin}/login" target="_self">${fields}<button>Continue</button></form>`,
    ]) {
      show(html);
      document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
      expect(fill({ origin, sendTo, username: 'ann', password: 'pw', submit: true }), html).toEqual({
        ok: true,
        filled: ['username', 'password'],
        submitted: true,
      });
    }
    show(`<form action="https://sc.officeally.com/login">${fields}<button>Continue</button></form>`);
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    expect(fill({ origin, sendTo: { domains: ['officeally.com'], origins: [] }, password: 'pw', submit: false })).toMatchObject({ ok: true });
    show(`<form action="https://sc.officeally.com.evil.test/login">${fields}<button>Continue</button></form>`);
    expect(fill({ origin, sendTo: { domains: ['officeally.com'], origins: [] }, password: 'pw', submit: false })).toMatchObject({ ok: false });
  });
});

describe('find in page (browser mode)', () => {
  it("counts case-insensitive matches in the visible text, wraps the active one both ways, skips scripts and AllyDesk's own bar", () => {
    Element.prototype.scrollIntoView = () => undefined; // jsdom has no layout
    document.body.innerHTML =
      '<table><tr><td>Jane Example</td></tr><tr><td>JANE example</td></tr><tr><td>Bob</td></tr></table><p>jane and jane</p><script>"Jane"</script><div id="allydesk-session-bar">Jane</div>';
    expect(find('jane', 0)).toEqual({ matches: 4, active: 1 });
    expect(find('jane', 5)).toEqual({ matches: 4, active: 2 });
    expect(find('jane', -1)).toEqual({ matches: 4, active: 4 });
    expect(find('nobody', 0)).toEqual({ matches: 0, active: 0 });
    expect(find('', 0)).toEqual({ matches: 0, active: 0 });
    // The page's text is untouched (highlights are not markup).
    expect(document.body.textContent).toContain('Jane ExampleJANE example');
  });
});
