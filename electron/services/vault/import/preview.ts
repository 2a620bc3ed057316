import type { z } from '../../../../shared/zod';
import { vaultSchemas, type EntryFields, type EntrySummary } from '../../../../shared/ipc/vault';
import type { vaultImportChannels } from '../../../../shared/ipc/vaultImport';
import { hiddenCharacterProblems } from '../hiddenGuard';
import type { SourceLogin } from './formats';
import type { ParsedExport } from './parse';
import { portalOfUrl, urlOf } from './portalOf';

export type PreviewRow = z.output<(typeof vaultImportChannels)['vaultImport:preview']['output']>['rows'][number];

/** A row ready to go through the vault's own add-entry call. */
export interface PlannedLogin {
  row: number;
  fields: EntryFields;
  password: string;
  hidden: boolean;
  changedAt: number | null;
}

const FIELD_WORDS: Record<string, string> = { username: 'Username', password: 'Password' };

/** The key two logins share when they are the same account: the portal (or site) and the username. */
function loginKey(portal: string, host: string, username: string) {
  return `${portal === 'custom' ? `site:${host}` : `portal:${portal}`}\n${username.trim().toLowerCase()}`;
}

export function savedLoginKeys(saved: readonly EntrySummary[]): Set<string> {
  return new Set(saved.filter((e) => e.kind === 'portal' && e.portal).map((e) => loginKey(e.portal!, urlOf(e.url)?.hostname.toLowerCase() ?? '', e.username)));
}

/**
 * Each parsed login as the preview shows it, and as the import would save it: the portal from its
 * address, duplicates of saved logins and of earlier rows, hidden characters, and whether the
 * vault's own entry rules accept it (a site that is not Office Ally's needs an https address).
 */
export function planImport(parsed: ParsedExport, savedKeys: ReadonlySet<string>): { rows: PreviewRow[]; planned: Map<number, PlannedLogin> } {
  const { entryFields } = vaultSchemas();
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = [];
  const planned = new Map<number, PlannedLogin>();
  for (const { row, login } of parsed.logins) {
    const url = urlOf(login.url);
    const host = url?.hostname.toLowerCase() ?? '';
    const portal = portalOfUrl(url);
    const fields = fieldsOf(login, url, portal);
    let problem: string | null = null;
    if (!login.password) problem = 'This row has no password.';
    else if (!login.username.trim()) problem = 'This row has no username.';
    else {
      const checked = entryFields.safeParse(fields);
      if (!checked.success) problem = reasonOf(checked.error, url);
    }
    const hiddenProblems = hiddenCharacterProblems({ username: login.username, password: login.password });
    const hidden = hiddenProblems
      ? Object.entries(hiddenProblems)
          .map(([field, message]) => `${FIELD_WORDS[field] ?? field}: ${message}`)
          .join(' ')
      : null;
    const key = loginKey(portal ?? 'custom', host, login.username);
    const duplicateOf = savedKeys.has(key) ? ('saved' as const) : (seen.get(key) ?? null);
    if (!seen.has(key)) seen.set(key, row);
    rows.push({
      row,
      title: login.name.trim() || host || 'No name',
      host,
      username: login.username,
      portal: portal ?? (problem ? null : 'custom'),
      duplicateOf,
      hidden,
      problem,
      ticked: portal !== null && problem === null && duplicateOf === null && hidden === null,
    });
    if (problem === null) planned.set(row, { row, fields, password: login.password, hidden: hidden !== null, changedAt: login.changedAt });
  }
  // Rows other than Office Ally's are shown as "Other site" (portal null) until ticked.
  for (const r of rows) if (r.portal === 'custom') r.portal = null;
  return { rows, planned };
}

function fieldsOf(login: SourceLogin, url: URL | null, portal: ReturnType<typeof portalOfUrl>): EntryFields {
  const https = url?.protocol === 'https:' ? url.toString() : '';
  const notes = login.notes.trim();
  if (portal) {
    // The export's own address is kept when it is a page on that portal's host, so "Open" goes there.
    return { kind: 'portal', portal, customName: '', url: https, username: login.username, notes };
  }
  const name = (login.name.trim() || url?.hostname || '').slice(0, 80);
  return { kind: 'portal', portal: 'custom', customName: name, url: https, username: login.username, notes };
}

function reasonOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, url: URL | null): string {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  if (field === 'url') {
    if (!url) return 'This row has no web address, and AllyDesk keeps other sites only with their https:// address.';
    return `This site's address is not https:// (${url.protocol.replace(':', '')}), so AllyDesk cannot keep it.`;
  }
  const words: Record<string, string> = { notes: 'Note', username: 'Username', customName: 'Name' };
  return `${words[field] ?? 'A field'}: ${issue.message}`;
}
