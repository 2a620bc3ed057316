/**
 * The one page detector, the one fill script and the one page agent, shared by both runtimes:
 * Electron's isolated portal preload imports them; the browser-mode twin injects their source
 * (`String(fn)`) into an isolated world. So each function is self-contained: no imports, no
 * closures over module scope, only its arguments and the page's DOM.
 */

export type LoginForm = 'one-step' | 'username-only' | 'password-only';
export interface PageReport {
  url: string;
  login: LoginForm | null;
  twoFactor: boolean;
  botCheck: boolean;
  /** A "Log out"/"Sign out" control is on the page. */
  signedIn: boolean;
  autopay: 'enrolled' | 'not-enrolled' | null;
}
export interface AutopayPhrases {
  enrolled: string[];
  notEnrolled: string[];
}
/** Where the filled form may send: https hosts in these domains (or a subdomain), or exactly these origins. */
export interface FillDestinations {
  domains: string[];
  origins: string[];
}
export interface FillRequest {
  /** The page must still be on this origin (it may have navigated since main checked). */
  origin: string;
  /** The entry's own hosts: the form's action, each submit button's formaction, must be one of them. */
  sendTo: FillDestinations;
  username?: string;
  password?: string;
  submit: boolean;
}
export type FillResult =
  | { ok: true; filled: ('username' | 'password')[]; submitted: boolean }
  | { ok: false; reason: 'origin' | 'frame' | 'no-field' }
  /** The form would send elsewhere (`to`: the host, or "another window or frame"): nothing was filled. */
  | { ok: false; reason: 'destination'; to: string };

/** What the page is: a login form (and which kind), a code page, a bot check, signed in, autopay boxes. */
export function detectPage(phrases: AutopayPhrases): PageReport {
  const visible = (el: Element) => {
    const style = window.getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && !el.closest('[hidden]');
  };
  const inputs = Array.from(document.querySelectorAll('input')).filter((i) => i.type !== 'hidden' && !i.disabled && visible(i));
  const attrs = (i: HTMLInputElement) => `${i.name} ${i.id} ${i.getAttribute('autocomplete') ?? ''} ${i.getAttribute('aria-label') ?? ''}`.toLowerCase();
  const isUserField = (i: HTMLInputElement) =>
    ['text', 'email', ''].includes(i.type) && /user|login|email|account/.test(attrs(i)) && !/search|code|otp/.test(attrs(i));
  const password = inputs.find((i) => i.type === 'password');
  const user = inputs.find(isUserField);
  const text = (document.body?.innerText ?? document.body?.textContent ?? '').replace(/\s+/g, ' ');
  const codeField = inputs.find((i) => i.getAttribute('autocomplete') === 'one-time-code' || /(^|[^a-z])(code|otp|token|passcode|verif)/.test(attrs(i)));
  const login: LoginForm | null = password && user ? 'one-step' : password ? 'password-only' : user && !codeField ? 'username-only' : null;
  const controls = Array.from(document.querySelectorAll('a, button, input[type=submit]')).map((el) =>
    (el.textContent || (el as HTMLInputElement).value || '').trim().toLowerCase(),
  );
  const has = (list: string[]) => list.some((phrase) => text.includes(phrase));
  return {
    url: location.href,
    login,
    twoFactor: !login && Boolean(codeField) && /code|verif/i.test(text),
    botCheck:
      /human visitor|verify you are (a )?human|are you a robot/i.test(text) ||
      Boolean(document.querySelector('iframe[src*="captcha"], .g-recaptcha, .h-captcha, .cf-turnstile')),
    signedIn: controls.some((label) => /^(log ?out|sign ?out|log off)$/.test(label)),
    // The red box also appears under a green one only when cancelling failed; green wins, as the documents read it.
    autopay: has(phrases.enrolled) ? 'enrolled' : has(phrases.notEnrolled) ? 'not-enrolled' : null,
  };
}

