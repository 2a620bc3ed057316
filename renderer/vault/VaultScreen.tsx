import { useEffect, useState } from 'react';
import { useAppStore } from '../state/app';
import { useVault } from '../state/vault';
import { CreateProfileForm } from './CreateProfileForm';
import { ImportBackup } from './ImportBackup';
import { UnlockForm } from './UnlockForm';
import { UnlockedVault } from './UnlockedVault';
import './vault.css';
import { ProblemMessage } from '../ui/Message';
import { SharedFolderBanner, SharedProtection } from './SharedFolder';
import { useT } from '../i18n/store';
import { vaultMessages as m } from './messages';

/** Moved-aside files already told to the user (status repeats them on every refresh). */
const announced = new Set<string>();

/** "Passwords": each staff member's own vault for their portal and SFTP logins. */
export function VaultScreen() {
  const status = useVault((s) => s.status);
  const loadError = useVault((s) => s.loadError);
  const load = useVault((s) => s.load);
  const reportActivity = useVault((s) => s.reportActivity);
  const t = useT();

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    for (const path of status?.movedAside ?? []) {
      if (announced.has(path)) continue;
      announced.add(path);
      useAppStore.getState().addBanner('warning', t(m.movedAside, { path }));
    }
  }, [status?.movedAside, t]);

  return (
    <section aria-labelledby="vault-title" className="vault" onKeyDown={reportActivity} onPointerDown={reportActivity}>
      <h2 id="vault-title">{t(m.title)}</h2>
      <p className="vault-intro">{t(m.intro)}</p>
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
  const t = useT();
  if (importing) return <ImportBackup onDone={() => setImporting(false)} />;
  return (
    <>
      <CreateProfileForm first />
      <div className="card">
        <h3>{t(m.movingTitle)}</h3>
        <p>{t(m.movingText)}</p>
        <button type="button" className="button-secondary" onClick={() => setImporting(true)}>
          {t(m.importBackup)}
        </button>
      </div>
    </>
  );
}

function ProtectionNote({ protection, shared }: { protection: 'os' | 'none'; shared: boolean }) {
  const runtime = useAppStore((s) => s.info?.runtime);
  const t = useT();
  // The OS key store's seal is per PC: a profile other PCs open cannot carry it.
  if (shared) return <SharedProtection className="vault-protection hint" />;
  if (protection === 'os') {
    return <p className="vault-protection hint">{t(m.protectedOs)}</p>;
  }
  return (
    <p className="vault-protection status-warn">
      {t(m.protectedPassphraseOnly)} {t(runtime === 'browser' ? m.noKeyStoreBrowser : m.noKeyStore)}
    </p>
  );
}
