import { lazy, Suspense, useState } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { WindowPortalId } from '../../shared/ipc/portals';
import { useNavigation } from '../state/navigation';
import { usePortals } from '../state/portals';
import { usePortalStart } from '../state/portalStart';
import { describeStart, START_PAGE_TEXTS } from '../../shared/content/startPages';
import { useContent } from '../i18n/store';
import { WithNames } from '../ui/WithNames';
import './portals.css';

const ClearPortalDialog = lazy(async () => ({ default: (await import('./ClearPortalDialog')).ClearPortalDialog }));

type Status = { kind: 'ok' | 'bad'; text: string; toSettings?: boolean } | null;

/**
 * "Open in AllyDesk", a private window, and "Clear this portal's cache and cookies" for one portal.
 * `only` picks one of them (the troubleshooter's cache and private-window steps, the Timers screen's open).
 */
export function PortalWindowActions({ portalId, only }: { portalId: WindowPortalId; only?: 'open' | 'clear' | 'private' }) {
  const name = PORTAL_NAMES[portalId];
  const go = useNavigation((s) => s.go);
  const { open, clear } = usePortals.getState();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const start = usePortalStart(portalId);
  const startTexts = useContent()?.startPages ?? START_PAGE_TEXTS;
  const run = async (action: () => ReturnType<typeof open>, done: string) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    setStatus(outcome.ok ? { kind: 'ok', text: done } : { kind: 'bad', text: outcome.error.message, toSettings: outcome.error.code === 'not_found' });
  };
  const openOwn = () => run(() => open(portalId), `${name} is open in its own AllyDesk window.`);
  const openPrivate = () => run(() => open(portalId, true), `${name} is open in a private window: nothing from it is kept when you close it.`);
  const wipe = () => run(() => clear(portalId), `${name}'s cookies and cache in AllyDesk are cleared, and its login page is open again.`);
  return (
    <div className="portal-window-actions">
      {(!only || only === 'open') && (
        <>
          <button type="button" disabled={busy} onClick={() => void openOwn()}>
            Open {name} in AllyDesk
          </button>
          <p className="hint portal-start">
            <WithNames text={describeStart(portalId, start, startTexts)} />{' '}
            <span className="source">Start address: {startTexts.sourceLabels[start.source]}.</span>
          </p>
        </>
      )}
      {(!only || only === 'private') && (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void openPrivate()}>
          Open a private {name} window
        </button>
      )}
      {(!only || only === 'clear') && (
        <button type="button" className="button-secondary" disabled={busy} aria-haspopup="dialog" onClick={() => setConfirmingClear(true)}>
          Clear {name}&rsquo;s cache and cookies
        </button>
      )}
      {confirmingClear && (
        <Suspense fallback={null}>
          <ClearPortalDialog name={name} onClear={() => void wipe()} onClose={() => setConfirmingClear(false)} />
        </Suspense>
      )}
      {/* A polite live region (not role=status: each portal card has one, and the page keeps one status for search). */}
      <div aria-live="polite">
        {status && (
          <p className={status.kind === 'ok' ? 'status-ok' : 'status-bad'}>
            {status.text}{' '}
            {status.toSettings && (
              <button type="button" className="button-quiet" onClick={() => go('settings')}>
                Go to Settings
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
