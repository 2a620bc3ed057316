import type { EntryPlain } from './entries';
import type { PassphraseKeys } from './passphrase';
import type { ProfileFile, ProfileStore } from './profileFile';
import type { SessionKeeper } from './session';

/**
 * The unlocked profile's logins in the clear, for the plaintext export only, and only after the
 * profile's passphrase is typed again (checked and throttled exactly as an unlock is).
 */
export function createPlainEntries(deps: {
  sessions: SessionKeeper;
  keys: PassphraseKeys;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  profileOnDisk: (profileId: string) => { store: ProfileStore; file: ProfileFile };
}) {
  return {
    entriesAfterPassphrase: (passphrase: string): Promise<{ profileId: string; name: string; entries: (EntryPlain & { id: string })[] }> =>
      deps.serial(async () => {
        const s = deps.sessions.require();
        const { dataKey } = await deps.keys.check(deps.profileOnDisk(s.profileId), passphrase);
        dataKey.fill(0);
        deps.sessions.touch();
        const entries = [...s.entries.values()].map(({ haystack: _h, ...plain }) => plain);
        return { profileId: s.profileId, name: s.name, entries };
      }),
  };
}
