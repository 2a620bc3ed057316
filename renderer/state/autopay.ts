import { create } from 'zustand';
import type { AutopayProductId } from '../../shared/content/autopay';
import type { AutopayState } from '../../shared/ipc/autopay';
import type { AutopayEnrollRecord } from '../../shared/validation/enrollment';
import { bridge } from '../bridge';
import { withoutData, type Result } from './result';

export type AutopayView = 'bill' | 'enroll' | 'manage';
export type AutopayNotice = 'enrolled' | 'cancelled' | null;

interface AutopayStore {
  record: AutopayState | null;
  loadError: string | null;
  product: AutopayProductId | null;
  view: AutopayView;
  /** The confirmation to show on the bill screen after a change. */
  notice: AutopayNotice;
  load(): Promise<void>;
  select(product: AutopayProductId): void;
  show(view: AutopayView): void;
  dismissNotice(): void;
  /** Only the reduced record (brand/type + last four) ever reaches this store or main. */
  enroll(record: AutopayEnrollRecord): Promise<Result<void>>;
  cancel(product: AutopayProductId, classicCancelWord?: string): Promise<Result<void>>;
}

/** The practice's autopay record and where the user is in the walkthrough. No card data, ever. */
export const useAutopayStore = create<AutopayStore>((set) => ({
  record: null,
  loadError: null,
  product: null,
  view: 'bill',
  notice: null,
  async load() {
    const reply = await bridge().invoke('autopay:state', undefined);
    set(reply.ok ? { record: reply.data, loadError: null } : { loadError: reply.error.message });
  },
  select(product) {
    set({ product, view: 'bill', notice: null });
  },
  show(view) {
    set({ view, notice: null });
  },
  dismissNotice() {
    set({ notice: null });
  },
  async enroll(record) {
    const reply = await bridge().invoke('autopay:enroll', record);
    if (reply.ok) set({ record: reply.data, view: 'bill', notice: 'enrolled' });
    return withoutData(reply);
  },
  async cancel(product, classicCancelWord) {
    const reply = await bridge().invoke('autopay:cancel', classicCancelWord === undefined ? { product } : { product, classicCancelWord });
    if (reply.ok) set({ record: reply.data, view: 'bill', notice: 'cancelled' });
    return withoutData(reply);
  },
}));
