import { useEffect, useState } from 'react';
import type { UpdateViewPayload } from '../../shared/ipc/update';
import { bridge } from '../bridge';
import { SetByIt } from '../policy/SetByIt';
import { useT, type Translate } from '../i18n/store';
import { updatesMessages as m } from './messages';

function statusWords(t: Translate, view: UpdateViewPayload): string {
  const s = view.status;
  switch (s.kind) {
    case 'off':
      return s.reason;
    case 'idle':
      return t(m.idle);
    case 'checking':
      return t(m.checking);
    case 'up-to-date':
      return t(m.upToDate);
    case 'downloading':
      return t(m.downloading, { version: s.version, percent: s.percent / 100 });
    case 'ready':
      return t(m.ready, { version: s.version });
    case 'failed':
      return s.message;
  }
}

/** Settings: the version, the update state, who decides (IT's UpdateMode/UpdateFeedUrl), and what changed after an update. */
export function UpdateSettings() {
  const [view, setView] = useState<UpdateViewPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
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
      <h3 id="update-settings-title">{t(m.title)}</h3>
      <p>{t(m.version, { version: <strong>{view.version}</strong> })}</p>
      {view.whatsNew && (
        <div className="update-whats-new" role="note" aria-label={t(m.whatsNewLabel, { version: view.whatsNew.version })}>
          <p>{t(view.whatsNew.releaseNotes ? m.updatedNotes : m.updated, { version: view.whatsNew.version })}</p>
          {view.whatsNew.releaseNotes && <p className="update-notes">{view.whatsNew.releaseNotes}</p>}
          <button type="button" onClick={() => void run('update:dismissWhatsNew')}>
            {t(m.dismiss)}
          </button>
        </div>
      )}
      {status.kind !== 'off' && <p className="hint">{t(m[`mode.${view.mode}`])}</p>}
      {view.decidedBy === 'it' && <SetByIt />}
      {view.feed === 'practice' && <p className="hint">{t(m.practiceFeed)}</p>}
      <div role="status" aria-live="polite">
        <p className={status.kind === 'failed' ? 'status-bad' : undefined}>{statusWords(t, view)}</p>
        {view.lastChecked && status.kind !== 'off' && <p className="hint">{t(m.lastChecked, { at: new Date(view.lastChecked) })}</p>}
        {error && <p className="status-bad">{error}</p>}
      </div>
      {status.kind === 'ready' && status.releaseNotes && <p className="update-notes">{t(m.whatChanges, { notes: status.releaseNotes })}</p>}
      <div className="settings-actions">
        {status.kind !== 'off' && (
          <button type="button" disabled={!view.canCheck} onClick={() => void run('update:check')}>
            {t(m.check)}
          </button>
        )}
        {status.kind === 'ready' && (
          <button type="button" onClick={() => void bridge().invoke('update:install', undefined)}>
            {t(m.restart)}
          </button>
        )}
      </div>
    </div>
  );
}
