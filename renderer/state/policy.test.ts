import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePolicy } from '../../shared/policy/validate';
import { installFakeBridge } from '../testing/fakeBridge';
import { resetPolicyStore, useCeiling, usePassphraseHint, usePolicy } from './policy';
import { resetReferenceStore, useReferenceStore } from './reference';

const LOCATION = '/etc/allydesk/policy.json';
const policyOf = (raw: Record<string, unknown>) => mergePolicy({ layers: [{ scope: 'machine', location: LOCATION, raw }], notices: [], looked: [LOCATION] });

beforeEach(() => {
  resetPolicyStore();
  resetReferenceStore();
});
afterEach(cleanup);

describe('policy store', () => {
  it('loads the policy once however many parts of the screen ask, and then follows IT’s changes', async () => {
    const bridge = installFakeBridge(undefined, { 'policy:get': () => ({ ok: true, data: policyOf({ PassphraseMinLength: 12 }) }) });
    const hint = renderHook(() => usePassphraseHint());
    const ceiling = renderHook(() => useCeiling('VaultIdleLockMinutesMax'));
    await waitFor(() => expect(hint.result.current.minLength).toBe(12));
    expect(hint.result.current.hint).toMatch(/At least 12 characters \(set by your practice's IT\)/);
    expect(ceiling.result.current).toBeUndefined();
    expect(bridge.calls.filter((c) => c.channel === 'policy:get')).toHaveLength(1);

    act(() => bridge.emit('policy:changed', policyOf({ PassphraseMinLength: 12, VaultIdleLockMinutesMax: 5 })));
    expect(ceiling.result.current).toBe(5);
  });

  it('never asks less than AllyDesk’s own 8 characters of a passphrase', async () => {
    installFakeBridge();
    const hint = renderHook(() => usePassphraseHint());
    await waitFor(() => expect(hint.result.current).toEqual({ minLength: 8, hint: 'At least 8 characters; common passwords are refused.' }));
  });

  it('a change of policy reads the practice overrides again once a screen has them, so fixed values show', async () => {
    const bridge = installFakeBridge();
    renderHook(() => usePolicy());
    await waitFor(() => expect(bridge.calls.some((c) => c.channel === 'policy:get')).toBe(true));
    const overrideReads = () => bridge.calls.filter((c) => c.channel === 'reference:getOverrides').length;

    act(() => bridge.emit('policy:changed', policyOf({ SupportPhone: '(800) 555-0100' })));
    expect(overrideReads()).toBe(0);

    await useReferenceStore.getState().load();
    act(() => bridge.emit('policy:changed', policyOf({ SupportPhone: '(800) 555-0199' })));
    expect(overrideReads()).toBe(2);
  });
});
