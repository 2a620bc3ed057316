import { randomBytes } from 'node:crypto';
import type { ImportFormat } from '../../../../shared/ipc/vaultImport';
import type { AuditLog } from '../../audit/service';
import { UserFacingError } from '../../errors';
import type { VaultService } from '../service';
import { parseExport } from './parse';
import { planImport, savedLoginKeys, type PlannedLogin, type PreviewRow } from './preview';
import { say } from '../say';

interface Pending {
  id: string;
  profileId: string;
  format: ImportFormat;
  planned: Map<number, PlannedLogin>;
  titles: Map<number, string>;
}

/** How long a preview's parsed rows stay in memory without being imported or cancelled. */
export const PREVIEW_MINUTES = 15;

/**
 * Logins from another password manager's export. The file's text arrives once, is parsed in
 * memory and never written anywhere; only the preview (no passwords) goes back. The parsed rows
 * wait here for the user's choice, bound to the profile that was unlocked, and are dropped when
 * imported, cancelled, replaced, timed out or when the vault locks. Each login is saved through the
 * vault's own add-entry call, so its checks, encryption and audit apply as to a typed one.
 */
export function createLoginImport(deps: {
  vault: Pick<VaultService, 'saveEntry' | 'listEntries' | 'currentProfile'>;
  audit: Pick<AuditLog, 'record'>;
  now: () => number;
}) {
  let pending: (Pending & { expiresAt: number }) | null = null;

  const forget = () => {
    if (!pending) return;
    for (const plan of pending.planned.values()) plan.password = '';
    pending = null;
  };
  const requireProfile = () => {
    const profile = deps.vault.currentProfile();
    if (!profile) throw new UserFacingError('locked', say('locked'));
    return profile;
  };

  return {
    preview(content: string): { previewId: string; format: ImportFormat; rows: PreviewRow[]; bad: { row: number; reason: string }[]; notLogins: number } {
      const profile = requireProfile();
      forget();
      const parsed = parseExport(content);
      const saved = deps.vault.listEntries('').entries;
      const { rows, planned } = planImport(parsed, savedLoginKeys(saved));
      const id = randomBytes(12).toString('base64url');
      pending = {
        id,
        profileId: profile.id,
        format: parsed.format,
        planned,
        titles: new Map(rows.map((r) => [r.row, r.title])),
        expiresAt: deps.now() + PREVIEW_MINUTES * 60_000,
      };
      return { previewId: id, format: parsed.format, rows, bad: parsed.bad, notLogins: parsed.notLogins };
    },

    run(previewId: string, chosen: readonly number[]) {
      const profile = requireProfile();
      if (!pending || pending.id !== previewId || pending.profileId !== profile.id || deps.now() > pending.expiresAt) {
        forget();
        throw new UserFacingError('not_found', say('previewGone'));
      }
      const { planned, format, titles } = pending;
      const imported: { entryId: string; title: string; portal: PreviewRow['portal']; changedOn: string | null }[] = [];
      const failed: { row: number; reason: string }[] = [];
      try {
        for (const row of [...new Set(chosen)].sort((a, b) => a - b)) {
          const plan = planned.get(row);
          if (!plan) {
            failed.push({ row, reason: 'This row cannot be imported (see its reason in the list).' });
            continue;
          }
          try {
            // The user saw the hidden-character warning in the preview and ticked the row anyway.
            const entry = deps.vault.saveEntry({ fields: plan.fields, password: plan.password, keepHiddenCharacters: plan.hidden });
            imported.push({
              entryId: entry.id,
              title: titles.get(row) ?? entry.title,
              portal: plan.fields.kind === 'portal' ? plan.fields.portal : null,
              changedOn: plan.changedAt ? new Date(plan.changedAt).toISOString().slice(0, 10) : null,
            });
          } catch (error) {
            if (error instanceof UserFacingError && error.code === 'locked') throw error;
            failed.push({ row, reason: error instanceof UserFacingError ? error.message : 'AllyDesk could not save this login.' });
          }
        }
      } finally {
        forget();
        // One record for the whole import: how many, from which format, never a secret.
        if (imported.length > 0) deps.audit.record({ event: 'import', profileId: profile.id, detail: { format, entries: String(imported.length) } });
      }
      return { format, imported, failed };
    },

    cancel(previewId: string) {
      if (pending?.id === previewId) forget();
      return { done: true as const };
    },

    /** The vault locked or switched profile: the parsed rows go with it. */
    forget,
  };
}
export type LoginImport = ReturnType<typeof createLoginImport>;
