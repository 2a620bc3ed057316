import { PORTAL_NAMES } from '../../shared/content/ids';
import { Dialog } from 'radix-ui';
import { RadioGroup } from '../ui/RadioGroup';
import { useState, type FormEvent } from 'react';
import { PORTAL_CHOICES, type EntryFields, type EntrySummary, type PortalChoice } from '../../shared/ipc/vault';
import { describeHiddenCharacters, removeHiddenCharacters } from '../../shared/text/hiddenCharacters';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { GeneratePassword } from './GeneratePassword';
import { ProblemMessage } from '../ui/Message';

const CHOICE_LABELS: Record<PortalChoice, string> = { ...PORTAL_NAMES, custom: 'Another site (type its name)' };

interface Draft {
  kind: 'portal' | 'sftp';
  portal: PortalChoice;
  customName: string;
  url: string;
  host: string;
  port: string;
  username: string;
  password: string;
  notes: string;
}

const draftOf = (entry?: EntrySummary): Draft => ({
  kind: entry?.kind ?? 'portal',
  portal: entry?.portal ?? 'practice-mate',
  customName: entry?.customName ?? '',
  url: entry?.url ?? '',
  host: entry?.host ?? '',
  port: String(entry?.port ?? 22),
  username: entry?.username ?? '',
  password: '',
  notes: entry?.notes ?? '',
});

/** Add or edit a login. Hidden characters at either end are shown and removed with one click. */
export function EntryForm({ entry, open, onOpenChange }: { entry?: EntrySummary; open: boolean; onOpenChange(open: boolean): void }) {
  const saveEntry = useVault((s) => s.saveEntry);
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [hidden, setHidden] = useState<Record<string, string> | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const fields = (): EntryFields =>
    draft.kind === 'sftp'
      ? { kind: 'sftp', host: draft.host.trim(), port: Number(draft.port), username: draft.username, notes: draft.notes }
      : { kind: 'portal', portal: draft.portal, customName: draft.customName.trim(), url: draft.url.trim(), username: draft.username, notes: draft.notes };

  async function submit(keepHiddenCharacters: boolean) {
    const local: Record<string, string> = {};
    if (!draft.username) local.username = 'Enter the username.';
    if (!entry && !draft.password) local.password = 'Enter the password.';
    if (draft.kind === 'sftp' && !/^\d+$/.test(draft.port)) local.port = 'Enter the port as a number (usually 22).';
    setErrors(local);
    if (Object.keys(local).length) return;
    if (!keepHiddenCharacters) {
      const found = Object.fromEntries(
        (['username', 'password'] as const).flatMap((k) => {
          const message = describeHiddenCharacters(draft[k]);
          return message ? [[k, message]] : [];
        }),
      );
      if (Object.keys(found).length) return setHidden(found);
    }
    setBusy(true);
    const result = await saveEntry({ ...(entry ? { id: entry.id } : {}), fields: fields(), password: draft.password, keepHiddenCharacters });
    setBusy(false);
    if (result.ok) {
      onOpenChange(false);
      return;
    }
    const fieldErrors = result.error.fields ?? {};
    if (fieldErrors.password?.startsWith('This contains') || fieldErrors.username?.startsWith('This contains')) setHidden(fieldErrors);
    else setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
    if (!result.error.fields) setErrors({ form: result.error.message });
  }

  function removeHidden() {
    set({ username: removeHiddenCharacters(draft.username), password: removeHiddenCharacters(draft.password) });
    setHidden(null);
  }

  const title = entry ? `Edit ${entry.title}` : 'Add a login';
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content vault-dialog" aria-describedby={undefined}>
          <Dialog.Title>{title}</Dialog.Title>
          <form
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void submit(false);
            }}
          >
            {!entry && (
              <fieldset className="vault-kind">
                <legend>What kind of login?</legend>
                <RadioGroup.Root
                  className="radio-group"
                  value={draft.kind}
                  onValueChange={(kind) => set({ kind: kind as Draft['kind'] })}
                  aria-label="Kind of login"
                >
                  {(
                    [
                      ['portal', 'Portal web login'],
                      ['sftp', 'SFTP integration'],
                    ] as const
                  ).map(([value, label]) => (
                    <RadioGroup.Option key={value} value={value} id={`vault-kind-${value}`} label={label} />
                  ))}
                </RadioGroup.Root>
              </fieldset>
            )}
            {draft.kind === 'portal' ? (
              <>
                <Field id="vault-entry-portal" label="Portal">
                  <select value={draft.portal} onChange={(e) => set({ portal: e.target.value as PortalChoice })}>
                    {PORTAL_CHOICES.map((p) => (
                      <option key={p} value={p}>
                        {CHOICE_LABELS[p]}
                      </option>
                    ))}
                  </select>
                </Field>
                {draft.portal === 'custom' && (
                  <Field id="vault-entry-name" label="Name of the site" error={errors.customName}>
                    <input value={draft.customName} onChange={(e) => set({ customName: e.target.value })} maxLength={80} />
                  </Field>
                )}
                <Field
                  id="vault-entry-url"
                  label={draft.portal === 'custom' ? 'Login address' : 'Login address (optional)'}
                  error={errors.url}
                  hint="Starts with https://. Leave empty to use the address AllyDesk knows."
                >
                  <input type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} inputMode="url" />
                </Field>
              </>
            ) : (
              <>
                <p className="hint">SFTP credentials are generated by Office Ally for your practice software. They are different from your web login.</p>
                <Field id="vault-entry-host" label="SFTP host" error={errors.host}>
                  <input value={draft.host} onChange={(e) => set({ host: e.target.value })} autoComplete="off" />
                </Field>
                <Field id="vault-entry-port" label="Port" error={errors.port}>
                  <input value={draft.port} onChange={(e) => set({ port: e.target.value })} inputMode="numeric" className="vault-port" />
                </Field>
              </>
            )}
            <Field id="vault-entry-username" label="Username" error={errors.username ?? hidden?.username}>
              <input
                value={draft.username}
                onChange={(e) => {
                  set({ username: e.target.value });
                  setHidden(null);
                }}
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
            <Field
              id="vault-entry-password"
              label={entry ? 'New password (leave empty to keep the current one)' : 'Password'}
              error={errors.password ?? hidden?.password}
            >
              <input
                type={showPassword ? 'text' : 'password'}
                value={draft.password}
                onChange={(e) => {
                  set({ password: e.target.value });
                  setHidden(null);
                }}
                autoComplete="new-password"
                spellCheck={false}
              />
            </Field>
            {hidden && (
              <div className="status-warn vault-hidden" role="alert">
                <p>Hidden characters found. Portals count them as part of the login, so it would be rejected.</p>
                <div className="vault-actions">
                  <button type="button" onClick={removeHidden}>
                    Remove hidden characters
                  </button>
                  <button type="button" className="button-quiet" onClick={() => void submit(true)}>
                    Keep them and save
                  </button>
                </div>
              </div>
            )}
            <div className="vault-actions vault-inline">
              <label className="vault-check">
                <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> Show password
              </label>
              <GeneratePassword
                onGenerated={(password) => {
                  set({ password });
                  setShowPassword(true);
                  setHidden(null);
                }}
              />
            </div>
            <Field id="vault-entry-notes" label="Notes (optional, kept encrypted)">
              <textarea value={draft.notes} onChange={(e) => set({ notes: e.target.value })} maxLength={4000} />
            </Field>
            <ProblemMessage>{errors.form}</ProblemMessage>
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button-quiet">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" disabled={busy}>
                {busy ? 'Saving…' : 'Save login'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
