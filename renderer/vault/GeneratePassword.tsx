import { useState } from 'react';
import { useVault } from '../state/vault';

/** Fills the password field with a random one meeting the composition baseline (no look-alike characters). */
export function GeneratePassword({ onGenerated }: { onGenerated(password: string): void }) {
  const generate = useVault((s) => s.generate);
  const [length, setLength] = useState(16);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="vault-generate">
      <label htmlFor="vault-gen-length" className="vault-inline-label">Length</label>
      <input id="vault-gen-length" type="number" min={12} max={64} value={length} onChange={(e) => setLength(Number(e.target.value))} className="vault-port" />
      <button
        type="button"
        className="button-secondary"
        onClick={async () => {
          const result = await generate({ length });
          if (result.ok) {
            setError(null);
            onGenerated(result.password);
          } else setError(result.message);
        }}
      >
        Generate a strong password
      </button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
