import { z } from '../../../shared/zod';
import { AUTOPAY_PRODUCT_IDS, autopayProduct, type AutopayProductId } from '../../../shared/content/autopay';
import { autopaySchemas, type AutopayHistoryEntry, type AutopayProductStatus, type AutopayState } from '../../../shared/ipc/autopay';
import { onFirstUse } from '../../../shared/onFirstUse';
import type { AutopayEnrollRecord } from '../../../shared/validation/record';
import type { Clock, KeyValueStore, Logger } from '../../adapters/types';
import { UserFacingError } from '../errors';
import type { StoreShape } from '../storage';
import { cancelWordProblemSaid, say } from './say';

/** Kept on disk: per product what is on file, and the changes. Never a card/account number, CVV or expiry. */
export interface AutopayStoreShape extends Record<string, unknown> {
  products: Partial<Record<AutopayProductId, AutopayProductStatus>>;
  history: AutopayHistoryEntry[];
}
export const AUTOPAY_STORE_DEFAULTS: AutopayStoreShape = { products: {}, history: [] };

/** Enough to see a year of changes across four products; older entries drop off. */
const HISTORY_LIMIT = 200;

export interface AutopayAuditEvent {
  event: 'autopay-enroll' | 'autopay-cancel';
  profileId: string | null;
  detail: Record<string, string>;
}

export interface AutopayDeps {
  store: KeyValueStore<AutopayStoreShape>;
  clock: Clock;
  logger?: Logger;
  /** Who is unlocked in the vault, if anyone. */
  currentProfile?: () => { id: string; name: string } | null;
  /** The vault's append-only audit log, if present. */
  audit?: { record(event: AutopayAuditEvent): void };
}

/** What the autopay file holds, built on first use (see onFirstUse): a first start has no file to check. */
const stored = onFirstUse(() => {
  const { autopayProductStatus, autopayHistoryEntry } = autopaySchemas();
  const products = z.partialRecord(z.enum(AUTOPAY_PRODUCT_IDS), autopayProductStatus);
  const history = z.array(autopayHistoryEntry);
  return { products, history, historyEntry: autopayHistoryEntry, file: z.object({ products, history }) };
});

/**
 * Checked on open (see openStore): a file of the wrong shape is moved aside and the user told; a
 * damaged history row is moved aside on its own, so the rest of the history still shows and the
 * next change does not write over it.
 */
export const AUTOPAY_STORE_SHAPE: StoreShape<AutopayStoreShape> = {
  get schema() {
    return stored().file;
  },
  get rows() {
    return { history: stored().historyEntry };
  },
};

/**
 * The practice's own record of autopay per product. It receives only the already-reduced
 * record (brand/type + last four; see autopayEnrollRecord) — the renderer validated the full form.
 */
export function createAutopayService(deps: AutopayDeps) {
  const profile = () => {
    const current = deps.currentProfile?.() ?? null;
    return current ? { id: current.id, name: current.name } : null;
  };

  const read = () => {
    // Re-validate what is on disk: a hand-edited file must not show a wrong status or extra data.
    const products = stored().products.safeParse(deps.store.get('products'));
    const history = stored().history.safeParse(deps.store.get('history'));
    return { products: products.success ? products.data : {}, history: history.success ? history.data : [] };
  };

  const state = (): AutopayState => {
    const { products, history } = read();
    return {
      products: Object.fromEntries(AUTOPAY_PRODUCT_IDS.map((id) => [id, products[id] ?? { enrolled: false }])) as AutopayState['products'],
      history,
    };
  };

  const save = (productId: AutopayProductId, status: AutopayProductStatus, entry: AutopayHistoryEntry) => {
    const { products, history } = read();
    deps.store.set('products', { ...products, [productId]: status });
    deps.store.set('history', [entry, ...history].slice(0, HISTORY_LIMIT));
  };

  return {
    state,

    enroll(record: AutopayEnrollRecord): AutopayState {
      const at = deps.clock.now();
      const who = profile();
      const wasEnrolled = state().products[record.product].enrolled;
      const method =
        record.method === 'card'
          ? { method: 'card' as const, brand: record.brand, last4: record.last4 }
          : { method: 'ach' as const, accountType: record.accountType, last4: record.last4 };
      save(
        record.product,
        { enrolled: true, ...method, since: at, profile: who },
        { product: record.product, change: wasEnrolled ? 'changed' : 'enrolled', at, profile: who, ...method },
      );
      deps.audit?.record({
        event: 'autopay-enroll',
        profileId: who?.id ?? null,
        detail: {
          product: record.product,
          method: record.method,
          ...(record.method === 'card' ? { brand: record.brand } : { accountType: record.accountType }),
          last4: record.last4,
        },
      });
      deps.logger?.info('Autopay enrollment recorded', { product: record.product, method: record.method });
      return state();
    },

    cancel(input: { product: AutopayProductId; classicCancelWord?: string }): AutopayState {
      const product = autopayProduct(input.product);
      if (product.flavor === 'classic') {
        const problem = cancelWordProblemSaid(input.classicCancelWord ?? '');
        if (problem) throw new UserFacingError('invalid_input', problem, { classicCancelWord: problem });
      }
      if (!state().products[input.product].enrolled) {
        throw new UserFacingError('conflict', say('notEnrolled', { product: product.name }));
      }
      const at = deps.clock.now();
      const who = profile();
      save(input.product, { enrolled: false }, { product: input.product, change: 'cancelled', at, profile: who });
      deps.audit?.record({ event: 'autopay-cancel', profileId: who?.id ?? null, detail: { product: input.product } });
      deps.logger?.info('Autopay cancellation recorded', { product: input.product });
      return state();
    },
  };
}
export type AutopayService = ReturnType<typeof createAutopayService>;
