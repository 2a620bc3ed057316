import { lazy, Suspense, useEffect } from 'react';
import { intlReady } from '../i18n/store';
import { subscribeVaultEvents, useVault } from '../state/vault';
import { useOnceTrue } from '../ui/useOnceTrue';

// The warning's dialog code loads once a vault is unlocked (only then can it lock on idle), so a
// window where nobody opens the vault never carries it. Its message formats a time: react-intl comes with it.
const LockWarning = lazy(async () => ({ default: (await Promise.all([import('./LockWarning'), intlReady()]))[0].LockWarning }));

/**
 * The idle-lock warning and vault events, mounted once by App so the warning appears on every
 * screen, not only on Passwords.
 */
export function VaultAlerts() {
  useEffect(() => subscribeVaultEvents(), []);
  const mayWarn = useVault((s) => Boolean(s.status?.unlocked) || s.lockWarningAt !== null);
  // Once loaded it stays mounted, so later warnings open and close as the same dialog.
  const warningNeeded = useOnceTrue(mayWarn);
  return warningNeeded ? (
    <Suspense fallback={null}>
      <LockWarning />
    </Suspense>
  ) : null;
}
