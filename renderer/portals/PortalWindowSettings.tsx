import { useEffect, useState } from 'react';
import { usePortals } from '../state/portals';

/** "Log in as" fills and submits; a practice that wants staff to press the portal's button themselves turns submitting off. */
export function PortalWindowSettings() {
  const settings = usePortals((s) => s.view?.settings);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void usePortals.getState().load(), []);
  if (!settings) return null;
  return (
    <div className="card settings-form">
      <h3>Portal windows</h3>
      <label className="vault-check">
        <input
          type="checkbox"
          checked={settings.submitAfterFill}
          onChange={(e) => void usePortals.getState().setSettings({ submitAfterFill: e.target.checked }).then((o) => setError(o.ok ? null : o.error.message))}
        />{' '}
        &ldquo;Log in as&rdquo; also presses the portal&rsquo;s Continue button (off: AllyDesk only fills in the username and password)
      </label>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
