import { useEffect } from 'react';
import { subscribeVaultEvents } from '../state/vault';
import { LockWarning } from './LockWarning';

/**
 * The idle-lock warning and vault events for the whole app, so the warning also appears while
 * another screen is showing. Mount once in App (the Passwords screen mounts only while active).
 */
export function VaultAlerts() {
  useEffect(() => subscribeVaultEvents(), []);
  return <LockWarning />;
}
