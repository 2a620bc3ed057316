import { describe, expect, it } from 'vitest';
import { checkExternalLink } from './links';
import {
  composeSupportRequest,
  findPasswordPatterns,
  formatTimeWithZone,
  MAILTO_MAX_LENGTH,
  passwordPatternMessage,
  supportMailto,
  type SupportRequestFields,
} from './supportRequest';

const fields: SupportRequestFields = {
  portal: 'Practice Mate',
  username: 'jdoe',
  problem: 'My username or password is rejected',
  whatHappened: 'The login page says my credentials are wrong.',
  errorText: 'Invalid username or password.',
  stepsTried: ['Check for hidden spaces in what you pasted – did not fix it'],
  otherSteps: 'Restarted the computer\n\n',
  browser: 'Google Chrome',
  time: 'Monday, November 23, 2026 at 5:20 AM PST (America/Los_Angeles)',
};

describe('findPasswordPatterns blocks a keyword followed by a separator and a value', () => {
  it.each([
    'password: Summer2024!',
    'Password:Summer2024',
    'my password=hunter2',
    'pw=abc123',
    'PW = abc123',
    'pwd: xyz',
    'passwd: xyz',
    'passcode is 4821',
    'My password is sunshine',
    'The password was set to Tr0ub4dor&3',
    'username/password: jdoe/Secret1',
    'new password:\nSecret1',
    'pass word: Secret1',
    'passphrase = correct horse',
    'password is "the"',
    'login jdoe, password: Fall#2026, portal PM',
  ])('blocks %j', (text) => {
    expect(findPasswordPatterns(text).length).toBeGreaterThan(0);
    expect(passwordPatternMessage(text)).toMatch(/never include your password in the communication/);
  });
});

describe('findPasswordPatterns does not block ordinary sentences about passwords', () => {
  it.each([
    'password rejected',
    'I reset my password yesterday',
    'Password',
    'The password is wrong',
    'my password is not working',
    'The password is case-sensitive, I know',
    'Invalid username or password.',
    'password: ********',
    'Password: •••••',
    'password: (redacted)',
    'The password was reset by my manager',
    'Forgot Password link does not send an email',
    'passwords are changed every 90 days',
    'password:',
    'My 2FA code is 123456 but it expired',
    'compass: north',
    'npw=1',
    'Password: incorrect',
    'Error text: "Password: Required"',
  ])('allows %j', (text) => {
    expect(findPasswordPatterns(text)).toEqual([]);
    expect(passwordPatternMessage(text)).toBeNull();
  });

  it('never returns the value it found', () => {
    const matches = findPasswordPatterns('password: Summer2024!');
    expect(JSON.stringify(matches)).not.toContain('Summer2024');
    expect(passwordPatternMessage('password: Summer2024!')).not.toContain('Summer2024');
  });
});

describe('composeSupportRequest', () => {
  it('puts every given field in the text, the steps as a list, and says the password is left out', () => {
    const { subject, text } = composeSupportRequest(fields);
    expect(subject).toBe('My username or password is rejected – Practice Mate – username jdoe');
    expect(text).toContain('Portal: Practice Mate');
    expect(text).toContain('Username: jdoe');
    expect(text).toContain('Exact error message: "Invalid username or password."');
    expect(text).toContain('Steps already tried:\n- Check for hidden spaces in what you pasted – did not fix it\n- Restarted the computer\nBrowser');
    expect(text).toContain('When: Monday, November 23, 2026 at 5:20 AM PST (America/Los_Angeles)');
    expect(text).toContain('My password is not included');
  });

  it('leaves out empty fields instead of printing blanks', () => {
    const { text } = composeSupportRequest({ ...fields, errorText: ' ', stepsTried: [], otherSteps: '', browser: '' });
    expect(text).not.toContain('Exact error message');
    expect(text).not.toContain('Steps already tried');
    expect(text).not.toContain('Browser:');
  });
});

describe('supportMailto', () => {
  it('addresses support@officeally.com, encodes subject and body with CRLF, and passes the link allow-list', () => {
    const { url, shortened } = supportMailto(composeSupportRequest(fields));
    expect(shortened).toBe(false);
    expect(url.startsWith('mailto:support@officeally.com?subject=')).toBe(true);
    expect(url).toContain('%0D%0A');
    const parsed = new URL(url);
    expect(parsed.searchParams.get('body')).toContain('Username: jdoe');
    expect(checkExternalLink(url).ok).toBe(true);
  });

  it('shortens a long body to fit and says so in the body', () => {
    const long = composeSupportRequest({ ...fields, whatHappened: 'é'.repeat(3000) });
    const { url, shortened } = supportMailto(long);
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 40);
    expect(new URL(url).searchParams.get('body')).toContain('[Shortened to fit an email link');
  });
});

describe('formatTimeWithZone', () => {
  it('writes the date, time and zone so support can compare times', () => {
    const when = new Date('2026-11-23T13:20:00Z');
    expect(formatTimeWithZone(when, 'America/Los_Angeles')).toBe('Monday, November 23, 2026 at 5:20 AM PST (America/Los_Angeles)');
    expect(formatTimeWithZone(new Date('2026-07-01T16:05:00Z'), 'America/New_York')).toBe('Wednesday, July 1, 2026 at 12:05 PM EDT (America/New_York)');
  });
});
