import type { ImportFormat } from '../../../../shared/ipc/vaultImport';

/**
 * The password-manager exports AllyDesk reads, each recognised from its header row (column names,
 * in any order and case), and how one row of each becomes a login. The headers are the ones each
 * program writes today (Bitwarden's own importers in bitwarden/clients read the same columns).
 */

/** One login as the export had it, before AllyDesk checks it. */
export interface SourceLogin {
  name: string;
  url: string;
  username: string;
  password: string;
  notes: string;
  /** When the export says the password was last changed (ms since epoch), where it says. */
  changedAt: number | null;
}

type Row = (column: string) => string;

interface CsvFormat {
  format: Exclude<ImportFormat, 'bitwarden-json'>;
  /** Columns that must all be present, lower case. */
  needs: readonly string[];
  /** Rows that are not logins (secure notes, cards) are left out rather than reported as bad. */
  isLogin?: (row: Row) => boolean;
  login: (row: Row) => SourceLogin;
}

const dateOf = (value: string): number | null => {
  if (!value) return null;
  const number = Number(value);
  const at = Number.isFinite(number) && /^\d+$/.test(value) ? number : Date.parse(value);
  return Number.isFinite(at) && at > 0 ? at : null;
};

/** Most specific first: a Chrome header's four columns also appear inside the others. */
const CSV_FORMATS: readonly CsvFormat[] = [
  {
    // folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
    format: 'bitwarden-csv',
    needs: ['type', 'name', 'login_uri', 'login_username', 'login_password'],
    isLogin: (row) => row('type') === '' || row('type').toLowerCase() === 'login',
    login: (row) => ({
      name: row('name'),
      // Bitwarden writes several addresses of one login on one line, comma-separated.
      url: row('login_uri').split(',')[0]!.trim(),
      username: row('login_username'),
      password: row('login_password'),
      notes: row('notes'),
      changedAt: null,
    }),
  },
  {
    // url,username,password,totp,extra,name,grouping,fav
    format: 'lastpass',
    needs: ['url', 'username', 'password', 'extra', 'name', 'grouping'],
    // LastPass writes secure notes with the address http://sn.
    isLogin: (row) => row('url') !== 'http://sn',
    login: (row) => ({ name: row('name'), url: row('url'), username: row('username'), password: row('password'), notes: row('extra'), changedAt: null }),
  },
  {
    // "url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
    format: 'firefox',
    needs: ['url', 'username', 'password', 'httprealm', 'formactionorigin'],
    login: (row) => ({
      name: hostOf(row('url')) ?? row('url'),
      url: row('url'),
      username: row('username'),
      password: row('password'),
      notes: '',
      changedAt: dateOf(row('timepasswordchanged')),
    }),
  },
  {
    // "Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
    format: 'keepassxc',
    needs: ['group', 'title', 'username', 'password', 'url', 'notes'],
    login: (row) => ({
      name: row('title'),
      url: row('url'),
      username: row('username'),
      password: row('password'),
      notes: row('notes'),
      changedAt: dateOf(row('last modified')),
    }),
  },
  {
    // 1Password 8: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
    format: '1password',
    needs: ['title', 'url', 'username', 'password', 'otpauth'],
    login: (row) => ({ name: row('title'), url: row('url'), username: row('username'), password: row('password'), notes: row('notes'), changedAt: null }),
  },
  {
    // Chrome and Edge: name,url,username,password,note (older versions: no note)
    format: 'chrome',
    needs: ['name', 'url', 'username', 'password'],
    login: (row) => ({ name: row('name'), url: row('url'), username: row('username'), password: row('password'), notes: row('note'), changedAt: null }),
  },
];

export function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The CSV format whose columns the header row has, with each column's position; null when none fits. */
export function recogniseCsvHeader(header: readonly string[]): { spec: CsvFormat; columns: Map<string, number> } | null {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, index);
  });
  const spec = CSV_FORMATS.find((candidate) => candidate.needs.every((column) => columns.has(column)));
  return spec ? { spec, columns } : null;
}

export type { CsvFormat };
