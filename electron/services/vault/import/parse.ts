import { parse } from 'csv-parse/sync';
import type { ImportFormat } from '../../../../shared/ipc/vaultImport';
import { UserFacingError } from '../../errors';
import { recogniseCsvHeader, type SourceLogin } from './formats';
import { say } from '../say';

/** The most rows one file may have: far above any practice's logins, low enough to stay quick. */
export const MAX_ROWS = 20_000;

export interface ParsedExport {
  format: ImportFormat;
  /** `row`: the row as a spreadsheet numbers it (the header is row 1), or the item's place in a JSON file. */
  logins: { row: number; login: SourceLogin }[];
  bad: { row: number; reason: string }[];
  /** Rows that are not logins (secure notes, cards, identities), left out. */
  notLogins: number;
}

/** Reads an export in memory (it is never written anywhere) and says what each row holds. */
export function parseExport(text: string): ParsedExport {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().startsWith('{')) return parseBitwardenJson(body);
  return parseCsv(body);
}

function parseCsv(text: string): ParsedExport {
  const skipped: { row: number; reason: string }[] = [];
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({
          row: Number((error as { records?: number } | undefined)?.records ?? 0) + 1,
          reason: 'A quotation mark is not closed, so AllyDesk cannot tell where this row ends.',
        });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { records: number } }[];
  } catch {
    throw new UserFacingError('invalid_input', say('importUnknownFormat'));
  }
  const [header, ...rows] = records;
  const recognised = header ? recogniseCsvHeader(header.record) : null;
  if (!recognised) throw new UserFacingError('invalid_input', say('importUnknownFormat'));
  if (rows.length > MAX_ROWS) throw new UserFacingError('invalid_input', say('importTooManyRows', { count: rows.length, max: MAX_ROWS }));
  const { spec, columns } = recognised;
  const width = header!.record.length;
  const result: ParsedExport = { format: spec.format, logins: [], bad: [...skipped], notLogins: 0 };
  for (const { record, info } of rows) {
    const row = info.records;
    if (record.length !== width) {
      result.bad.push({ row, reason: `This row has ${record.length} ${record.length === 1 ? 'column' : 'columns'}; the first row has ${width}.` });
      continue;
    }
    const cell = (column: string) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record[index] ?? '');
    };
    if (spec.isLogin && !spec.isLogin(cell)) {
      result.notLogins++;
      continue;
    }
    const login = spec.login(cell);
    // A note written on Windows keeps its line breaks as CRLF inside the quotes.
    result.logins.push({ row, login: { ...login, notes: login.notes.replace(/\r\n?/g, '\n') } });
  }
  result.bad.sort((a, b) => a.row - b.row);
  return result;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Bitwarden's unencrypted JSON: `{ encrypted: false, folders, items: [{ type: 1, name, notes, login: { uris, username, password } }] }`. */
function parseBitwardenJson(body: string): ParsedExport {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new UserFacingError('invalid_input', say('importBitwardenCut'));
  }
  const root = (data ?? {}) as { encrypted?: unknown; items?: unknown };
  if (root.encrypted === true) {
    throw new UserFacingError('invalid_input', say('importBitwardenEncrypted'));
  }
  if (!Array.isArray(root.items)) throw new UserFacingError('invalid_input', say('importUnknownFormat'));
  if (root.items.length > MAX_ROWS) throw new UserFacingError('invalid_input', say('importTooManyItems', { count: root.items.length, max: MAX_ROWS }));
  const result: ParsedExport = { format: 'bitwarden-json', logins: [], bad: [], notLogins: 0 };
  root.items.forEach((raw: unknown, index) => {
    const row = index + 1;
    const item = (raw ?? {}) as { type?: unknown; name?: unknown; notes?: unknown; revisionDate?: unknown; login?: unknown };
    if (typeof item !== 'object' || item === null) return result.bad.push({ row, reason: 'This item is not a login AllyDesk can read.' });
    if (item.type !== 1) return result.notLogins++;
    const login = (item.login ?? {}) as { uris?: unknown; username?: unknown; password?: unknown; passwordRevisionDate?: unknown };
    const uris = Array.isArray(login.uris) ? login.uris : [];
    const first = uris.map((u: unknown) => text((u as { uri?: unknown } | null)?.uri)).find(Boolean) ?? '';
    const changed = Date.parse(text(login.passwordRevisionDate) || text(item.revisionDate));
    result.logins.push({
      row,
      login: {
        name: text(item.name),
        url: first,
        username: text(login.username),
        password: text(login.password),
        notes: text(item.notes),
        changedAt: Number.isFinite(changed) ? changed : null,
      },
    });
  });
  return result;
}
