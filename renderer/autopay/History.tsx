import type { AutopayProduct } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
import { describeMethod, formatWhen } from './format';

const NO_HISTORY: never[] = [];
const CHANGE_LABEL = { enrolled: 'Enrolled', changed: 'Payment method changed', cancelled: 'Cancelled' } as const;

/** Every recorded change for this product, newest first. */
export function History({ product }: { product: AutopayProduct }) {
  const history = useAutopayStore((s) => s.record?.history ?? NO_HISTORY).filter((entry) => entry.product === product.id);
  return (
    <section className="card" aria-labelledby="autopay-history-title">
      <h3 id="autopay-history-title">History for {product.name}</h3>
      {history.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <table className="autopay-history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col">Method</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{formatWhen(entry.at)}</td>
                <td>{CHANGE_LABEL[entry.change]}</td>
                <td>{describeMethod(entry) || '—'}</td>
                <td>{entry.profile?.name ?? 'No profile unlocked'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
