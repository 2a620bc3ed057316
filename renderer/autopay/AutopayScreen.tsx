import { RadioGroup } from '../ui/RadioGroup';
import { useEffect, useRef } from 'react';
import { AUTOPAY_FLAVORS, AUTOPAY_PRODUCTS, AUTOPAY_SOURCE, autopayProduct, type AutopayProductId } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
import { BillView } from './BillView';
import { SeenInPortal } from './SeenInPortal';
import { CancelClassic } from './CancelClassic';
import { CancelNew } from './CancelNew';
import { EnrollForm } from './EnrollForm';
import { useAutopayFormat } from './format';
import { autopayMessages as m } from './messages';
import { useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import './autopay.css';

/** Autopay: pick the product, see its route and status, enroll or cancel the way that portal does it. */
export function AutopayScreen() {
  const record = useAutopayStore((s) => s.record);
  const loadError = useAutopayStore((s) => s.loadError);
  const load = useAutopayStore((s) => s.load);
  const productId = useAutopayStore((s) => s.product);
  const select = useAutopayStore((s) => s.select);
  const t = useT();
  const { describeMethod } = useAutopayFormat();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="autopay-title" className="autopay">
      <h2 id="autopay-title">{t(m.title)}</h2>
      <p>{t(m.intro)}</p>
      {loadError && (
        <p role="alert" className="status-bad">
          {loadError}
        </p>
      )}
      <div className="card">
        <p id="autopay-product-label" className="field-group-label">
          {t(m.productQuestion)}
        </p>
        <RadioGroup.Root
          className="autopay-products"
          aria-labelledby="autopay-product-label"
          value={productId ?? ''}
          onValueChange={(value) => select(value as AutopayProductId)}
        >
          {AUTOPAY_PRODUCTS.map((product) => {
            const status = record?.products[product.id];
            return (
              <RadioGroup.Item key={product.id} value={product.id} className="autopay-product">
                <span className="autopay-product-name" lang="en">
                  {product.name}
                </span>
                <span className={`autopay-product-status ${status?.enrolled ? 'is-on' : ''}`}>
                  {status?.enrolled ? t(m.statusOn, { method: describeMethod(status) }) : t(m.statusOff)}
                </span>
              </RadioGroup.Item>
            );
          })}
        </RadioGroup.Root>
      </div>
      {productId && record && <ProductPanel productId={productId} />}
      <p className="source">{t(m.source, { file: AUTOPAY_SOURCE })}</p>
    </section>
  );
}

function ProductPanel({ productId }: { productId: AutopayProductId }) {
  const product = autopayProduct(productId);
  const status = useAutopayStore((s) => s.record!.products[productId]);
  const view = useAutopayStore((s) => s.view);
  const show = useAutopayStore((s) => s.show);
  const notice = useAutopayStore((s) => s.notice);
  const heading = useRef<HTMLHeadingElement>(null);
  const guide = AUTOPAY_FLAVORS[product.flavor];
  const firstRender = useRef(true);
  const t = useT();
  const productName = <span lang="en">{product.name}</span>;

  // Move focus to the new view's heading so keyboard and screen-reader users land where the change happened.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [view, notice]);

  const title =
    view === 'enroll'
      ? product.flavor === 'new'
        ? t(m.titleEnrollNew, { page: <OfficeAllyName label={guide.settingsPage} />, product: productName })
        : t(m.titleScreen, { screen: <OfficeAllyName name="setUpAutopay" />, product: productName })
      : t(m.titleScreen, { screen: <OfficeAllyName label={view === 'manage' ? guide.editCancelButton : product.billScreen} />, product: productName });

  return (
    <div className="autopay-panel">
      <h2 id="autopay-view-title" tabIndex={-1} ref={heading} className="autopay-view-title">
        {title}
      </h2>
      <SeenInPortal productId={productId} />
      {view === 'bill' && <BillView product={product} status={status} />}
      {view === 'enroll' && <EnrollForm product={product} />}
      {view === 'manage' && (
        <>
          {status.enrolled ? (
            product.flavor === 'new' ? (
              <CancelNew product={product} />
            ) : (
              <CancelClassic product={product} />
            )
          ) : (
            <p className="status-warn">
              <OfficeAllyName label={guide.notEnrolledBox} />
            </p>
          )}
          <button type="button" className="button-secondary" onClick={() => show('bill')}>
            {t(m.backTo, { screen: <OfficeAllyName label={product.billScreen} /> })}
          </button>
        </>
      )}
    </div>
  );
}
