import { SetByIt } from '../../policy/SetByIt';
import { usePolicy } from '../../state/policy';
import { ExportPlainDialog } from './ExportPlainDialog';
import { ImportLoginsDialog } from './ImportLoginsDialog';
import './transfer.css';

/** The "Import and export" tab: bring logins in from a browser or password manager, or take them out when leaving. */
export function TransferPanel() {
  const policy = usePolicy();
  const exportOff = policy?.values.PlaintextExport === 'disabled';
  return (
    <div className="transfer-panel">
      <section className="card" aria-labelledby="transfer-import-title">
        <h3 id="transfer-import-title">Bring in your logins</h3>
        <p>
          If your Office Ally logins are saved in Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password or LastPass, export them there as a file, then import
          that file here. You see every login before it is saved, and AllyDesk then shows you how to delete them where they were.
        </p>
        <ImportLoginsDialog />
      </section>
      <section className="card" aria-labelledby="transfer-export-title">
        <h3 id="transfer-export-title">Leaving AllyDesk</h3>
        <p>
          To move your logins to another password manager, export them as a file it can import (the Bitwarden format, which most password managers read). The
          file is not encrypted.
        </p>
        {exportOff ? (
          <>
            <p>Your practice has turned this off. Use Export a backup (Settings and backup) to keep an encrypted copy.</p>
            <SetByIt />
          </>
        ) : (
          <ExportPlainDialog />
        )}
      </section>
    </div>
  );
}
