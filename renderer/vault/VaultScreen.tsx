import { useEffect } from 'react';
import { useAppStore } from '../state/app';
import { subscribeVaultEvents, useVault } from '../state/vault';
import { CreateProfileForm } from './CreateProfileForm';
import { LockWarning } from './LockWarning';
import { UnlockForm } from './UnlockForm';
import { UnlockedVault } from './UnlockedVault';

/** "Passwords": each staff member's own vault for their portal and SFTP logins. */
export function VaultScreen() {
  const status = useVault((s) => s.status);
  const loadError = useVault((s) => s.loadError);
  const load = useVault((s) => s.load);
  const activity = useVault((s) => s.activity);

  useEffect(() => {
    void load();
    return subscribeVaultEvents();
  }, [load]);

  useEffect(() => {
    for (const path of status?.movedAside ?? []) {
      useAppStore.getState().addBanner('warning', `A damaged password profile file was moved aside to ${path}. The other profiles are fine; restore that one from a backup if you have one.`);
    }
  }, [status?.movedAside]);

  return (
    <section aria-labelledby="vault-title" className="vault" onKeyDown={activity} onPointerDown={activity}>
      <h2 id="vault-title">Passwords</h2>
      <p className="vault-intro">
        Your own logins for Service Center, Practice Mate, EHR 24/7, Patient Ally and SFTP — one profile per staff member, never shared.
      </p>
      {loadError && <p className="status-bad" role="alert">{loadError}</p>}
      {status && <ProtectionNote protection={status.protection} />}
      {status && (status.unlocked ? <UnlockedVault /> : status.profiles.length === 0 ? <CreateProfileForm first /> : <UnlockForm />)}
      <LockWarning />
    </section>
  );
}

function ProtectionNote({ protection }: { protection: 'os' | 'none' }) {
  const runtime = useAppStore((s) => s.info?.runtime);
  if (protection === 'os') {
    return <p className="vault-protection hint">Protected by your passphrase and by this computer&apos;s own key store.</p>;
  }
  return (
    <p className="vault-protection status-warn">
      Protection here: your passphrase only.{' '}
      {runtime === 'browser'
        ? 'In browser mode the operating system key store is not available, so anyone who copies the vault files can try to guess your passphrase — choose a long one.'
        : "This computer has no working key store, so anyone who copies the vault files can try to guess your passphrase — choose a long one."}
    </p>
  );
}
