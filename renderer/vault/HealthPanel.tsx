import { useEffect, useState } from 'react';
import type { EntryHealth } from '../../shared/ipc/vault';
import { useVault } from '../state/vault';
import { ProblemMessage } from '../ui/Message';

const SCORE_WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];
const ISSUE_TEXT: Record<EntryHealth['issues'][number], string> = {
  weak: 'Easy to guess. Use the generator for a stronger one.',
  reused: 'Used for more than one login. Each login needs its own password.',
  'practice-name': 'Contains the practice name — easily guessed.',
  'npi-like': 'Contains a 10-digit number like an NPI — easily guessed.',
  old: 'Not changed within your rotation period. Change it in the portal, then update it here.',
};

/** Seed 001's password advice applied to every saved password. */
export function HealthPanel() {
  const load = useVault((s) => s.health);
  const rotationDays = useVault((s) => s.status?.settings?.rotationDays ?? 90);
  const [health, setHealth] = useState<EntryHealth[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void load().then((reply) => (reply.ok ? setHealth(reply.data) : setError(reply.error.message)));
  }, [load]);
  if (error) return <ProblemMessage>{error}</ProblemMessage>;
  if (!health) return <p role="status">Checking your passwords…</p>;
  if (health.length === 0) return <p className="muted">No passwords saved yet.</p>;
  const problems = health.filter((h) => h.issues.length > 0).length;
  return (
    <div>
      <p className={problems ? 'status-warn' : 'status-ok'}>
        {problems
          ? `${problems} of ${health.length} password${health.length === 1 ? '' : 's'} ${problems === 1 ? 'needs' : 'need'} attention.`
          : health.length === 1
            ? 'Your password looks healthy.'
            : `All ${health.length} passwords look healthy.`}{' '}
        Change each one every {rotationDays} days.
      </p>
      <ul className="vault-entries">
        {health.map((h) => (
          <li key={h.id} className="card">
            <h3>{h.title}</h3>
            <p>
              Strength: <strong>{SCORE_WORDS[h.score]}</strong> ({h.score} of 4) · changed {h.ageDays} days ago
            </p>
            {h.issues.length > 0 && (
              <ul>
                {h.issues.map((issue) => (
                  <li key={issue}>{ISSUE_TEXT[issue]}</li>
                ))}
              </ul>
            )}
            {h.warning && <p className="hint">{h.warning}</p>}
            {h.suggestions.map((s) => (
              <p key={s} className="hint">
                {s}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
