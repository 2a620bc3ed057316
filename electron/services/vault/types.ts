import type { EventPayload } from '../../../shared/ipc';
import type { vaultEvents } from '../../../shared/ipc/vault';
import type { ClipboardAdapter, Clock, ExternalLinkAdapter, Logger, PowerAdapter, SecretSealAdapter, StoreFactory } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import type { SharedActivity } from '../audit/sharedActivity';
import type { EffectivePolicy } from '../policy/service';
import type { RotationDates } from '../rotationDates';
import type { KdfParams } from './crypto';
import type { Deadlines } from './deadlines';
import type { PcIdentity } from './shared/sharedStore';

/** Why the vault locked, as the `vault:locked` event tells the renderer. */
export type LockReason = EventPayload<'vault:locked'>['reason'];

type VaultEventName = keyof typeof vaultEvents;
/** Every event the vault sends, each with its payload from the contract. */
export type VaultEvent = { [E in VaultEventName]: { name: E; payload: EventPayload<E> } }[VaultEventName];

export interface VaultDeps {
  dataDir: string;
  clock: Clock;
  stores: StoreFactory;
  seal: SecretSealAdapter;
  clipboard: ClipboardAdapter;
  links: ExternalLinkAdapter;
  power: PowerAdapter;
  deadlines: Deadlines;
  audit: Pick<AuditLog, 'record' | 'list' | 'verify' | 'about'>;
  logger: Logger;
  emit: (event: VaultEvent) => void;
  /** Where the vault publishes its logins' password dates for the rotation reminders. */
  rotationDates: RotationDates;
  /** scrypt cost for new and upgraded keys; tests pass cheaper ones. */
  kdf?: KdfParams;
  /** Login address of a known portal when the entry has none of its own. */
  portalLoginUrl?: (portal: string) => string | null;
  /** scrypt cost of the PIN key (default PIN_KDF); tests pass cheaper ones. */
  pinKdf?: KdfParams;
  /** Test seam: the PIN key's salt, so a test can derive the PIN key and look for it on disk. */
  pinSalt?: () => Buffer;
  /** Practice policy: idle-lock and clipboard ceilings, the minimum passphrase length, PIN unlock. */
  policy?: EffectivePolicy;
  /** The practice's shared profiles folder (policy ProfilesFolder or Settings) and this PC's name. */
  shared?: {
    folder: () => string | null;
    pc: () => PcIdentity;
    /** Test seam: runs just before a shared file is renamed into place. */
    beforeRename?: () => void;
  };
  /** A shared profile's activity, one file per PC in the shared folder, merged for the Activity view. */
  activity?: SharedActivity;
}