/** Fills the login form like a person would (native value setter + input/change events) and submits it. */
export function fillLoginForm(request: FillRequest): FillResult {
  if (location.origin !== request.origin) return { ok: false, reason: 'origin' };
  // A pop-up (about:blank written by its opener — its address then reads as the opener's —, a blob: PDF)
  // carries its opener's origin, and the opener's script can read it: never a secret there.
  if (Boolean(window.opener) || (location.protocol !== 'https:' && location.protocol !== 'http:')) return { ok: false, reason: 'origin' };
  if (window.top !== window) return { ok: false, reason: 'frame' };
  const inputs = Array.from(document.querySelectorAll('input')).filter((i) => i.type !== 'hidden' && !i.disabled);
  const attrs = (i: HTMLInputElement) => `${i.name} ${i.id} ${i.getAttribute('autocomplete') ?? ''}`.toLowerCase();
  const password = inputs.find((i) => i.type === 'password');
  const user = inputs.find((i) => ['text', 'email', ''].includes(i.type) && /user|login|email|account/.test(attrs(i)) && !/search|code|otp/.test(attrs(i)));
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const put = (field: HTMLInputElement, value: string) => {
    field.focus();
    setter.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  // Before anything is filled: where would this form send it? Its action and every submit button's
  // formaction must be the entry's own hosts, and it must load in this page (no target naming a new
  // window or a frame), or the secret could reach another host (issue 20, item 2).
  const form = (password ?? user)?.form ?? null;
  if (form) {
    const sendsHome = (raw: string) => {
      let url: URL;
      try {
        url = new URL(raw, document.baseURI);
      } catch {
        return false;
      }
      if (url.username || url.password) return false;
      if (request.sendTo.origins.includes(url.origin)) return true;
      const host = url.hostname.toLowerCase();
      return url.protocol === 'https:' && request.sendTo.domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
    };
    // Runs inside the page (sent as its source), so it cannot import allowList's host helper; a relative action resolves against the page.
    const destinationHost = (raw: string) => {
      try {
        return new URL(raw, document.baseURI).host || raw;
      } catch {
        return raw;
      }
    };
    const inPage = (target: string) => ['', '_self', '_top', '_parent'].includes(target.trim().toLowerCase());
    const baseTarget = document.querySelector('base[target]')?.getAttribute('target') ?? '';
    const formTarget = form.getAttribute('target') ?? baseTarget;
    // An empty or missing action sends to the page itself; others resolve against the page's base address.
    const formAction = form.getAttribute('action')?.trim() || location.href;
    const submitters = Array.from(form.elements).filter(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image')),
    );
    const routes = [
      { action: formAction, target: formTarget },
      ...submitters.map((el) => ({
        action: el.getAttribute('formaction')?.trim() || formAction,
        target: el.hasAttribute('formtarget') ? (el.getAttribute('formtarget') ?? '') : formTarget,
      })),
    ];
    for (const route of routes) {
      if (!sendsHome(route.action)) return { ok: false, reason: 'destination', to: destinationHost(route.action) };
      if (!inPage(route.target)) return { ok: false, reason: 'destination', to: 'another window or frame' };
    }
  }
  const filled: ('username' | 'password')[] = [];
  if (request.username !== undefined) {
    if (!user) return { ok: false, reason: 'no-field' };
    put(user, request.username);
    filled.push('username');
  }
  if (request.password !== undefined) {
    if (!password) return { ok: false, reason: 'no-field' };
    put(password, request.password);
    filled.push('password');
  }
  if (!request.submit) return { ok: true, filled, submitted: false };
  const button = (form ?? document).querySelector<HTMLElement>('button[type=submit], input[type=submit], button:not([type])');
  if (button) button.click();
  else if (form) form.requestSubmit();
  else return { ok: true, filled, submitted: false };
  return { ok: true, filled, submitted: true };
}

/**
 * Runs inside every portal page (isolated world): reports what the page is after it loads and
 * whenever it changes, and reports real (trusted) keyboard and pointer input — never synthetic
 * events, which the page itself could make up.
 */
export function startPageAgent(send: (message: string) => void, detect: (phrases: AutopayPhrases) => PageReport, phrases: AutopayPhrases) {
  const flag = '__allydeskAgent';
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[flag]) return;
  scope[flag] = true;
  if (window.top !== window) return;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    timer = undefined;
    const next = JSON.stringify({ type: 'page', report: detect(phrases) });
    if (next !== last) send((last = next));
  };
  const soon = () => {
    if (timer === undefined) timer = setTimeout(report, 150);
  };
  let lastInput = 0;
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const now = Date.now();
    if (now - lastInput < 1000) return;
    lastInput = now;
    send(JSON.stringify({ type: 'input' }));
  };
  for (const name of ['keydown', 'pointerdown', 'wheel']) window.addEventListener(name, onInput, { capture: true, passive: true });
  const watch = () => {
    report();
    new MutationObserver(soon).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
}

/**
 * Browser mode's find in page, run in the agent's isolated world (serialised with String(), so it
 * must stay self-contained): every case-insensitive match of `text` in the page's visible text is
 * highlighted (CSS Custom Highlights, no change to the page's DOM text), match `index` (wrapped) is
 * the active one and scrolled into view. An empty `text` clears the highlight.
 */
export function findInDocument(text: string, index: number): { matches: number; active: number } {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  registry?.delete('allydesk-find');
  registry?.delete('allydesk-find-active');
  document.getElementById('allydesk-find-style')?.remove();
  if (!text || !document.body) return { matches: 0, active: 0 };
  const needle = text.toLowerCase();
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !node.parentElement.closest('script, style, noscript, template, #allydesk-session-bar')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const hay = node.data.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return { matches: 0, active: 0 };
  const active = ((index % ranges.length) + ranges.length) % ranges.length;
  if (registry && HighlightClass) {
    registry.set('allydesk-find', new HighlightClass(...ranges));
    registry.set('allydesk-find-active', new HighlightClass(ranges[active]!));
    const style = document.createElement('style');
    style.id = 'allydesk-find-style';
    style.textContent = '::highlight(allydesk-find){background:#ffe066;color:#000}::highlight(allydesk-find-active){background:#ff9632;color:#000}';
    document.documentElement.appendChild(style);
  }
  ranges[active]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return { matches: ranges.length, active: active + 1 };
}
