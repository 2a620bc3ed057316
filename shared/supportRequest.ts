/**
 * The support request a front-desk user sends to Office Ally: composed as plain text and as a
 * mailto: link, and checked so that it never carries a password. Seed 001: "include your
 * username and a detailed description of the error message, but never include your password in
 * the communication." Pure: the vault check (passwords of the unlocked profile) runs in main.
 */
export const SUPPORT_EMAIL = 'support@officeally.com';
export const NEVER_INCLUDE_PASSWORD_QUOTE =
  'include your username and a detailed description of the error message, but never include your password in the communication';

/** app:openExternal accepts up to 2048 characters; mail programs on Windows cut near 2000. */
export const MAILTO_MAX_LENGTH = 2000;

export interface SupportRequestFields {
  portal: string;
  username: string;
  /** The symptom the troubleshooter started from, if any. */
  problem: string;
  whatHappened: string;
  errorText: string;
  /** Steps from the troubleshooter path, in order. */
  stepsTried: string[];
  otherSteps: string;
  browser: string;
  /** When it happened, with time zone (see formatTimeWithZone). */
  time: string;
}

/** The fields a user types into; each is checked for passwords. */
export const TYPED_FIELDS = ['username', 'whatHappened', 'errorText', 'otherSteps'] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];

export interface ComposedRequest {
  subject: string;
  text: string;
}

export function composeSupportRequest(fields: SupportRequestFields): ComposedRequest {
  const clean = (value: string) => value.trim();
  const problem = clean(fields.problem) || 'Login problem';
  const subject = `${problem} – ${clean(fields.portal) || 'Office Ally'}${clean(fields.username) ? ` – username ${clean(fields.username)}` : ''}`;
  const lines = ['Hello Office Ally support,', '', 'I need help logging in.', ''];
  const add = (label: string, value: string) => {
    if (clean(value)) lines.push(`${label}: ${clean(value)}`);
  };
  add('Portal', fields.portal);
  add('Username', fields.username);
  add('Problem', fields.problem);
  add('What happened', fields.whatHappened);
  if (clean(fields.errorText)) lines.push(`Exact error message: "${clean(fields.errorText)}"`);
  const steps = [...fields.stepsTried, ...fields.otherSteps.split(/\r?\n/)].map(clean).filter(Boolean);
  if (steps.length > 0) {
    lines.push('Steps already tried:');
    steps.forEach((step) => lines.push(`- ${step}`));
  }
  add('Browser', fields.browser);
  add('When', fields.time);
  lines.push('', 'My password is not included, as Office Ally asks.', '', 'Thank you');
  return { subject, text: lines.join('\n') };
}

export interface SupportMailto {
  url: string;
  /** True when the body had to be cut to fit; the user should paste the copied text instead. */
  shortened: boolean;
}

const SHORTENED_NOTE = '\n\n[Shortened to fit an email link. The full text is pasted below.]\n\n';
const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
const urlFor = (subject: string, body: string) => `mailto:${SUPPORT_EMAIL}?subject=${encode(subject)}&body=${encode(body)}`;

export function supportMailto({ subject, text }: ComposedRequest, maxLength = MAILTO_MAX_LENGTH): SupportMailto {
  const full = urlFor(subject, text);
  if (full.length <= maxLength) return { url: full, shortened: false };
  // Cut whole characters (never half a surrogate pair) until the encoded link fits.
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (urlFor(subject, chars.slice(0, mid).join('') + SHORTENED_NOTE).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  return { url: urlFor(subject, chars.slice(0, low).join('') + SHORTENED_NOTE), shortened: true };
}

// A keyword for a secret, followed by a separator, followed by a value: "password: x",
// "pw=x", "pwd : x", "passcode is x", "my password was x". The bare word is fine.
const KEYWORD = String.raw`pass(?:word|wd|code|phrase)|pass\s+word|pwd|pw`;
const LABEL = String.raw`\s*[:=]\s*`;
const SENTENCE = String.raw`\s+(?:is|was)(?:\s+set\s+to)?\s*:?\s*|\s+set\s+to\s+`;
const SECRET_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<keyword>${KEYWORD})(?:(?<label>${LABEL})|${SENTENCE})(?<quote>["'“‘]?)(?<value>[^\s"'”’]+)`,
  'giu',
);

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
/** After "password:" a status word describes the problem ("password: incorrect"), it is not the password. */
const STATUS_WORDS = words(`wrong not incorrect invalid rejected expired locked required missing blank empty none n/a na unknown
  redacted removed omitted withheld hidden`);
/** After "password is …" these words start an ordinary sentence about the problem. */
const SENTENCE_WORDS = words(`correct right case case-sensitive sensitive being still the a an my our your their his her too now
  fine ok okay working new old same different changed reset forgotten lost also definitely always never no saved stored in on
  at for from with and or but that this it what which accepted denied failing failed disabled blocked very really just only
  probably good bad weak strong long short tbd`);

export interface SecretPatternMatch {
  /** The keyword as written ("password", "pw"); never the value. */
  keyword: string;
  index: number;
}

/** Places where the text seems to state a password. Never returns the value itself. */
export function findPasswordPatterns(text: string): SecretPatternMatch[] {
  const found: SecretPatternMatch[] = [];
  for (const match of text.matchAll(SECRET_PATTERN)) {
    const { keyword, label, quote, value: rawValue } = match.groups!;
    const value = rawValue!.replace(/^[([<]+/u, '').replace(/[.,;:!?)\]>]+$/u, '');
    const masked = /^[*•x.…#-]+$/iu.test(value);
    const lower = value.toLowerCase();
    const ordinary = !quote && (STATUS_WORDS.has(lower) || (!label && SENTENCE_WORDS.has(lower)));
    if (value.length === 0 || masked || ordinary) continue;
    found.push({ keyword: keyword!, index: match.index });
  }
  return found;
}

/** Field-level message for a field that seems to contain a password, or null. */
export function passwordPatternMessage(text: string): string | null {
  const match = findPasswordPatterns(text)[0];
  if (!match) return null;
  return `This looks like it contains a password ("${match.keyword} …"). Remove it: Office Ally asks you to ${NEVER_INCLUDE_PASSWORD_QUOTE}.`;
}

export const VAULT_MATCH_MESSAGE = `This contains a password saved in your AllyDesk vault. Remove it: Office Ally asks you to ${NEVER_INCLUDE_PASSWORD_QUOTE}.`;

/** "Monday, November 23, 2026 at 5:20 AM PST (America/Los_Angeles)" — the zone support needs to compare times. */
export function formatTimeWithZone(date: Date, timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const text = new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  }).format(date);
  return `${text} (${zone})`;
}
