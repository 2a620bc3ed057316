import { useMemo } from 'react';
import { brandName } from '../../shared/validation/card';
import { useLocale, useT } from '../i18n/store';
import { autopayMessages as m } from './messages';

interface MethodOnFile {
  method?: 'card' | 'ach';
  brand?: Parameters<typeof brandName>[0];
  accountType?: 'checking' | 'savings';
  last4?: string;
}

/** How the Autopay screen writes a payment method ("Visa ending 1111") and a moment, in the language shown. */
export function useAutopayFormat() {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => {
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      describeMethod(method: MethodOnFile): string {
        const last4 = method.last4 ?? '';
        if (method.method === 'card') return t(m.cardEnding, { brand: method.brand ? brandName(method.brand) : t(m.card), last4 });
        if (method.method === 'ach') return t(method.accountType === 'savings' ? m.savingsEnding : m.checkingEnding, { last4 });
        return '';
      },
      formatWhen: (ms: number) => when.format(ms).replace(/\u202f/g, ' '),
    };
  }, [t, locale]);
}
