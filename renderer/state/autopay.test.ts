import { beforeEach, describe, expect, it } from 'vitest';
import { AUTOPAY_PRODUCT_IDS, AUTOPAY_PRODUCTS } from '../../shared/content/autopay';
import type { AutopayState } from '../../shared/ipc/autopay';
import type { Result } from '../../shared/result';
import { classicCancelProblem } from '../../shared/validation/cancel';
import type { AutopayEnrollRecord } from '../../shared/validation/enrollment';
import { installFakeBridge } from '../testing/fakeBridge';
import { useAutopayStore } from './autopay';

const NOTHING_ON_FILE = (): AutopayState => ({
  products: Object.fromEntries(AUTOPAY_PRODUCT_IDS.map((id) => [id, { enrolled: false }])) as AutopayState['products'],
  history: [],
});
const VISA: AutopayEnrollRecord = { product: 'practice-mate', method: 'card', brand: 'visa', last4: '1111' };

/** Main's autopay service in miniature: it keeps the record and refuses a Classic cancel without the exact word. */
function fakeAutopayMain(record = NOTHING_ON_FILE()) {
  return (channel: string, input: unknown): Result<unknown> | undefined => {
    if (channel === 'autopay:state') return { ok: true, data: record };
    if (channel === 'autopay:enroll') {
      const { product, ...method } = input as AutopayEnrollRecord;
      record = { ...record, products: { ...record.products, [product]: { enrolled: true, ...method, since: 1, profile: null } } };
      return { ok: true, data: record };
    }
    if (channel === 'autopay:cancel') {
      const { product, classicCancelWord } = input as { product: AutopayEnrollRecord['product']; classicCancelWord?: string };
      const classic = AUTOPAY_PRODUCTS.find((p) => p.id === product)?.flavor === 'classic';
      const problem = classic ? classicCancelProblem(classicCancelWord ?? '') : null;
      if (problem) return { ok: false, error: { code: 'invalid_input', message: 'Please check the form.', fields: { classicCancelWord: problem } } };
      record = { ...record, products: { ...record.products, [product]: { enrolled: false } } };
      return { ok: true, data: record };
    }
    return undefined;
  };
}

const state = () => useAutopayStore.getState();
beforeEach(() => useAutopayStore.setState({ record: null, loadError: null, product: null, view: 'bill', notice: null }));

describe('autopay store', () => {
  it("loads the practice's record, or keeps main's message when it cannot", async () => {
    installFakeBridge(undefined, fakeAutopayMain());
    await state().load();
    expect(state()).toMatchObject({ record: NOTHING_ON_FILE(), loadError: null });

    installFakeBridge(undefined, { 'autopay:state': () => ({ ok: false, error: { code: 'internal', message: 'The autopay file could not be read.' } }) });
    await state().load();
    expect(state().loadError).toBe('The autopay file could not be read.');
  });

  it('an enrollment sends only the reduced record, then shows the bill with the portal’s confirmation', async () => {
    const bridge = installFakeBridge(undefined, fakeAutopayMain());
    state().select('practice-mate');
    state().show('enroll');
    expect(await state().enroll(VISA)).toEqual({ ok: true, data: undefined });
    expect(bridge.calls.filter((c) => c.channel === 'autopay:enroll').map((c) => c.input)).toEqual([VISA]);
    expect(state()).toMatchObject({
      view: 'bill',
      notice: 'enrolled',
      record: { products: { 'practice-mate': { enrolled: true, brand: 'visa', last4: '1111' } } },
    });
  });

  it("a refused enrollment returns main's message and leaves the user on the form", async () => {
    installFakeBridge(undefined, {
      'autopay:enroll': () => ({ ok: false, error: { code: 'locked', message: 'Unlock your Passwords profile so the change is recorded under your name.' } }),
    });
    state().select('ehr');
    state().show('enroll');
    expect(await state().enroll({ ...VISA, product: 'ehr' })).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Unlock your Passwords profile so the change is recorded under your name.' },
    });
    expect(state()).toMatchObject({ view: 'enroll', notice: null, record: null });
  });

  it('a Classic cancel carries the typed word exactly; a wrong word comes back as a message for that field', async () => {
    const bridge = installFakeBridge(undefined, fakeAutopayMain());
    await state().enroll(VISA);
    state().show('manage');
    const refused = await state().cancel('practice-mate', 'Cancel');
    expect(refused).toMatchObject({ ok: false, error: { fields: { classicCancelWord: /capital letters/ } } });
    expect(state()).toMatchObject({ view: 'manage', notice: null });

    expect(await state().cancel('practice-mate', 'cancel')).toEqual({ ok: true, data: undefined });
    expect(state()).toMatchObject({ view: 'bill', notice: 'cancelled', record: { products: { 'practice-mate': { enrolled: false } } } });
    expect(bridge.calls.filter((c) => c.channel === 'autopay:cancel').map((c) => c.input)).toEqual([
      { product: 'practice-mate', classicCancelWord: 'Cancel' },
      { product: 'practice-mate', classicCancelWord: 'cancel' },
    ]);
  });

  it('a Service Center (New) cancel sends no cancel word at all', async () => {
    const bridge = installFakeBridge(undefined, fakeAutopayMain());
    await state().cancel('service-center-new');
    expect(bridge.calls.find((c) => c.channel === 'autopay:cancel')?.input).toEqual({ product: 'service-center-new' });
  });

  it('choosing another product or view clears the confirmation', async () => {
    installFakeBridge(undefined, fakeAutopayMain());
    await state().enroll(VISA);
    expect(state().notice).toBe('enrolled');
    state().show('manage');
    expect(state()).toMatchObject({ view: 'manage', notice: null });
    useAutopayStore.setState({ notice: 'cancelled' });
    state().select('ehr');
    expect(state()).toMatchObject({ product: 'ehr', view: 'bill', notice: null });
  });
});
