import { AUTOPAY_FLAVORS, AUTOPAY_NOTES, type AutopayProduct } from '../../shared/content/autopay';
import type { AutopayProductStatus } from '../../shared/ipc/autopay';
import { useAutopayStore } from '../state/autopay';
import { describeMethod, formatWhen } from './format';
import { History } from './History';

/** The product's Pay Bill screen as AllyDesk shows it: route, status box in the seed's words, next step. */
export function BillView({ product, status }: { product: AutopayProduct; status: AutopayProductStatus }) {
  const guide = AUTOPAY_FLAVORS[product.flavor];
  const show = useAutopayStore((s) => s.show);
  return (
    <>
      <Notice product={product} />
      <section className="card" aria-labelledby="autopay-route-title">
        <h3 id="autopay-route-title">Where to find it in {product.name}</h3>
        <ol className="autopay-route">
          <li>Log into your Office Ally Account.</li>
          <li>
            {product.route.map((step, index) => (
              <span key={step.target}>
                {index > 0 && ' '}
                {step.verb} <strong>{step.target}</strong>
                {step.where ? ` ${step.where}` : ''}
              </span>
            ))}
            .
          </li>
          <li>
            On the <strong>{product.billScreen}</strong> screen click on <strong>{status.enrolled ? guide.editCancelButton : guide.enrollButton}</strong>.
          </li>
        </ol>
      </section>
      <section className="card" aria-labelledby="autopay-status-title">
        <h3 id="autopay-status-title">Autopay status (AllyDesk’s record)</h3>
        {status.enrolled ? (
          <p className="status-ok">{guide.enrolledBox}</p>
        ) : (
          <p className={guide.notEnrolledTone === 'bad' ? 'status-bad' : 'status-warn'}>
            {guide.notEnrolledTone === 'warn' && <span aria-hidden="true">⚠ </span>}
            {guide.notEnrolledBox}
          </p>
        )}
        {status.enrolled && (
          <p className="autopay-on-file">
            On file: <strong>{describeMethod(status)}</strong>, recorded {formatWhen(status.since)}
            {status.profile ? ` by ${status.profile.name}` : ''}.
          </p>
        )}
        <ul className="autopay-notes">
          <li>{AUTOPAY_NOTES.amountDue}</li>
          <li>{AUTOPAY_NOTES.paymentDelay}</li>
        </ul>
        <div className="autopay-actions">
          {status.enrolled ? (
            <>
              <button type="button" onClick={() => show('manage')}>
                {guide.editCancelButton}
              </button>
              <button type="button" className="button-secondary" onClick={() => show('enroll')}>
                Change payment method
              </button>
            </>
          ) : (
            <button type="button" onClick={() => show('enroll')}>
              {guide.enrollButton}
            </button>
          )}
        </div>
      </section>
      <History product={product} />
    </>
  );
}

/** The portal's confirmation after a change, and how to check the change really happened. */
function Notice({ product }: { product: AutopayProduct }) {
  const notice = useAutopayStore((s) => s.notice);
  const dismiss = useAutopayStore((s) => s.dismissNotice);
  const guide = AUTOPAY_FLAVORS[product.flavor];
  if (!notice) return null;
  return (
    <section className={`card autopay-notice autopay-notice-${notice}`} role="status" aria-labelledby="autopay-notice-title">
      <h3 id="autopay-notice-title">{notice === 'enrolled' ? 'Saved: what the portal shows next' : 'Cancelled: what the portal shows next'}</h3>
      {notice === 'enrolled' ? (
        <>
          <div className="status-ok autopay-confirmation">
            <span>{guide.enrollConfirmation}</span>
            <button type="button" className="button-quiet" onClick={dismiss}>
              Close
            </button>
          </div>
          <p>
            <strong>Check it on the portal:</strong> {guide.enrollVerify}
          </p>
        </>
      ) : (
        <>
          <p>AllyDesk recorded that autopay is cancelled for {product.name}.</p>
          <p>
            <strong>Check it on the portal:</strong> {guide.cancelVerify}
          </p>
          <button type="button" className="button-quiet" onClick={dismiss}>
            Close
          </button>
        </>
      )}
    </section>
  );
}
