import { AlertDialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { useT } from '../i18n/store';
import { vaultMessages as m } from './messages';

/** Deleting a profile needs its name typed: the only recovery from a forgotten passphrase. */
export function DeleteProfileDialog({ profileId, name }: { profileId: string; name: string }) {
  const deleteProfile = useVault((s) => s.deleteProfile);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const t = useT();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== name) {
      setError(t(m.typeExactly, { name }));
      return;
    }
    const result = await deleteProfile(profileId, typed);
    if (result.ok) setOpen(false);
    else setError(result.error.fields?.confirmName ?? result.error.message);
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped('');
        setError(undefined);
      }}
    >
      <AlertDialog.Trigger asChild>
        <button type="button" className="button-quiet vault-danger-quiet">
          {t(m.deleteTrigger, { name })}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>{t(m.deleteTitle, { name })}</AlertDialog.Title>
          <AlertDialog.Description>{t(m.deleteText)}</AlertDialog.Description>
          <form onSubmit={submit} noValidate>
            <Field id="vault-delete-name" label={t(m.profileName)} error={error}>
              <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            </Field>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="button-quiet">
                  {t(m.keepProfile)}
                </button>
              </AlertDialog.Cancel>
              <button type="submit" className="button-danger">
                {t(m.deleteProfile)}
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
