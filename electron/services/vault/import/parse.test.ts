import { describe, expect, it } from 'vitest';
import {
  BITWARDEN_CSV,
  BITWARDEN_JSON,
  CHROME_CSV,
  EDGE_CSV,
  FIREFOX_CSV,
  KEEPASSXC_CSV,
  LASTPASS_CSV,
  ONEPASSWORD_CSV,
  chromeCsvOf,
} from '../../../../test/fixtures/loginExports';
import { UserFacingError } from '../../errors';
import { parseExport } from './parse';
import { planImport } from './preview';

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserFacingError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('recognising and reading each export', () => {
  it('Chrome: BOM, CRLF, a quoted comma and a quoted line break; the short row is reported by its row number', () => {
    const parsed = parseExport(CHROME_CSV);
    expect(parsed.format).toBe('chrome');
    const first = parsed.logins[0]!;
    expect(first.row).toBe(2);
    expect(first.login).toMatchObject({ username: 'ann.frontdesk', password: 'Sunny,Day-2026', notes: 'Clearinghouse login\nask Dr Chen for the 2FA phone' });
    // The quoted line break made row 2 two lines long, so the rows after it are numbered as rows, not lines.
    expect(parsed.logins.map((l) => l.row)).toEqual([2, 3, 4, 5, 6, 8]);
    expect(parsed.bad).toEqual([{ row: 7, reason: 'This row has 3 columns; the first row has 5.' }]);
  });

  it('Edge writes the same columns as Chrome', () => {
    expect(parseExport(EDGE_CSV)).toMatchObject({ format: 'chrome', logins: [{ row: 2, login: { username: 'bob.billing', password: 'Maple*Leaf77' } }] });
  });

  it('Firefox: quoted header, the password-changed time kept for the reminder', () => {
    const parsed = parseExport(FIREFOX_CSV);
    expect(parsed.format).toBe('firefox');
    expect(parsed.logins[0]!.login).toMatchObject({
      url: 'https://www.officeally.com',
      username: 'ann.frontdesk',
      password: 'Sunny,Day-2026',
      changedAt: 1735689600000,
    });
    expect(parsed.bad).toEqual([{ row: 5, reason: 'This row has 2 columns; the first row has 9.' }]);
  });

  it('Bitwarden CSV: notes over two lines, the first of several addresses, secure notes left out, an unclosed quote reported', () => {
    const parsed = parseExport(BITWARDEN_CSV);
    expect(parsed.format).toBe('bitwarden-csv');
    expect(parsed.logins[0]!.login).toMatchObject({ name: 'Service Center', notes: 'Front desk login, shared PC 2\nsecond line', password: 'Sunny,Day-2026' });
    expect(parsed.logins[1]!.login.url).toBe('https://cms.officeally.com/practicemate');
    expect(parsed.notLogins).toBe(1);
    expect(parsed.bad).toEqual([{ row: 6, reason: expect.stringContaining('quotation mark is not closed') }]);
  });

  it('Bitwarden JSON (not encrypted): logins only, items numbered; an encrypted export is refused with what to do', () => {
    const parsed = parseExport('\uFEFF' + BITWARDEN_JSON);
    expect(parsed.format).toBe('bitwarden-json');
    expect(parsed.notLogins).toBe(1);
    expect(parsed.logins.map((l) => l.row)).toEqual([1, 3, 4]);
    expect(parsed.logins[0]!.login).toMatchObject({ notes: 'Line one,\nline two', changedAt: Date.parse('2026-01-15T10:00:00.000Z') });
    expect(reasonOf(() => parseExport(JSON.stringify({ encrypted: true, encKeyValidation_DO_NOT_EDIT: 'x', data: 'y' })))).toMatch(/encrypted.*\.json/);
  });

  it('KeePassXC, 1Password and LastPass', () => {
    const keepass = parseExport(KEEPASSXC_CSV);
    expect(keepass.format).toBe('keepassxc');
    expect(keepass.logins[0]!.login).toMatchObject({ name: 'Service Center', notes: 'Line one\nline two', changedAt: Date.parse('2026-02-01T09:00:00Z') });
    expect(keepass.bad.map((b) => b.row)).toEqual([5]);

    const onePassword = parseExport(ONEPASSWORD_CSV);
    expect(onePassword.format).toBe('1password');
    expect(onePassword.logins[0]!.login).toMatchObject({ name: 'Service Center', password: 'Sunny,Day-2026', notes: 'Line one\nline two' });
    expect(onePassword.bad.map((b) => b.row)).toEqual([5]);

    const lastPass = parseExport(LASTPASS_CSV);
    expect(lastPass.format).toBe('lastpass');
    expect(lastPass.notLogins).toBe(1);
    expect(lastPass.logins[0]!.login).toMatchObject({ name: 'Service Center', notes: 'Line one\nline two' });
    expect(lastPass.bad.map((b) => b.row)).toEqual([6]);
  });

  it('a file from anything else, or an empty one, is refused in plain words', () => {
    expect(reasonOf(() => parseExport('Site,Login,Secret\r\na,b,c\r\n'))).toMatch(/does not recognise this file.*Chrome, Edge, Firefox/);
    expect(reasonOf(() => parseExport('\uFEFF'))).toMatch(/does not recognise/);
    expect(reasonOf(() => parseExport('{"items": '))).toMatch(/cut short or damaged/);
  });
});

