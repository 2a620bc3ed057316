import { useState } from 'react';
import { useVault } from '../state/vault';

/** Fills the password field with a random one meeting the composition baseline (no look-alike characters). */
export function GeneratePassword({ onGenerated }: { onGenerated(password: string): void }) {
  const generate = useVault((s) => s.generate);
  const [length, setLength] = useState(16);
  const [classes, setClasses] = useState({ upper: true, lower: true, digits: true, symbols: true });
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="vault-generate">
      <label htmlFor="vault-gen-length" className="vault-inline-label">
        Length
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
        Generate a strong password
      </button>
      <fieldset className="vault-classes">
        <legend className="visually-hidden">Characters to use in a generated password</legend>
        {(
          [
            ['upper', 'Capital letters'],
            ['lower', 'Small letters'],
            ['digits', 'Numbers'],
            ['symbols', 'Symbols'],
          ] as const
        ).map(([key, label]) => (
          <label key={key} className="vault-check">
            <input type="checkbox" checked={classes[key]} onChange={(e) => setClasses({ ...classes, [key]: e.target.checked })} /> {label}
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
