import { brandName } from '../../shared/validation/card';

interface MethodOnFile {
  method?: 'card' | 'ach';
  brand?: Parameters<typeof brandName>[0];
  accountType?: 'checking' | 'savings';
  last4?: string;
}

/** "Visa ending 1111" / "Checking account ending 6789". */
export function describeMethod(m: MethodOnFile): string {
  if (m.method === 'card') return `${m.brand ? brandName(m.brand) : 'Card'} ending ${m.last4}`;
  if (m.method === 'ach') return `${m.accountType === 'savings' ? 'Savings' : 'Checking'} account (ACH) ending ${m.last4}`;
  return '';
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatWhen = (ms: number) => when.format(ms);
