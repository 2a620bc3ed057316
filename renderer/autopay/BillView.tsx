import { AUTOPAY_FLAVORS, localizedAutopay, type AutopayProduct } from '../../shared/content/autopay';
import type { AutopayProductStatus } from '../../shared/ipc/autopay';
import { useContent, useT } from '../i18n/store';
import { useAutopayStore } from '../state/autopay';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { WithNames } from '../ui/WithNames';
import { useAutopayFormat } from './format';
import { History } from './History';
import { autopayMessages as m } from './messages';

/** The product's Pay Bill screen as AllyDesk shows it: route, status box in the seed's words, next step. */
export function BillView({ product, status }: { product: AutopayProduct; status: AutopayProductStatus }) {
  const guide = AUTOPAY_FLAVORS[product.flavor];
  const texts = localizedAutopay(useContent());
  const show = useAutopayStore((s) => s.show);
  const t = useT();
  const { describeMethod, formatWhen } = useAutopayFormat();
  const productName = <span lang="en">{product.name}</span>;
  return (
    <>
      <Notice product={product} />
      <section className="card" aria-labelledby="autopay-route-title">
        <h3 id="autopay-route-title">{t(m.routeTitle, { product: productName })}</h3>
        <ol className="autopay-route">
          <li>{t(m.routeLogIn)}</li>
          <li>
            {product.route.map((step, index) => (
              <span key={step.target}>
                {index > 0 && ' '}
                {t(m[`verb.${step.verb}`])}{' '}
                <strong>
                  <OfficeAllyName label={step.target} />
                </strong>
                {step.where ? ` ${texts.classicMenuWhere}` : ''}
              </span>
            ))}
            .
          </li>
          <li>
            {t(m.routeLast, {
              screen: (
                <strong>
                  <OfficeAllyName label={product.billScreen} />
                </strong>
              ),
              button: (
                <strong>
                  <OfficeAllyName label={status.enrolled ? guide.editCancelButton : guide.enrollButton} />
                </strong>
              ),
            })}
          </li>
        </ol>
      </section>
      <section className="card" aria-labelledby="autopay-status-title">
        <h3 id="autopay-status-title">{t(m.statusTitle)}</h3>
        {status.enrolled ? (
          <p className="status-ok">
            <OfficeAllyName label={guide.enrolledBox} />
          </p>
        ) : (
          <p className={guide.notEnrolledTone === 'bad' ? 'status-bad' : 'status-warn'}>
            {guide.notEnrolledTone === 'warn' && <span aria-hidden="true">⚠ </span>}
            <OfficeAllyName label={guide.notEnrolledBox} />
          </p>
        )}
        {status.enrolled && (
          <p className="autopay-on-file">
            {t(status.profile ? m.onFileBy : m.onFile, {
              method: <strong>{describeMethod(status)}</strong>,
              when: formatWhen(status.since),
              name: status.profile?.name ?? '',
            })}
          </p>
        )}
        <ul className="autopay-notes">
          <li>{texts.amountDue}</li>
          <li>{texts.paymentDelay}</li>
        </ul>
        <div className="autopay-actions">
          {status.enrolled ? (
            <>
              <button type="button" onClick={() => show('manage')}>
                <OfficeAllyName label={guide.editCancelButton} />
              </button>
              <button type="button" className="button-secondary" onClick={() => show('enroll')}>
                {t(m.changeMethod)}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => show('enroll')}>
              <OfficeAllyName label={guide.enrollButton} />
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
  const texts = localizedAutopay(useContent());
  const t = useT();
  if (!notice) return null;
  return (
    <section className={`card autopay-notice autopay-notice-${notice}`} role="status" aria-labelledby="autopay-notice-title">
      <h3 id="autopay-notice-title">{t(notice === 'enrolled' ? m.noticeEnrolled : m.noticeCancelled)}</h3>
      {notice === 'enrolled' ? (
        <>
          <div className="status-ok autopay-confirmation">
            <OfficeAllyName label={guide.enrollConfirmation} />
            <button type="button" className="button-quiet" onClick={dismiss}>
              {t(m.close)}
            </button>
          </div>
          <p>
            <strong>{t(m.checkIt)}</strong> <WithNames text={texts.enrollVerify[product.flavor]} />
          </p>
        </>
      ) : (
        <>
          <p>{t(m.cancelledRecorded, { product: <span lang="en">{product.name}</span> })}</p>
          <p>
            <strong>{t(m.checkIt)}</strong> <WithNames text={texts.cancelVerify[product.flavor]} />
          </p>
          <button type="button" className="button-quiet" onClick={dismiss}>
            {t(m.close)}
          </button>
        </>
      )}
    </section>
  );
}
