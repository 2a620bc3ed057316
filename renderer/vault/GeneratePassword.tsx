import { useState } from 'react';
import { useT } from '../i18n/store';
import { useVault } from '../state/vault';
import { loginsMessages as m } from './messages';

/** Fills the password field with a random one meeting the composition baseline (no look-alike characters). */
export function GeneratePassword({ onGenerated }: { onGenerated(password: string): void }) {
  const generate = useVault((s) => s.generate);
  const [length, setLength] = useState(16);
  const [classes, setClasses] = useState({ upper: true, lower: true, digits: true, symbols: true });
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  return (
    <div className="vault-generate">
      <label htmlFor="vault-gen-length" className="vault-inline-label">
        {t(m.length)}
      </label>
      <input id="vault-gen-length" type="number" min={12} max={64} value={length} onChange={(e) => setLength(Number(e.target.value))} className="vault-port" />
      <button
        type="button"
        className="button-secondary"
        onClick={async () => {
          const result = await generate({ length, ...classes });
          if (result.ok) {
            setError(null);
            onGenerated(result.data.password);
          } else setError(result.error.message);
        }}
      >
        {t(m.generate)}
      </button>
      <fieldset className="vault-classes">
        <legend className="visually-hidden">{t(m.classes)}</legend>
        {(['upper', 'lower', 'digits', 'symbols'] as const).map((key) => (
          <label key={key} className="vault-check">
            <input type="checkbox" checked={classes[key]} onChange={(e) => setClasses({ ...classes, [key]: e.target.checked })} /> {t(m[`class.${key}`])}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
