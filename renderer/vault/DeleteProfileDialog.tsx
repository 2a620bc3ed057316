import { AlertDialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';

/** Deleting a profile needs its name typed: the only recovery from a forgotten passphrase. */
export function DeleteProfileDialog({ profileId, name }: { profileId: string; name: string }) {
  const deleteProfile = useVault((s) => s.deleteProfile);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== name) {
      setError(`Type "${name}" exactly to confirm.`);
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
          Delete profile {name}…
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>Delete the profile “{name}”?</AlertDialog.Title>
          <AlertDialog.Description>
            All logins saved in this profile are deleted for good. This is recorded in the activity log. Type the profile name to confirm.
          </AlertDialog.Description>
          <form onSubmit={submit} noValidate>
            <Field id="vault-delete-name" label="Profile name" error={error}>
              <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            </Field>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="button-quiet">
                  Keep the profile
                </button>
              </AlertDialog.Cancel>
              <button type="submit" className="button-danger">
                Delete profile
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
