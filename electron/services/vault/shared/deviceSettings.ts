import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { POLICIES } from '../../../../shared/policy/schema';
import { onFirstUse } from '../../../../shared/onFirstUse';
import { z } from '../../../../shared/zod';
import { UserFacingError } from '../../errors';
import type { EffectivePolicy } from '../../policy/service';
import { folderReachable, writeBeside, type PcIdentity } from './sharedStore';
import { sharedFolderMessages } from '../../../../shared/i18n/main/sharedFolder';
import { sayerFor } from '../../say';
const say = sayerFor(sharedFolderMessages);

const PC_NAME_MAX = 40;
// Built the first time there is a file to check (a first start has none), not at every start.
const fileSchema = onFirstUse(() => z.object({ folder: z.nullable(z.string()), pcId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/)), pcName: z.string() }));
type DeviceFile = z.infer<ReturnType<typeof fileSchema>>;

export interface SharedFolderView {
  /** The folder in use: IT's (policy ProfilesFolder) when set, else the one chosen in Settings. */
  folder: string | null;
  /** Set by IT: Settings shows it and cannot change it. */
  fixedByPolicy: boolean;
  reachable: boolean;
  pcName: string;
}

/**
 * This PC's part of the shared profiles folder: which folder (Settings, unless IT fixed one with
 * the ProfilesFolder policy), this PC's random id (orders changes between PCs) and its name (shown
 * in the Activity view and beside same-named profiles). Kept in shared-folder.json in the data folder.
 */
export function createSharedFolderSettings(deps: { dataDir: string; policy: EffectivePolicy; defaultName?: () => string }) {
  const path = join(deps.dataDir, 'shared-folder.json');
  function read(): DeviceFile | null {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return null; // none yet, or not JSON: this PC starts afresh
    }
    const parsed = fileSchema().safeParse(stored);
    return parsed.success ? parsed.data : null;
  }
  const found = read();
  let state: DeviceFile = found ?? {
    folder: null,
    pcId: randomBytes(12).toString('base64url'),
    pcName: cleanName((deps.defaultName ?? hostname)()).slice(0, PC_NAME_MAX) || 'This PC',
  };
  const save = () => writeBeside(path, JSON.stringify(state), { fsync: true });

  if (found === null) save(); // this PC's id must stay the same from now on

  const policyFolder = () => deps.policy.fixed('ProfilesFolder') ?? null;
  const folder = () => policyFolder() ?? state.folder;

  return {
    folder,
    pc: (): PcIdentity => ({ id: state.pcId, name: state.pcName }),
    view(): SharedFolderView {
      const current = folder();
      return { folder: current, fixedByPolicy: policyFolder() !== null, reachable: current !== null && folderReachable(current), pcName: state.pcName };
    },
    /** Settings: the folder (null: none) and this PC's name; a folder that cannot be reached is refused. */
    set(input: { folder: string | null; pcName: string }): SharedFolderView {
      const pcName = cleanName(input.pcName);
      if (!pcName) throw new UserFacingError('invalid_input', say('namePc'), { pcName: say('namePcField') });
      if (pcName.length > PC_NAME_MAX) {
        throw new UserFacingError('invalid_input', say('pcNameTooLong', { max: PC_NAME_MAX }), { pcName: say('pcNameTooLongField', { max: PC_NAME_MAX }) });
      }
      let next = input.folder?.trim() || null;
      if (policyFolder() !== null && next !== null && next !== policyFolder()) {
        throw new UserFacingError('forbidden', say('folderFixed'), { folder: say('folderFixedField') });
      }
      if (policyFolder() !== null) next = state.folder;
      else if (next !== null) {
        const checked = POLICIES.ProfilesFolder.schema.safeParse(next);
        if (!checked.success) {
          // The policy schema's words are for IT (English, in the policy notices); staff get theirs.
          const message = say('folderInFull', { example: '\\\\server\\AllyDesk' });
          throw new UserFacingError('invalid_input', message, { folder: message });
        }
        if (!folderReachable(next)) {
          const message = say('folderUnreachable', { folder: next });
          throw new UserFacingError('unavailable', message, { folder: message });
        }
      }
      state = { ...state, folder: next, pcName };
      save();
      return this.view();
    },
  };
}
export type SharedFolderSettings = ReturnType<typeof createSharedFolderSettings>;

const cleanName = (name: string) =>
  name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
