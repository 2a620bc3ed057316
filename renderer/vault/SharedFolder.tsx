import { AlertDialog } from 'radix-ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../shared/ipc';
import { bridge } from '../bridge';
import { SetByIt } from '../policy/SetByIt';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { ProblemMessage } from '../ui/Message';

type View = Output<'vault:sharedFolder'>;

export const SHARED_PROTECTION =
  'A profile in the shared folder is protected by its passphrase alone: one computer’s key store cannot seal a file that other front-desk PCs open, so choose a long passphrase.';

/** Settings: the practice's shared profiles folder (unless IT set it) and this computer's name. */
export function SharedFolderSettings() {
  const [view, setView] = useState<View | null>(null);
  const [folder, setFolder] = useState('');
  const [pcName, setPcName] = useState('');
  const [errors, setErrors] = useState<{ folder?: string; pcName?: string; form?: string }>({});
  const [saved, setSaved] = useState(false);

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
      <h3 id="shared-folder-title">Shared profiles folder</h3>
      <p>
        A folder every front-desk PC can reach — a Windows file share such as <code>\\server\AllyDesk</code>, or a folder OneDrive or Dropbox keeps. Every staff
        profile is kept there, encrypted, so staff unlock the same profile at any desk. When the folder cannot be reached, each PC works from its own encrypted
        copy and merges the changes once it is back.
      </p>
      <p className="hint">{SHARED_PROTECTION}</p>
      <Field
        id="shared-folder-path"
        label="Folder"
        error={errors.folder}
        announceError
        note={view.fixedByPolicy ? <SetByIt /> : undefined}
        hint={view.fixedByPolicy ? undefined : 'Leave empty to keep profiles on this computer only.'}
      >
        <input
          value={view.fixedByPolicy ? (view.folder ?? '') : folder}
          readOnly={view.fixedByPolicy}
          onChange={(e) => setFolder(e.target.value)}
          spellCheck={false}
        />
      </Field>
      <Field
        id="shared-folder-pc-name"
        label="This computer’s name"
        hint="Shown in the activity log and beside profiles of the same name."
        error={errors.pcName}
        announceError
      >
        <input value={pcName} onChange={(e) => setPcName(e.target.value)} maxLength={40} autoComplete="off" />
      </Field>
      {view.folder && (
        <p role="status" className={view.reachable ? 'hint' : 'status-warn'}>
          {view.reachable ? `This computer can reach ${view.folder}.` : `This computer cannot reach ${view.folder} right now.`}
        </p>
      )}
      <ProblemMessage>{errors.form}</ProblemMessage>
      <button type="submit">Save shared folder settings</button>
      {saved && (
        <p role="status" className="hint">
          Saved.
        </p>
      )}
    </form>
  );
}

/** The share is out of reach: the unlocked profile (or the picker) works from this PC's encrypted copy. */
export function SharedFolderBanner() {
  const shared = useVault((s) => s.status?.sharedFolder);
  if (!shared || shared.reachable) return null;
  return (
    <div role="status" className="vault-protection status-warn">
      The shared profiles folder {shared.path} cannot be reached from this computer. You are working from this computer’s encrypted copy
      {shared.pending ? '; your changes are kept here and merged into the shared folder as soon as it is back.' : '; changes are merged once it is back.'}
    </div>
  );
}

/** In the unlocked profile's settings: move it into the shared folder, or back to this computer only (its owner agrees). */
export function MoveProfile() {
  const status = useVault((s) => s.status);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const unlocked = status?.unlocked;
  if (!status?.sharedFolder || !unlocked) return null;
  const isShared = status.profiles.find((p) => p.id === unlocked.profileId)?.shared === true;
  const channel = isShared ? 'vault:moveToThisComputer' : 'vault:moveToShared';

  async function move() {
    const reply = await bridge().invoke(channel, undefined);
    if (!reply.ok) return setError(reply.error.message);
    useVault.setState({ status: reply.data });
    setOpen(false);
    setDone(isShared ? 'Your profile is now on this computer only.' : 'Your profile is now in the shared folder.');
  }

  return (
    <div className="card">
      <h3>Where this profile is kept</h3>
      <p>
        {isShared
          ? `In the practice’s shared folder (${status.sharedFolder.path}): you can unlock it at every front-desk PC. ${SHARED_PROTECTION}`
          : 'On this computer only. Move it into the practice’s shared folder to use it at every front-desk PC.'}
      </p>
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
            {isShared ? 'Move to this computer only…' : 'Move into the shared folder…'}
          </button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog-content">
            <AlertDialog.Title>{isShared ? 'Keep this profile on this computer only?' : 'Move this profile into the shared folder?'}</AlertDialog.Title>
            <AlertDialog.Description>
              {isShared
                ? 'Every login goes with it. Other front-desk PCs will no longer list it, and this computer’s key store protects it again.'
                : `Every login goes with it, and you can then unlock it at every front-desk PC. ${SHARED_PROTECTION}`}
            </AlertDialog.Description>
            <ProblemMessage>{error}</ProblemMessage>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="button-quiet">
                  Leave it where it is
                </button>
              </AlertDialog.Cancel>
              <button type="button" onClick={() => void move()}>
                {isShared ? 'Move to this computer' : 'Move into the shared folder'}
              </button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
