import { useEffect, useState } from 'react';
import type { UpdateViewPayload } from '../../shared/ipc/update';
import { bridge } from '../bridge';
import { SetByIt } from '../policy/SetByIt';

const MODE_WORDS: Record<UpdateViewPayload['mode'], string> = {
  default: 'AllyDesk checks for updates when it starts and every day.',
  start: 'AllyDesk checks for updates when it starts.',
  manual: 'AllyDesk checks for updates only when you press “Check for updates”.',
  none: 'AllyDesk does not check for updates.',
};

function statusWords(view: UpdateViewPayload): string {
  const s = view.status;
  switch (s.kind) {
    case 'off':
      return s.reason;
    case 'idle':
      return 'Not checked yet.';
    case 'checking':
      return 'Checking for updates…';
    case 'up-to-date':
      return 'AllyDesk is up to date.';
    case 'downloading':
      return `Downloading version ${s.version} in the background (${s.percent}%). You can keep working.`;
    case 'ready':
      return `Version ${s.version} is downloaded and verified. It installs when you quit AllyDesk, or now if you restart.`;
    case 'failed':
      return s.message;
  }
}

/** Settings: the version, the update state, who decides (IT's UpdateMode/UpdateFeedUrl), and what changed after an update. */
export function UpdateSettings() {
  const [view, setView] = useState<UpdateViewPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const off = bridge().on('update:changed', setView);
    void bridge()
      .invoke('update:get', undefined)
      .then((r) => (r.ok ? setView(r.data) : setError(r.error.message)));
    return off;
  }, []);
  const run = async (channel: 'update:check' | 'update:dismissWhatsNew') => {
    const r = await bridge().invoke(channel, undefined);
    if (r.ok) setView(r.data);
    else setError(r.error.message);
  };
  if (!view) return error ? <p className="status-bad">{error}</p> : null;
  const status = view.status;
  return (
    <div className="card settings-form" aria-labelledby="update-settings-title" role="group">
      <h3 id="update-settings-title">Updates</h3>
      <p>
        AllyDesk version <strong>{view.version}</strong>
      </p>
      {view.whatsNew && (
        <div className="update-whats-new" role="note" aria-label={`What changed in version ${view.whatsNew.version}`}>
          <p>
            AllyDesk was updated to version {view.whatsNew.version}.{view.whatsNew.releaseNotes ? ' What changed:' : ''}
          </p>
          {view.whatsNew.releaseNotes && <p className="update-notes">{view.whatsNew.releaseNotes}</p>}
          <button type="button" onClick={() => void run('update:dismissWhatsNew')}>
            Dismiss
          </button>
        </div>
      )}
      {status.kind !== 'off' && <p className="hint">{MODE_WORDS[view.mode]}</p>}
      {view.decidedBy === 'it' && <SetByIt />}
      {view.feed === 'practice' && <p className="hint">Updates come from your practice’s own update server.</p>}
      <div role="status" aria-live="polite">
        <p className={status.kind === 'failed' ? 'status-bad' : undefined}>{statusWords(view)}</p>
        {view.lastChecked && status.kind !== 'off' && <p className="hint">Last checked: {new Date(view.lastChecked).toLocaleString()}</p>}
        {error && <p className="status-bad">{error}</p>}
      </div>
      {status.kind === 'ready' && status.releaseNotes && <p className="update-notes">What changes: {status.releaseNotes}</p>}
      <div className="settings-actions">
        {status.kind !== 'off' && (
          <button type="button" disabled={!view.canCheck} onClick={() => void run('update:check')}>
            Check for updates
          </button>
        )}
        {status.kind === 'ready' && (
          <button type="button" onClick={() => void bridge().invoke('update:install', undefined)}>
            Restart and update
          </button>
        )}
      </div>
    </div>
  );
}
