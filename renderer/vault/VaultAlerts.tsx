import { lazy, Suspense, useEffect, useState } from 'react';
import { create } from 'zustand';
import { subscribeVaultEvents, useVault } from '../state/vault';

// The warning's dialog code loads once a vault is unlocked (only then can it lock on idle), so a
// window where nobody opens the vault never carries it.
const LockWarning = lazy(async () => ({ default: (await import('./LockWarning')).LockWarning }));

// Whichever instance mounted first does the work, so mounting it in App as well as in the
// Passwords screen never shows two warnings or subscribes twice.
const useOwners = create<{ owners: number[] }>(() => ({ owners: [] }));
let nextOwner = 1;

/**
 * The idle-lock warning and vault events. The Passwords screen mounts it; mount it once in App
 * too so the warning also appears while another screen is showing.
 */
export function VaultAlerts() {
  const [me] = useState(() => nextOwner++);
  const active = useOwners((s) => s.owners[0] === me);
  useEffect(() => {
    useOwners.setState((s) => ({ owners: [...s.owners, me] }));
    return () => useOwners.setState((s) => ({ owners: s.owners.filter((o) => o !== me) }));
  }, [me]);
  useEffect(() => (active ? subscribeVaultEvents() : undefined), [active]);
  const mayWarn = useVault((s) => Boolean(s.status?.unlocked) || s.lockWarningAt !== null);
  const [warningNeeded, setWarningNeeded] = useState(false);
  // Once loaded it stays mounted, so later warnings open and close as the same dialog.
  if (mayWarn && !warningNeeded) setWarningNeeded(true);
  return active && warningNeeded ? (
    <Suspense fallback={null}>
      <LockWarning />
    </Suspense>
  ) : null;
}
