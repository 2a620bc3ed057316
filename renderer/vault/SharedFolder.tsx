import { AlertDialog } from 'radix-ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../shared/ipc';
import { bridge } from '../bridge';
import { SetByIt } from '../policy/SetByIt';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { ProblemMessage } from '../ui/Message';
import { useT } from '../i18n/store';
import { sharedFolderMessages as m } from './sharedFolderMessages';

type View = Output<'vault:sharedFolder'>;

/** Why a shared profile needs a long passphrase, in the language shown. */
export function SharedProtection({ className }: { className?: string }) {
  const t = useT();
  return <p className={className}>{t(m.protection)}</p>;
}

/** Settings: the practice's shared profiles folder (unless IT set it) and this computer's name. */
export function SharedFolderSettings() {
  const [view, setView] = useState<View | null>(null);
  const [folder, setFolder] = useState('');
  const [pcName, setPcName] = useState('');
  const [errors, setErrors] = useState<{ folder?: string; pcName?: string; form?: string }>({});
  const [saved, setSaved] = useState(false);
  const t = useT();

  useEffect(() => {
    void bridge()
      .invoke('vault:sharedFolder', undefined)
      .then((reply) => {
        if (!reply.ok) return setErrors({ form: reply.error.message });
        setView(reply.data);
        setFolder(reply.data.folder ?? '');
        setPcName(reply.data.pcName);
      });
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const reply = await bridge().invoke('vault:setSharedFolder', { folder: view?.fixedByPolicy ? view.folder : folder.trim() || null, pcName });
    if (!reply.ok) {
      setErrors({ folder: reply.error.fields?.folder, pcName: reply.error.fields?.pcName, form: reply.error.fields ? undefined : reply.error.message });
      return;
    }
    setErrors({});
    setView(reply.data);
    setSaved(true);
    await useVault.getState().load();
  }

  if (!view) return <ProblemMessage>{errors.form}</ProblemMessage>;
  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-labelledby="shared-folder-title">
      <h3 id="shared-folder-title">{t(m.title)}</h3>
      <p>{t(m.lead, { example: <code>\\server\AllyDesk</code> })}</p>
      <SharedProtection className="hint" />
      <Field
        id="shared-folder-path"
        label={t(m.folder)}
        error={errors.folder}
        announceError
        note={view.fixedByPolicy ? <SetByIt /> : undefined}
        hint={view.fixedByPolicy ? undefined : t(m.folderHint)}
      >
        <input
          value={view.fixedByPolicy ? (view.folder ?? '') : folder}
          readOnly={view.fixedByPolicy}
          onChange={(e) => setFolder(e.target.value)}
          spellCheck={false}
        />
      </Field>
      <Field id="shared-folder-pc-name" label={t(m.pcName)} hint={t(m.pcNameHint)} error={errors.pcName} announceError>
        <input value={pcName} onChange={(e) => setPcName(e.target.value)} maxLength={40} autoComplete="off" />
      </Field>
      {view.folder && (
        <p role="status" className={view.reachable ? 'hint' : 'status-warn'}>
          {t(view.reachable ? m.reachable : m.unreachable, { folder: view.folder })}
        </p>
      )}
      <ProblemMessage>{errors.form}</ProblemMessage>
      <button type="submit">{t(m.save)}</button>
      {saved && (
        <p role="status" className="hint">
          {t(m.saved)}
        </p>
      )}
    </form>
  );
}

/** The share is out of reach: the unlocked profile (or the picker) works from this PC's encrypted copy. */
export function SharedFolderBanner() {
  const shared = useVault((s) => s.status?.sharedFolder);
  const t = useT();
  if (!shared || shared.reachable) return null;
  return (
    <div role="status" className="vault-protection status-warn">
      {t(shared.pending ? m.bannerPending : m.banner, { path: shared.path })}
    </div>
  );
}

/** In the unlocked profile's settings: move it into the shared folder, or back to this computer only (its owner agrees). */
export function MoveProfile() {
  const status = useVault((s) => s.status);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const t = useT();
  const unlocked = status?.unlocked;
  if (!status?.sharedFolder || !unlocked) return null;
  const isShared = status.profiles.find((p) => p.id === unlocked.profileId)?.shared === true;
  const channel = isShared ? 'vault:moveToThisComputer' : 'vault:moveToShared';

  async function move() {
    const reply = await bridge().invoke(channel, undefined);
    if (!reply.ok) return setError(reply.error.message);
    useVault.setState({ status: reply.data });
    setOpen(false);
    setDone(t(isShared ? m.movedLocal : m.movedShared));
  }

  return (
    <div className="card">
      <h3>{t(m.whereTitle)}</h3>
      <p>{isShared ? `${t(m.whereShared, { path: status.sharedFolder.path })} ${t(m.protection)}` : t(m.whereLocal)}</p>
      {done && <p role="status">{done}</p>}
      <AlertDialog.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          setError(undefined);
        }}
      >
        <AlertDialog.Trigger asChild>
          <button type="button" className="button-secondary">
            {t(isShared ? m.moveLocalTrigger : m.moveSharedTrigger)}
          </button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog-content">
            <AlertDialog.Title>{t(isShared ? m.moveLocalTitle : m.moveSharedTitle)}</AlertDialog.Title>
            <AlertDialog.Description>{isShared ? t(m.moveLocalText) : `${t(m.moveSharedText)} ${t(m.protection)}`}</AlertDialog.Description>
            <ProblemMessage>{error}</ProblemMessage>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="button-quiet">
                  {t(m.leave)}
                </button>
              </AlertDialog.Cancel>
              <button type="button" onClick={() => void move()}>
                {t(isShared ? m.moveLocal : m.moveShared)}
              </button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
