import { vaultMessages } from '../../../shared/i18n/main/vault';
import { sayerFor } from '../say';

/** The vault's messages in the language in force (shared/i18n/main/vault.ts). */
export const say = sayerFor(vaultMessages);
