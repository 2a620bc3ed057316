import { PORTAL_NAMES } from '../../shared/content/ids';
import { Dialog } from 'radix-ui';
import { RadioGroup } from '../ui/RadioGroup';
import { useState, type FormEvent } from 'react';
import { PORTAL_CHOICES, type EntryFields, type EntrySummary, type PortalChoice } from '../../shared/ipc/vault';
import { removeHiddenCharacters } from '../../shared/text/hiddenCharacters';
import { describeHidden } from './describeHidden';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { GeneratePassword } from './GeneratePassword';
import { ProblemMessage } from '../ui/Message';
import { useT } from '../i18n/store';
import { loginsMessages as m } from './messages';

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
  const t = useT();
  // Portal names are Office Ally's product names, the same in every language.
  const choiceLabel = (p: PortalChoice) => (p === 'custom' ? t(m.otherSite) : PORTAL_NAMES[p]);

  const fields = (): EntryFields =>
    draft.kind === 'sftp'
      ? { kind: 'sftp', host: draft.host.trim(), port: Number(draft.port), username: draft.username, notes: draft.notes }
      : { kind: 'portal', portal: draft.portal, customName: draft.customName.trim(), url: draft.url.trim(), username: draft.username, notes: draft.notes };

  async function submit(keepHiddenCharacters: boolean) {
    const local: Record<string, string> = {};
    if (!draft.username) local.username = t(m.enterUsername);
    if (!entry && !draft.password) local.password = t(m.enterPassword);
    if (draft.kind === 'sftp' && !/^\d+$/.test(draft.port)) local.port = t(m.portNumber);
    setErrors(local);
    if (Object.keys(local).length) return;
    if (!keepHiddenCharacters) {
      const found = Object.fromEntries(
        (['username', 'password'] as const).flatMap((k) => {
          const message = describeHidden(t, draft[k]);
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

  const title = entry ? t(m.editTitle, { title: entry.title }) : t(m.add);
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
                <legend>{t(m.kind)}</legend>
                <RadioGroup.Root
                  className="radio-group"
                  value={draft.kind}
                  onValueChange={(kind) => set({ kind: kind as Draft['kind'] })}
                  aria-label={t(m.kindLabel)}
                >
                  {(['portal', 'sftp'] as const).map((value) => (
                    <RadioGroup.Option key={value} value={value} id={`vault-kind-${value}`} label={t(m[`kind.${value}`])} />
                  ))}
                </RadioGroup.Root>
              </fieldset>
            )}
            {draft.kind === 'portal' ? (
              <>
                <Field id="vault-entry-portal" label={t(m.portal)}>
                  <select value={draft.portal} onChange={(e) => set({ portal: e.target.value as PortalChoice })}>
                    {PORTAL_CHOICES.map((p) => (
                      <option key={p} value={p}>
                        {choiceLabel(p)}
                      </option>
                    ))}
                  </select>
                </Field>
                {draft.portal === 'custom' && (
                  <Field id="vault-entry-name" label={t(m.siteName)} error={errors.customName}>
                    <input value={draft.customName} onChange={(e) => set({ customName: e.target.value })} maxLength={80} />
                  </Field>
                )}
                <Field
                  id="vault-entry-url"
                  label={t(draft.portal === 'custom' ? m.loginAddress : m.loginAddressOptional)}
                  error={errors.url}
                  hint={t(m.loginAddressHint)}
                >
                  <input type="url" value={draft.url} onChange={(e) => set({ url: e.target.value })} inputMode="url" />
                </Field>
              </>
            ) : (
              <>
                <p className="hint">{t(m.sftpHint)}</p>
                <Field id="vault-entry-host" label={t(m.sftpHost)} error={errors.host}>
                  <input value={draft.host} onChange={(e) => set({ host: e.target.value })} autoComplete="off" />
                </Field>
                <Field id="vault-entry-port" label={t(m.port)} error={errors.port}>
                  <input value={draft.port} onChange={(e) => set({ port: e.target.value })} inputMode="numeric" className="vault-port" />
                </Field>
              </>
            )}
            <Field id="vault-entry-username" label={t(m.username)} error={errors.username ?? hidden?.username}>
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
            <Field id="vault-entry-password" label={t(entry ? m.newPassword : m.password)} error={errors.password ?? hidden?.password}>
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
                <p>{t(m.hiddenFound)}</p>
                <div className="vault-actions">
                  <button type="button" onClick={removeHidden}>
                    {t(m.removeHidden)}
                  </button>
                  <button type="button" className="button-quiet" onClick={() => void submit(true)}>
                    {t(m.keepHidden)}
                  </button>
                </div>
              </div>
            )}
            <div className="vault-actions vault-inline">
              <label className="vault-check">
                <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> {t(m.showPassword)}
              </label>
              <GeneratePassword
                onGenerated={(password) => {
                  set({ password });
                  setShowPassword(true);
                  setHidden(null);
                }}
              />
            </div>
            <Field id="vault-entry-notes" label={t(m.notesOptional)}>
              <textarea value={draft.notes} onChange={(e) => set({ notes: e.target.value })} maxLength={4000} />
            </Field>
            <ProblemMessage>{errors.form}</ProblemMessage>
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button-quiet">
                  {t(m.cancel)}
                </button>
              </Dialog.Close>
              <button type="submit" disabled={busy}>
                {t(busy ? m.saving : m.save)}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
