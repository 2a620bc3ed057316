import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../../audit/service';
import { UserFacingError } from '../../errors';
import type { EffectivePolicy } from '../../policy/service';
import { titleOf, type EntryPlain } from '../entries';
import type { VaultService } from '../service';
import { say } from '../say';

type Entry = EntryPlain & { id: string };

/** One login as Bitwarden's unencrypted JSON export writes it (type 1 = login); other managers import this too. */
function bitwardenItem(entry: Entry, loginUrl: (portal: string) => string | null) {
  const { fields } = entry;
  const uri = fields.kind === 'sftp' ? `sftp://${fields.host}:${fields.port}` : fields.url || loginUrl(fields.portal) || null;
  return {
    id: randomUUID(),
    organizationId: null,
    folderId: null,
    type: 1,
    reprompt: 0,
    name: titleOf(fields),
    notes: fields.notes || null,
    favorite: false,
    login: {
      uris: uri ? [{ match: null, uri }] : [],
      username: fields.username,
      password: entry.password,
      totp: null,
      passwordRevisionDate: new Date(entry.passwordChangedAt).toISOString(),
    },
    collectionIds: null,
    revisionDate: new Date(entry.updatedAt).toISOString(),
  };
}

/**
 * The export for leaving AllyDesk: the unlocked profile as Bitwarden-compatible JSON, not
 * encrypted. Only after the passphrase is typed again, only where IT has not turned it off
 * (PlaintextExport policy), and main writes it nowhere: the screen offers it as a download once.
 */
export function createPlainExport(deps: {
  vault: Pick<VaultService, 'entriesAfterPassphrase'>;
  policy: EffectivePolicy;
  audit: Pick<AuditLog, 'record'>;
  now: () => number;
  loginUrl: (portal: string) => string | null;
}) {
  return {
    async exportPlain(passphrase: string) {
      if (!deps.policy.allows('PlaintextExport')) {
        throw new UserFacingError('forbidden', say('plainExportOff'));
      }
      if (!passphrase) throw new UserFacingError('invalid_input', say('typePassphraseAgain'), { passphrase: say('typePassphraseAgain') });
      const { profileId, name, entries } = await deps.vault.entriesAfterPassphrase(passphrase);
      const content = JSON.stringify({ encrypted: false, folders: [], items: entries.map((e) => bitwardenItem(e, deps.loginUrl)) }, null, 2);
      deps.audit.record({ event: 'export', profileId, detail: { format: 'bitwarden-json', encrypted: 'false', entries: String(entries.length) } });
      const day = new Date(deps.now()).toISOString().slice(0, 10);
      const fileName = `allydesk-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'profile'}-${day}-NOT-ENCRYPTED.json`;
      return { fileName, content, entries: entries.length };
    },
  };
}
