import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStores } from '../../adapters/node';
import type { KeyValueStore, Logger } from '../../adapters/types';
import { registerAutopayIpc } from '../../ipc/autopay';
import { IpcRegistry } from '../../ipc/registry';
import { AdjustableClock } from '../clock';
import { AUTOPAY_STORE_DEFAULTS, createAutopayService, type AutopayAuditEvent, type AutopayStoreShape } from './service';

const T0 = Date.UTC(2026, 10, 23, 17, 0);
let dataDir: string;
let store: KeyValueStore<AutopayStoreShape>;
let clock: AdjustableClock;
let logLines: string[];
const logger: Logger = {
  info: (m, f) => void logLines.push(`${m} ${JSON.stringify(f ?? {})}`),
  warn: (m, f) => void logLines.push(`${m} ${JSON.stringify(f ?? {})}`),
  error: (m, f) => void logLines.push(`${m} ${JSON.stringify(f ?? {})}`),
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'allydesk-autopay-'));
  store = confStores(dataDir).open('autopay', AUTOPAY_STORE_DEFAULTS);
  clock = new AdjustableClock(() => T0);
  logLines = [];
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const visa = { product: 'practice-mate', method: 'card', brand: 'visa', last4: '1111' } as const;

describe('autopay service', () => {
  it('starts with every product not enrolled', () => {
    const state = createAutopayService({ store, clock }).state();
    expect(Object.values(state.products)).toEqual([{ enrolled: false }, { enrolled: false }, { enrolled: false }, { enrolled: false }]);
    expect(state.history).toEqual([]);
  });

  it('records an enrollment with the clock, the unlocked profile and an audit event', () => {
    const audit: AutopayAuditEvent[] = [];
    const service = createAutopayService({
      store,
      clock,
      logger,
      currentProfile: () => ({ id: 'p1', name: 'Dana' }),
      audit: { record: (e) => audit.push(e) },
    });
    const state = service.enroll(visa);
    expect(state.products['practice-mate']).toEqual({
      enrolled: true,
      method: 'card',
      brand: 'visa',
      last4: '1111',
      since: T0,
      profile: { id: 'p1', name: 'Dana' },
    });
    expect(state.products.ehr).toEqual({ enrolled: false });
    expect(state.history).toEqual([
      { product: 'practice-mate', change: 'enrolled', at: T0, profile: { id: 'p1', name: 'Dana' }, method: 'card', brand: 'visa', last4: '1111' },
    ]);
    expect(audit).toEqual([{ event: 'autopay-enroll', profileId: 'p1', detail: { product: 'practice-mate', method: 'card', brand: 'visa', last4: '1111' } }]);
  });

  it('survives a restart (it is on disk) and records a method change as "changed"', () => {
    createAutopayService({ store, clock }).enroll(visa);
    clock.advance(86_400_000);
    const reopened = createAutopayService({ store: confStores(dataDir).open('autopay', AUTOPAY_STORE_DEFAULTS), clock });
    expect(reopened.state().products['practice-mate'].enrolled).toBe(true);
    const state = reopened.enroll({ product: 'practice-mate', method: 'ach', accountType: 'savings', last4: '6789' });
    expect(state.history.map((h) => h.change)).toEqual(['changed', 'enrolled']);
    expect(state.products['practice-mate']).toMatchObject({ method: 'ach', accountType: 'savings', last4: '6789', since: T0 + 86_400_000, profile: null });
  });

  it('Classic cancel needs exactly "cancel" and names the rule otherwise', () => {
    const audit: AutopayAuditEvent[] = [];
    const service = createAutopayService({ store, clock, audit: { record: (e) => audit.push(e) } });
    service.enroll(visa);
    for (const word of ['Cancel', ' cancel', 'CANCEL', 'cancel ', '', undefined]) {
      expect(() => service.cancel({ product: 'practice-mate', classicCancelWord: word })).toThrow(/all lowercase letters.*case-sensitive/);
    }
    expect(service.state().products['practice-mate'].enrolled).toBe(true);
    const state = service.cancel({ product: 'practice-mate', classicCancelWord: 'cancel' });
    expect(state.products['practice-mate']).toEqual({ enrolled: false });
    expect(state.history[0]).toEqual({ product: 'practice-mate', change: 'cancelled', at: T0, profile: null });
    expect(audit.map((e) => e.event)).toEqual(['autopay-enroll', 'autopay-cancel']);
  });

  it('New cancel needs no word; cancelling what is not enrolled is refused', () => {
    const service = createAutopayService({ store, clock });
    expect(() => service.cancel({ product: 'service-center-new' })).toThrow(/not enrolled in autopay, so there is nothing to cancel/);
    service.enroll({ ...visa, product: 'service-center-new' });
    expect(service.cancel({ product: 'service-center-new' }).products['service-center-new'].enrolled).toBe(false);
  });

  it('ignores a hand-edited file that smuggles in card data or a bad status', () => {
    writeFileSync(store.path, JSON.stringify({ products: { ehr: { enrolled: 'yes', number: '4111111111111111' } }, history: 'x' }));
    const state = createAutopayService({ store: confStores(dataDir).open('autopay', AUTOPAY_STORE_DEFAULTS), clock }).state();
    expect(state.products.ehr).toEqual({ enrolled: false });
    expect(state.history).toEqual([]);
  });
});

describe('autopay over IPC', () => {
  const setup = () => {
    const registry = new IpcRegistry(logger);
    registerAutopayIpc(registry, createAutopayService({ store, clock, logger }));
    return registry;
  };

  it('refuses a record that carries the full number, CVV or expiry, and writes nothing', async () => {
    const registry = setup();
    for (const extra of [{ number: '4111111111111111' }, { cvv: '123' }, { expiry: '04/29' }, { last4: '4111111111111111' }]) {
      const reply = await registry.dispatch('autopay:enroll', { ...visa, ...extra });
      expect(reply.ok).toBe(false);
    }
    expect((await registry.dispatch('autopay:state', undefined)) as { data: { history: unknown[] } }).toMatchObject({ ok: true, data: { history: [] } });
  });

  it('keeps no card data on disk or in the log after an enrollment', async () => {
    const registry = setup();
    expect((await registry.dispatch('autopay:enroll', visa)).ok).toBe(true);
    const everything =
      readdirSync(dataDir)
        .map((f) => readFileSync(join(dataDir, f), 'utf8'))
        .join('\n') + logLines.join('\n');
    expect(everything).toContain('1111');
    expect(everything).not.toMatch(/4111111111111111|411111|"cvv"|04\/29/);
  });

  it('the Classic cancel refusal reaches the renderer as a field message', async () => {
    const registry = setup();
    await registry.dispatch('autopay:enroll', visa);
    const reply = await registry.dispatch('autopay:cancel', { product: 'practice-mate', classicCancelWord: 'Cancel' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { classicCancelWord: expect.stringMatching(/capital letters/) } } });
  });
});
