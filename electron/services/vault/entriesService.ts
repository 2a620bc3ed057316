import { randomBytes } from 'node:crypto';
import { checkPortalAddress } from '../../../shared/links';
import { REVEAL_SECONDS, type EntryFields, type EntryHealth, type EntrySummary, type VaultSettings } from '../../../shared/ipc/vault';
import type { ExternalLinkAdapter } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import type { EffectivePolicy } from '../policy/service';
import type { createClipboardGuard } from './clipboardGuard';
import { sealEntry, summarize, titleOf, withHaystack, type OpenEntry } from './entries';
import { passwordHealth } from './health';
import { hiddenCharacterProblems } from './hiddenGuard';
import { aboveCeilings } from './policyCeilings';
import type { RotationFeed } from './rotationFeed';
import type { Session, SessionKeeper } from './session';
import { say } from './say';
import { linkRefusalSaid } from '../portals/say';

/**
 * The unlocked profile's logins: save, delete, copy, reveal, open, their health and the profile's
 * settings. Each use restarts the idle lock; each security event is audited (never a secret).
 */
export function createEntriesService(deps: {
  now: () => number;
  sessions: SessionKeeper;
  clipboard: ReturnType<typeof createClipboardGuard>;
  links: ExternalLinkAdapter;
  audit: Pick<AuditLog, 'record'>;
  feed: RotationFeed;
  portalLoginUrl?: (portal: string) => string | null;
  policy: EffectivePolicy;
}) {
  const { sessions, now } = deps;

  /** Encrypts and stores entries in one write of the profile file. */
  function writeEntries(s: Session, entries: OpenEntry[]) {
    const boxes = { ...s.store.get('entries') };
    for (const { id, haystack: _h, ...plain } of entries) boxes[id] = sealEntry(s.dataKey, s.profileId, id, plain);
    s.store.set('entries', boxes);
    for (const entry of entries) {
      s.entries.set(entry.id, entry);
      s.damaged.delete(entry.id);
    }
    deps.feed.entriesChanged(s);
  }

  return {
    writeEntries,
    listEntries: (query: string) => sessions.list(query),

    saveEntry(input: { id?: string; fields: EntryFields; password: string; keepHiddenCharacters: boolean }): EntrySummary {
      const s = sessions.require();
      const existing = input.id ? sessions.requireEntry(input.id) : null;
      if (!existing && input.password.length === 0) throw new UserFacingError('invalid_input', say('enterPassword'), { password: say('enterPassword') });
      const problems = hiddenCharacterProblems({ username: input.fields.username, password: input.password });
      if (problems && !input.keepHiddenCharacters) {
        throw new UserFacingError('invalid_input', say('hiddenFound'), problems);
      }
      const t = now();
      const changed = input.password.length > 0 && input.password !== existing?.password;
      const id = existing?.id ?? randomBytes(12).toString('base64url');
      const entry = withHaystack(id, {
        fields: input.fields,
        password: changed ? input.password : existing!.password,
        passwordChangedAt: changed ? t : existing!.passwordChangedAt,
        updatedAt: t,
      });
      writeEntries(s, [entry]);
      deps.audit.record({ event: existing ? 'edit' : 'add', profileId: s.profileId, entryId: id, detail: { passwordChanged: String(changed) } });
      sessions.touch();
      return summarize(entry);
    },

    deleteEntry(id: string) {
      const s = sessions.require();
      if (!s.entries.has(id) && !s.damaged.has(id)) throw new UserFacingError('not_found', say('entryGone'));
      const { [id]: _gone, ...rest } = s.store.get('entries');
      s.store.set('entries', rest);
      s.entries.delete(id);
      s.damaged.delete(id);
      deps.feed.entriesChanged(s);
      deps.audit.record({ event: 'delete', profileId: s.profileId, entryId: id });
      sessions.touch();
      return { done: true as const };
    },

    async copy(id: string, field: 'username' | 'password') {
      const entry = sessions.requireEntry(id);
      const s = sessions.require();
      const result = await deps.clipboard.copy(field === 'password' ? entry.password : entry.fields.username, sessions.settingsOf(s).clipboardClearSeconds);
      deps.audit.record({ event: 'copy', profileId: s.profileId, entryId: id, detail: { field } });
      sessions.touch();
      return result;
    },

    reveal(id: string) {
      const entry = sessions.requireEntry(id);
      deps.audit.record({ event: 'reveal', profileId: sessions.require().profileId, entryId: id });
      sessions.touch();
      return { password: entry.password, hideAt: now() + REVEAL_SECONDS * 1000 };
    },

    async openPortal(id: string) {
      const { fields } = sessions.requireEntry(id);
      if (fields.kind !== 'portal') throw new UserFacingError('invalid_input', say('sftpNotBrowser'));
      const url = fields.url || (deps.portalLoginUrl?.(fields.portal) ?? '');
      if (!url)
        throw new UserFacingError('not_found', say('noLoginAddress', { title: titleOf(fields) }), {
          url: say('addLoginAddress'),
        });
      // A portal's address: Office Ally's or Patient Ally's hosts only (never a help-video host).
      const check = checkPortalAddress(url);
      if (!check.ok) throw new UserFacingError('forbidden', say('notAllowedToOpen', { reason: linkRefusalSaid(check), url }));
      sessions.touch();
      return { ...(await deps.links.open(check.url)), url: check.url };
    },

    /** For a portal window's "Log in as": the entry's portal and addresses, never the secret. */
    loginTarget(id: string) {
      const { fields } = sessions.requireEntry(id);
      if (fields.kind !== 'portal') throw new UserFacingError('invalid_input', say('sftpNotWindow'));
      const s = sessions.require();
      return { profileId: s.profileId, profileName: s.name, portal: fields.portal as string, entryUrl: fields.url };
    },

    /** One fill's username and password for main to hand to that portal window; `recordFill` audits it (host only, never the secret). */
    readForFill(id: string) {
      const entry = sessions.requireEntry(id);
      if (entry.fields.kind !== 'portal') throw new UserFacingError('invalid_input', say('sftpNotWindow'));
      const s = sessions.require();
      sessions.touch();
      return {
        username: entry.fields.username,
        password: entry.password,
        recordFill: (host: string) => deps.audit.record({ event: 'fill', profileId: s.profileId, entryId: id, detail: { host } }),
      };
    },

    activity() {
      sessions.touch();
      return { lockAt: sessions.lockAt() };
    },

    updateSettings(next: VaultSettings): VaultSettings {
      const s = sessions.require();
      const refused = aboveCeilings(next, deps.policy);
      if (refused) throw new UserFacingError('forbidden', Object.values(refused)[0]!, refused);
      s.store.set('settings', next);
      sessions.touch();
      return next;
    },

    async health(): Promise<EntryHealth[]> {
      const s = sessions.require();
      const list = [...s.entries.values()].map((e) => ({ id: e.id, title: titleOf(e.fields), password: e.password, passwordChangedAt: e.passwordChangedAt }));
      return passwordHealth(list, sessions.settingsOf(s), now());
    },
  };
}
export type EntriesService = ReturnType<typeof createEntriesService>;
