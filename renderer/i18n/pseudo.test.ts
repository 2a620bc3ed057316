import { describe, expect, it } from 'vitest';
import { makeIntl } from './intl';
import { pseudoBundle, pseudoMessage } from './pseudo';

describe('the pseudo-locale', () => {
  it('accents, brackets and lengthens the words, and keeps placeholders, plurals and tags working', () => {
    expect(pseudoMessage('Log in')).toBe('⟦Lög íñ ~~~⟧');
    const intl = makeIntl('en-US', { a: pseudoMessage('Use {count, plural, one {# character} other {# characters}} for {name}.') });
    expect(intl.formatMessage({ id: 'a' }, { count: 2, name: 'Ann' })).toBe('⟦Üšé 2 çháráçtérš för Ann. ~~~~~~~~~⟧');
    expect(intl.formatMessage({ id: 'a' }, { count: 1, name: 'Ann' })).toContain('1 çháráçtér för');
    const tagged = makeIntl('en-US', { b: pseudoMessage('Press <b>Enter</b>') });
    expect(tagged.formatMessage({ id: 'b' }, { b: (chunks: unknown[]) => `*${chunks.join('')}*` })).toBe('⟦Préšš *Éñtér* ~~~~~⟧');
  });

  it('gives every English message, each at least 40 % longer', () => {
    const { messages } = pseudoBundle();
    expect(Object.keys(messages).length).toBeGreaterThan(300);
    for (const text of Object.values(messages)) expect(text.startsWith('⟦') && text.endsWith('⟧')).toBe(true);
    expect(messages['vault.title']).toBe('⟦Páššwördš ~~~~⟧');
  });
});
