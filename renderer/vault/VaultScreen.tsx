import { useEffect, useState } from 'react';
import { useAppStore } from '../state/app';
import { useVault } from '../state/vault';
import { CreateProfileForm } from './CreateProfileForm';
import { ImportBackup } from './ImportBackup';
import { UnlockForm } from './UnlockForm';
import { UnlockedVault } from './UnlockedVault';
import './vault.css';
import { ProblemMessage } from '../ui/Message';
import { SHARED_PROTECTION, SharedFolderBanner } from './SharedFolder';

/** Moved-aside files already told to the user (status repeats them on every refresh). */
const announced = new Set<string>();

/** "Passwords": each staff member's own vault for their portal and SFTP logins. */
export function VaultScreen() {
  const status = useVault((s) => s.status);
  const loadError = useVault((s) => s.loadError);
  const load = useVault((s) => s.load);
  const reportActivity = useVault((s) => s.reportActivity);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    for (const path of status?.movedAside ?? []) {
      if (announced.has(path)) continue;
      announced.add(path);
      useAppStore
        .getState()
        .addBanner(
          'warning',
          `A damaged password profile file was moved aside to ${path}. The other profiles are fine; restore that one from a backup if you have one.`,
        );
    }
  }, [status?.movedAside]);

  return (
    <section aria-labelledby="vault-title" className="vault" onKeyDown={reportActivity} onPointerDown={reportActivity}>
      <h2 id="vault-title">Passwords</h2>
      <p className="vault-intro">
        Your own logins for Service Center, Practice Mate, EHR 24/7, Patient Ally and SFTP — one profile per staff member, never shared.
      </p>
      <ProblemMessage>{loadError}</ProblemMessage>
      <SharedFolderBanner />
      {status && <ProtectionNote protection={status.protection} shared={status.profiles.some((p) => p.shared && p.id === status.unlocked?.profileId)} />}
      {status && (status.unlocked ? <UnlockedVault /> : status.profiles.length === 0 ? <FirstRun /> : <UnlockForm />)}
    </section>
  );
}

/** No profile on this computer yet: create one, or bring one over from a backup. */
function FirstRun() {
  const [importing, setImporting] = useState(false);
  if (importing) return <ImportBackup onDone={() => setImporting(false)} />;
  return (
    <>
      <CreateProfileForm first />
      <div className="card">
        <h3>Moving from another computer?</h3>
        <p>Import the backup file you exported there, with that profile&apos;s passphrase.</p>
        <button type="button" className="button-secondary" onClick={() => setImporting(true)}>
          Import a backup
        </button>
      </div>
    </>
  );
}

function ProtectionNote({ protection, shared }: { protection: 'os' | 'none'; shared: boolean }) {
  const runtime = useAppStore((s) => s.info?.runtime);
  // The OS key store's seal is per PC: a profile other PCs open cannot carry it.
  if (shared) return <p className="vault-protection hint">{SHARED_PROTECTION}</p>;
  if (protection === 'os') {
    return <p className="vault-protection hint">Protected by your passphrase and by this computer&apos;s own key store.</p>;
  }
  return (
    <p className="vault-protection status-warn">
      Protection here: your passphrase only.{' '}
      {runtime === 'browser'
        ? 'In browser mode the operating system key store is not available, so anyone who copies the vault files can try to guess your passphrase — choose a long one.'
        : 'This computer has no working key store, so anyone who copies the vault files can try to guess your passphrase — choose a long one.'}
    </p>
  );
}
