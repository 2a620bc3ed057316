import { lazy, Suspense, useEffect, useState } from 'react';
import { subscribeVaultEvents, useVault } from '../state/vault';

// The warning's dialog code loads once a vault is unlocked (only then can it lock on idle), so a
// window where nobody opens the vault never carries it.
const LockWarning = lazy(async () => ({ default: (await import('./LockWarning')).LockWarning }));

/**
 * The idle-lock warning and vault events, mounted once by App so the warning appears on every
 * screen, not only on Passwords.
 */
export function VaultAlerts() {
  useEffect(() => subscribeVaultEvents(), []);
  const mayWarn = useVault((s) => Boolean(s.status?.unlocked) || s.lockWarningAt !== null);
  const [warningNeeded, setWarningNeeded] = useState(false);
  // Once loaded it stays mounted, so later warnings open and close as the same dialog.
  if (mayWarn && !warningNeeded) setWarningNeeded(true);
  return warningNeeded ? (
    <Suspense fallback={null}>
      <LockWarning />
    </Suspense>
  ) : null;
}
