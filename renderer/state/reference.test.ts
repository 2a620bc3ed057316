import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeBridge } from '../testing/fakeBridge';
import { resetReferenceStore, useReferenceOverrides, useReferenceStore, useShownPortalUrl } from './reference';

const PRACTICE_MATE = 'https://cms.officeally.com/practicemate';
const OURS = 'https://pm.officeally.com/our-login';
const loads = (calls: { channel: string }[]) => calls.filter((c) => c.channel === 'reference:getOverrides').length;

beforeEach(resetReferenceStore);
afterEach(cleanup);

describe('reference store', () => {
  it("the first screen showing a fact loads the practice's overrides once, however many screens ask", async () => {
    const bridge = installFakeBridge({ portalUrls: { 'practice-mate': OURS } });
    const first = renderHook(() => useReferenceOverrides());
    renderHook(() => useShownPortalUrl('practice-mate'));
    await waitFor(() => expect(first.result.current?.portalUrls).toEqual({ 'practice-mate': OURS }));
    expect(loads(bridge.calls)).toBe(1);
  });

  it("shows the documents' login address until an override arrives, then the practice's, marked as changed", async () => {
    installFakeBridge({ portalUrls: { 'practice-mate': OURS } });
    const shown = renderHook(() => useShownPortalUrl('practice-mate'));
    expect(shown.result.current).toMatchObject({ value: PRACTICE_MATE, overridden: false });
    await waitFor(() => expect(shown.result.current).toMatchObject({ value: OURS, overridden: true, original: PRACTICE_MATE }));
  });

  it("keeps main's message when the overrides cannot be read", async () => {
    installFakeBridge(undefined, {
      'reference:getOverrides': () => ({ ok: false, error: { code: 'internal', message: 'The settings file could not be read.' } }),
    });
    await useReferenceStore.getState().load();
    expect(useReferenceStore.getState()).toMatchObject({ overrides: null, loadError: 'The settings file could not be read.' });
  });

  it('saving stores what main accepted and returns ok', async () => {
    const bridge = installFakeBridge();
    expect(await useReferenceStore.getState().save({ portalUrls: { ehr: 'https://ehr.officeally.com/ours' }, supportPhone: '(360) 975-7000' })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(useReferenceStore.getState().overrides).toEqual(bridge.stored());
    expect(bridge.stored()).toMatchObject({ portalUrls: { ehr: 'https://ehr.officeally.com/ours' }, supportPhone: '(360) 975-7000' });
  });

  it("a refused save returns main's message per field and keeps the overrides in force", async () => {
    const bridge = installFakeBridge({ portalUrls: { 'practice-mate': OURS } });
    await useReferenceStore.getState().load();
    const result = await useReferenceStore.getState().save({ portalUrls: { ehr: 'http://ehr.officeally.com/' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'portalUrls.ehr': /https:\/\// } } });
    expect(useReferenceStore.getState().overrides?.portalUrls).toEqual({ 'practice-mate': OURS });
    expect(bridge.stored().portalUrls).toEqual({ 'practice-mate': OURS });
  });
});
