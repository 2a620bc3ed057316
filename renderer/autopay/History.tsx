import type { AutopayProduct } from '../../shared/content/autopay';
import { useT } from '../i18n/store';
import { useAutopayStore } from '../state/autopay';
import { useAutopayFormat } from './format';
import { autopayMessages as m } from './messages';

const NO_HISTORY: never[] = [];
const CHANGE_LABEL = { enrolled: m['change.enrolled'], changed: m['change.changed'], cancelled: m['change.cancelled'] } as const;

/** Every recorded change for this product, newest first. */
export function History({ product }: { product: AutopayProduct }) {
  const history = useAutopayStore((s) => s.record?.history ?? NO_HISTORY).filter((entry) => entry.product === product.id);
  const t = useT();
  const { describeMethod, formatWhen } = useAutopayFormat();
  return (
    <section className="card" aria-labelledby="autopay-history-title">
      <h3 id="autopay-history-title">{t(m.historyTitle, { product: <span lang="en">{product.name}</span> })}</h3>
      {history.length === 0 ? (
        <p className="muted">{t(m.historyNone)}</p>
      ) : (
        <table className="autopay-history">
          <thead>
            <tr>
              <th scope="col">{t(m.historyWhen)}</th>
              <th scope="col">{t(m.historyChange)}</th>
              <th scope="col">{t(m.historyMethod)}</th>
              <th scope="col">{t(m.historyBy)}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{formatWhen(entry.at)}</td>
                <td>{t(CHANGE_LABEL[entry.change])}</td>
                <td>{describeMethod(entry) || '—'}</td>
                <td>{entry.profile?.name ?? t(m.historyNoProfile)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
