import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { subscribeVaultEvents } from '../state/vault';
import { LockWarning } from './LockWarning';

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
  return active ? <LockWarning /> : null;
}
