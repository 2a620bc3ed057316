import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { cleanProfileName, profileNameKey } from '../../../shared/text/profileName';
import type { SecretSealAdapter } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { BACKUPS_FOLDER } from '../privateFolder';
import { writePrivateFile } from '../storage';
import { buildBackup, openBackup } from './backup';
import { withHaystack } from './entries';
import type { EntriesService } from './entriesService';
import { wrappedKeyOf } from './keyWrap';
import type { ProfileFiles } from './profileFile';
import type { createProfiles } from './profiles';
import type { SessionKeeper } from './session';

/** Backup files of a profile: written to <data folder>/backups, and imported as a new profile. */
export function createBackupService(deps: {
  dataDir: string;
  now: () => number;
  seal: SecretSealAdapter;
  audit: Pick<AuditLog, 'record'>;
  files: ProfileFiles;
  sessions: SessionKeeper;
  profiles: Pick<ReturnType<typeof createProfiles>, 'newProfile'>;
  entries: Pick<EntriesService, 'writeEntries'>;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}) {
  const { now } = deps;
  return {
    async exportBackup() {
      const s = deps.sessions.require();
      const file = s.store.store;
      const content = buildBackup({
        profileId: s.profileId,
        name: s.name,
        kdf: file.lock.kdf,
        wrapped: (await wrappedKeyOf(deps.seal, file)).wrapped,
        entries: file.entries,
        settings: file.settings,
        dataKey: s.dataKey,
        now: now(),
      });
      const day = new Date(now()).toISOString().slice(0, 10);
      const fileName = `allydesk-vault-${s.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'profile'}-${day}.allydesk-backup.json`;
      const path = join(deps.dataDir, BACKUPS_FOLDER, fileName);
      writePrivateFile(path, content);
      deps.audit.record({ event: 'export', profileId: s.profileId, detail: { entries: String(Object.keys(file.entries).length) } });
      return { path, fileName, content };
    },

    /** Checks everything first; only then creates a new profile with freshly encrypted entries. */
    importBackup: (content: string, passphrase: string) =>
      deps.serial(async () => {
        const opened = await openBackup(content, passphrase);
        const taken = new Set(deps.files.all().map((f) => profileNameKey(f.name)));
        // A backup from before names were checked may hold invisible characters: they are dropped.
        const base = cleanProfileName(opened.name) || 'Imported profile';
        let name = base;
        for (let n = 1; taken.has(profileNameKey(name)); n++) name = n === 1 ? `${base} (imported)` : `${base} (imported ${n})`;
        // The backup's passphrase already protects it; it is not re-judged against today's lists.
        const s = await deps.profiles.newProfile(name, passphrase, opened.settings, false);
        deps.entries.writeEntries(
          s,
          opened.entries.map(({ id: _old, haystack: _h, ...plain }) => withHaystack(randomBytes(12).toString('base64url'), plain)),
        );
        deps.audit.record({ event: 'import', profileId: s.profileId, detail: { entries: String(opened.entries.length) } });
        return { profileId: s.profileId, name, entries: opened.entries.length };
      }),
  };
}
