import { describe, expect, it } from 'vitest';
import { localeFromPreferred, resolveLanguage } from './locales';

describe('localeFromPreferred', () => {
  it('takes the first preferred language AllyDesk has, by its language part', () => {
    expect(localeFromPreferred(['es-MX', 'en-US'])).toBe('es-US');
    expect(localeFromPreferred(['es'])).toBe('es-US');
    expect(localeFromPreferred(['es-419'])).toBe('es-US');
    expect(localeFromPreferred(['fr-FR', 'es-ES', 'en-US'])).toBe('es-US');
    expect(localeFromPreferred(['en-GB', 'es-US'])).toBe('en-US');
    expect(localeFromPreferred(['es_US'])).toBe('es-US');
  });
  it('falls back to English when none is known', () => {
    expect(localeFromPreferred([])).toBe('en-US');
    expect(localeFromPreferred(['fr-FR', 'de'])).toBe('en-US');
    expect(localeFromPreferred(['estonian-nonsense'])).toBe('en-US');
  });
});

describe('resolveLanguage', () => {
  it('policy, then the Settings choice, then the system', () => {
    expect(resolveLanguage({ policy: 'en-US', choice: 'es-US', preferred: ['es-MX'] })).toMatchObject({ locale: 'en-US', from: 'policy', choice: 'es-US' });
    expect(resolveLanguage({ policy: undefined, choice: 'es-US', preferred: ['en-US'] })).toMatchObject({ locale: 'es-US', from: 'setting', system: 'en-US' });
    expect(resolveLanguage({ policy: undefined, choice: 'system', preferred: ['es-MX'] })).toMatchObject({ locale: 'es-US', from: 'system', policy: null });
  });
});
