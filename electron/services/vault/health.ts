import type { EntryHealth, VaultSettings } from '../../../shared/ipc/vault';
import { loadStrengthChecker } from './strength';

export interface HealthInput {
  id: string;
  title: string;
  password: string;
  passwordChangedAt: number;
}

const DAY = 24 * 3600 * 1000;
// Ten digits standing alone (not part of a longer number) look like an NPI (seed 001: no "NPI numbers").
const NPI_LIKE = /(?<!\d)\d{10}(?!\d)/;

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Seed 001's password advice, checked per entry: strength, reuse, practice name, NPI-like numbers, age. */
export async function passwordHealth(entries: HealthInput[], settings: VaultSettings, now: number): Promise<EntryHealth[]> {
  const check = await loadStrengthChecker();
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.password, (counts.get(entry.password) ?? 0) + 1);
  const practice = normalize(settings.practiceName);
  return entries.map((entry) => {
    const result = check(entry.password.slice(0, 200));
    const issues: EntryHealth['issues'] = [];
    if (result.score < 3) issues.push('weak');
    if ((counts.get(entry.password) ?? 0) > 1) issues.push('reused');
    if (practice.length >= 3 && normalize(entry.password).includes(practice)) issues.push('practice-name');
    if (NPI_LIKE.test(entry.password)) issues.push('npi-like');
    const ageDays = Math.floor((now - entry.passwordChangedAt) / DAY);
    if (ageDays > settings.rotationDays) issues.push('old');
    return {
      id: entry.id,
      title: entry.title,
      score: result.score,
      warning: result.feedback.warning ?? '',
      suggestions: result.feedback.suggestions,
      issues,
      ageDays,
    };
  });
}
