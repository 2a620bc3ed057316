import { describe, expect, it } from 'vitest';
import { describeHiddenCharacters, findHiddenCharacters, removeHiddenCharacters } from './hiddenCharacters';

describe('hidden characters', () => {
  it('finds a trailing space from copy and paste', () => {
    expect(findHiddenCharacters('jsmith ')).toEqual([expect.objectContaining({ kind: 'space', position: 'trailing', index: 6 })]);
    expect(describeHiddenCharacters('jsmith ')).toContain('a space at the end');
  });
  it('names tabs, non-breaking and zero-width characters with their code points', () => {
    const found = findHiddenCharacters('\tpass\u200bword\u00a0');
    expect(found.map((h) => [h.kind, h.position, h.codePoint])).toEqual([
      ['tab', 'leading', 'U+0009'],
      ['zero-width', 'inside', 'U+200B'],
      ['non-breaking-space', 'trailing', 'U+00A0'],
    ]);
  });
  it('knows the rest of the invisible format and control characters', () => {
    const found = findHiddenCharacters('a\u061cb\u{e0041}c\u0000d\u007f');
    expect(found.map((h) => [h.kind, h.codePoint])).toEqual([
      ['other-invisible', 'U+061C'],
      ['other-invisible', 'U+E0041'],
      ['control', 'U+0000'],
      ['control', 'U+007F'],
    ]);
    expect(describeHiddenCharacters('pass\u0000')).toContain('a control character at the end');
    expect(removeHiddenCharacters('pa\u0000s\u061cs')).toBe('pass');
  });
  it('removes edges and invisible characters but keeps ordinary inside spaces', () => {
    expect(removeHiddenCharacters(' \u00a0Front Desk 1\u200b\t')).toBe('Front Desk 1');
    expect(removeHiddenCharacters('pa\u200bss')).toBe('pass');
  });
  it('says nothing for a clean value or one with ordinary inside spaces', () => {
    expect(describeHiddenCharacters('Tr0ub4dor&3')).toBeNull();
    expect(describeHiddenCharacters('Front Desk')).toBeNull();
    expect(findHiddenCharacters('')).toEqual([]);
  });
  it('handles a value that is only whitespace', () => {
    expect(findHiddenCharacters('  ').every((h) => h.position === 'leading')).toBe(true);
    expect(removeHiddenCharacters('  ')).toBe('');
  });
});