describe('the preview of an export', () => {
  it('Chrome: Office Ally rows ticked with their portal, other sites unticked, duplicates and hidden characters flagged', () => {
    const { rows } = planImport(parseExport(CHROME_CSV), new Set());
    const byRow = new Map(rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ portal: 'service-center', duplicateOf: null, ticked: true });
    expect(byRow.get(3)).toMatchObject({ portal: 'practice-mate', ticked: true });
    expect(byRow.get(4)).toMatchObject({ portal: 'ehr', ticked: true });
    // Same portal, same username in another case: the same login as row 2.
    expect(byRow.get(5)).toMatchObject({ portal: 'service-center', duplicateOf: 2, ticked: false });
    expect(byRow.get(6)).toMatchObject({ portal: null, host: 'bank.example', problem: null, ticked: false });
    expect(byRow.get(8)).toMatchObject({ portal: 'patient-ally', ticked: false, hidden: expect.stringMatching(/^Username: .*non-breaking space/) });
  });

  it('a login already saved in the profile is marked, and a non-https other site cannot be imported', () => {
    const saved = new Set(['portal:ehr\nann.ehr']);
    const { rows, planned } = planImport(
      parseExport(
        'name,url,username,password\r\nehr,https://ehr.officeally.com,ann.ehr,x\r\nold,http://old.example,u,p\r\nnone,,u,p\r\nnopw,https://a.example,u,\r\n',
      ),
      saved,
    );
    expect(rows[0]).toMatchObject({ duplicateOf: 'saved', ticked: false });
    expect(rows[1]).toMatchObject({ problem: expect.stringContaining('not https://'), ticked: false });
    expect(rows[2]).toMatchObject({ problem: expect.stringContaining('no web address') });
    expect(rows[3]).toMatchObject({ problem: 'This row has no password.' });
    expect([...planned.keys()]).toEqual([2]);
  });

  it('every format finds the same Office Ally logins and its in-file duplicate', () => {
    for (const file of [FIREFOX_CSV, BITWARDEN_CSV, BITWARDEN_JSON, KEEPASSXC_CSV, ONEPASSWORD_CSV, LASTPASS_CSV]) {
      const { rows } = planImport(parseExport(file), new Set());
      expect(rows.filter((r) => r.ticked).length, file.slice(0, 40)).toBeGreaterThan(0);
      expect(rows.some((r) => typeof r.duplicateOf === 'number')).toBe(true);
    }
  });

  it('a 5,000-row Chrome file: every row read, 500 Office Ally logins ticked', () => {
    const parsed = parseExport(chromeCsvOf(5000));
    expect(parsed.logins).toHaveLength(5000);
    expect(parsed.bad).toEqual([]);
    expect(parsed.logins[4999]!.login).toMatchObject({ username: 'user4999', password: 'Pass,4999-word!', notes: 'note 4999\nsecond line' });
    const { rows } = planImport(parsed, new Set());
    expect(rows.filter((r) => r.ticked)).toHaveLength(500);
  });
});
