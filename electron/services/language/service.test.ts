import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../../shared/policy/empty';
import type { PolicyState } from '../../../shared/policy/schema';
import type { KeyValueStore } from '../../adapters/types';
import type { EffectivePolicy } from '../policy/service';
import { createLanguageService, LANGUAGE_STORE_DEFAULTS } from './service';

function memoryStore<T extends Record<string, unknown>>(defaults: T): KeyValueStore<T> {
  const store = { ...defaults };
  return {
    get: (key) => store[key],
    set: (key, value) => void (store[key] = value),
    get store() {
      return store;
    },
    path: '/memory',
  };
}

function changingPolicy() {
  let state: PolicyState = EMPTY_POLICY_STATE;
  const listeners = new Set<(s: PolicyState) => void>();
  const policy: EffectivePolicy = {
    state: () => state,
    fixed: (name) => state.values[name] as never,
    ceiling: () => undefined,
    allows: () => true,
    onChange: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
  return { policy, set: (values: PolicyState['values']) => ((state = { ...state, values }), listeners.forEach((l) => l(state))) };
}

describe('language service', () => {
  it('desktop: the OS preferred languages decide until a choice is saved; the page’s are ignored', () => {
    const { policy } = changingPolicy();
    const language = createLanguageService({ store: memoryStore(LANGUAGE_STORE_DEFAULTS), policy, systemLanguages: () => ['es-MX', 'en-US'] });
    expect(language.get({ browserLanguages: ['en-US'] })).toMatchObject({ locale: 'es-US', from: 'system', system: 'es-US' });
    expect(language.setChoice('en-US')).toMatchObject({ locale: 'en-US', from: 'setting', choice: 'en-US' });
    expect(language.locale()).toBe('en-US');
    expect(language.setChoice('system')).toMatchObject({ locale: 'es-US', from: 'system' });
  });

  it('browser mode: the page’s browser languages stand in for the system’s', () => {
    const { policy } = changingPolicy();
    const language = createLanguageService({ store: memoryStore(LANGUAGE_STORE_DEFAULTS), policy });
    expect(language.locale()).toBe('en-US');
    expect(language.get({ browserLanguages: ['es-US', 'es'] })).toMatchObject({ locale: 'es-US', from: 'system' });
    expect(language.locale()).toBe('es-US');
  });

  it('the Language policy wins over the choice, keeps the choice underneath, and a change is announced', () => {
    const { policy, set } = changingPolicy();
    const store = memoryStore(LANGUAGE_STORE_DEFAULTS);
    const language = createLanguageService({ store, policy, systemLanguages: () => ['en-US'] });
    language.setChoice('en-US');
    const heard: string[] = [];
    language.onChange((state) => heard.push(`${state.locale}/${state.from}`));
    policy.onChange(() => language.policyChanged());
    set({ Language: 'es-US' });
    expect(language.get({ browserLanguages: [] })).toMatchObject({ locale: 'es-US', from: 'policy', policy: 'es-US', choice: 'en-US' });
    set({ Language: 'es-US', SupportPhone: '(800) 555-0100' }); // the language did not move: no event
    set({});
    expect(heard).toEqual(['es-US/policy', 'en-US/setting']);
    expect(store.get('choice')).toBe('en-US');
  });
});
