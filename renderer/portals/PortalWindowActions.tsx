import { lazy, Suspense, useState } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { WindowPortalId } from '../../shared/ipc/portals';
import { useNavigation } from '../state/navigation';
import { usePortals } from '../state/portals';
import { usePortalStart } from '../state/portalStart';
import { MENU_ITEM, type StartPage } from '../../shared/content/startPages';
import { useT, type Translate } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { portalActionsMessages as m } from './messages';
import './portals.css';

const ClearPortalDialog = lazy(async () => ({ default: (await import('./ClearPortalDialog')).ClearPortalDialog }));

type Status = { kind: 'ok' | 'bad'; text: string; toSettings?: boolean } | null;

/**
 * Where the window opens and why there (shared/content/startPages.ts decides), with the Log in
 * menu's item to choose while it shows Office Ally's site: Office Ally's words, in English.
 */
function StartSentence({ portalId, start, t }: { portalId: WindowPortalId; start: StartPage; t: Translate }) {
  const portal = PORTAL_NAMES[portalId];
  const logIn = <OfficeAllyName name="logIn" />;
  const hint = !start.hint
    ? null
    : portalId === 'patient-ally'
      ? t(m.startHintPatientAlly, { logIn })
      : t(m.startHint, {
          logIn,
          item: <OfficeAllyName name={MENU_ITEM[portalId]} />,
        });
  return (
    <>
      {t(m[`start.${start.source}`], { portal })}
      {hint && <> {hint}</>}
    </>
  );
}

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
  const t = useT();
  const run = async (action: () => ReturnType<typeof open>, done: string) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    setStatus(outcome.ok ? { kind: 'ok', text: done } : { kind: 'bad', text: outcome.error.message, toSettings: outcome.error.code === 'not_found' });
  };
  const openOwn = () => run(() => open(portalId), t(m.opened, { portal: name }));
  const openPrivate = () => run(() => open(portalId, true), t(m.openedPrivate, { portal: name }));
  const wipe = () => run(() => clear(portalId), t(m.cleared, { portal: name }));
  return (
    <div className="portal-window-actions">
      {(!only || only === 'open') && (
        <>
          <button type="button" disabled={busy} onClick={() => void openOwn()}>
            {t(m.open, { portal: name })}
          </button>
          <p className="hint portal-start">
            <StartSentence portalId={portalId} start={start} t={t} />{' '}
            <span className="source">{t(m.startAddress, { source: t(m[`source.${start.source}`]) })}</span>
          </p>
        </>
      )}
      {(!only || only === 'private') && (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void openPrivate()}>
          {t(m.openPrivate, { portal: name })}
        </button>
      )}
      {(!only || only === 'clear') && (
        <button type="button" className="button-secondary" disabled={busy} aria-haspopup="dialog" onClick={() => setConfirmingClear(true)}>
          {t(m.clear, { portal: name })}
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
                {t(m.goToSettings)}
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
