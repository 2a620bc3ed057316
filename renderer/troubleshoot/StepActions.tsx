import { RadioGroup } from '../ui/RadioGroup';
import { useId, useState } from 'react';
import type { StepAction } from '../../shared/content/symptomPaths';
import { useNavigation } from '../state/navigation';
import { useTroubleshoot } from '../state/troubleshoot';
import { HiddenCharacterChecker } from './HiddenCharacterChecker';
import type { ScreenId } from '../../shared/content/ids';
import type { Result } from '../state/result';
import { openExternal, startTwoFactorWait, startLockoutTimer } from './links';
import { PortalSelect } from './PortalSelect';
import { WINDOW_PORTAL_IDS, type WindowPortalId } from '../../shared/content/ids';
import { PortalWindowActions } from '../portals/PortalWindowActions';
import { DoneMessage } from '../ui/Message';
import { useT } from '../i18n/store';
import { troubleshootMessages as m } from './messages';

function TimerAction({ kind }: { kind: 'startLockout' | 'startTwoFactorWait' }) {
  const portalId = useTroubleshoot((s) => s.portalId);
  const [minutes, setMinutes] = useState<'15' | '30'>('30');
  const [result, setResult] = useState<Result<void> | null>(null);
  const [portalError, setPortalError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const minutesLabel = useId();
  const t = useT();

  const start = async () => {
    if (!portalId) {
      setPortalError(t(m.choosePortalForTimer));
      return;
    }
    setPortalError(undefined);
    setBusy(true);
    const outcome = kind === 'startLockout' ? await startLockoutTimer(portalId, minutes === '15' ? 15 : 30) : await startTwoFactorWait(portalId);
    setBusy(false);
    setResult(outcome);
  };
  return (
    <div className="trouble-action">
      <PortalSelect short error={portalError} />
      {kind === 'startLockout' && (
        <div className="field">
          <p id={minutesLabel} className="field-group-label">
            {t(m.howLong)}
          </p>
          <RadioGroup.Root className="radio-group" aria-labelledby={minutesLabel} value={minutes} onValueChange={(v) => setMinutes(v as '15' | '30')}>
            {(['15', '30'] as const).map((value) => (
              <RadioGroup.Option key={value} value={value} label={t(m.minutes, { minutes: Number(value) })} />
            ))}
          </RadioGroup.Root>
        </div>
      )}
      <button type="button" className="button-secondary" onClick={() => void start()} disabled={busy}>
        {t(kind === 'startLockout' ? m.startLockout : m.startTwoFactorWait)}
      </button>
      {result?.ok === true && <DoneMessage>{t(kind === 'startLockout' ? m.lockoutStarted : m.twoFactorStarted)}</DoneMessage>}
      {result?.ok === false && (
        <p className="field-error" role="alert">
          {result.error.message}
        </p>
      )}
    </div>
  );
}

function ScreenAction({ screen, label }: { screen: ScreenId; label: string }) {
  const go = useNavigation((s) => s.go);
  return (
    <button type="button" className="button-secondary" onClick={() => go(screen)}>
      {label}
    </button>
  );
}

function ExternalAction({ url, label }: { url: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="trouble-external">
      <button
        type="button"
        className="button-secondary"
        onClick={async () => {
          const result = await openExternal(url);
          setError(result.ok ? null : result.error.message);
        }}
      >
        {label}
      </button>
      <span className="trouble-url">{url.replace(/^https:\/\//, '')}</span>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The troubleshooter's cache and private-window steps, done in AllyDesk's own portal window for the chosen portal. */
function PortalWindowStepAction({ mode }: { mode: 'clear' | 'private' }) {
  const portalId = useTroubleshoot((s) => s.portalId);
  const windowed = (WINDOW_PORTAL_IDS as readonly string[]).includes(portalId);
  const t = useT();
  return (
    <div className="trouble-action">
      <PortalSelect short />
      {windowed ? (
        <PortalWindowActions portalId={portalId as WindowPortalId} only={mode} />
      ) : (
        <p className="trouble-note">{t(portalId ? m.sftpNoPage : mode === 'clear' ? m.choosePortalToClear : m.choosePortalToOpenPrivate)}</p>
      )}
    </div>
  );
}

/** The tools a step offers, each wired to where that capability lives. */
export function StepActions({ actions }: { actions: readonly StepAction[] }) {
  const checker = actions.some((action) => action.kind === 'checker');
  return (
    <div className="trouble-actions">
      {actions.map((action, index) => {
        switch (action.kind) {
          case 'checker':
            return null;
          case 'startLockout':
          case 'startTwoFactorWait':
            return <TimerAction key={index} kind={action.kind} />;
          case 'screen':
            return <ScreenAction key={index} screen={action.screen} label={action.label} />;
          case 'external':
            return <ExternalAction key={index} url={action.url} label={action.label} />;
          case 'portalWindow':
            return <PortalWindowStepAction key={index} mode={action.mode} />;
        }
      })}
      {checker && <HiddenCharacterChecker />}
    </div>
  );
}
