import { describe, expect, it } from 'vitest';
import { vaultChannels } from '../ipc/vault';
import { cleanProfileName, normalizeProfileName, profileNameKey, profileNameProblem } from './profileName';

const createInput = vaultChannels['vault:createProfile'].input;
const nameIssue = (name: string) => {
  const parsed = createInput.safeParse({ name, passphrase: 'lantern orchard velvet 42' });
  return parsed.success ? null : parsed.error.issues.find((issue) => issue.path[0] === 'name')?.message;
};

describe('profile names', () => {
  it('names each refused character and where it is', () => {
    expect(profileNameProblem('Fuzz Owner\u200b')).toMatch(/a zero-width \(invisible\) character \(U\+200B\) at position 11/);
    expect(profileNameProblem('Ann\u202eeeL')).toMatch(/a text-direction control character \(U\+202E\) at position 4/);
    expect(profileNameProblem('Ann\u2067Lee')).toMatch(/text-direction control character \(U\+2067\)/);
    expect(profileNameProblem('Ann\u0000')).toMatch(/a control character \(U\+0000\)/);
    expect(profileNameProblem('Ann\tLee')).toMatch(/a tab \(U\+0009\)/);
    expect(profileNameProblem('Ann\nLee')).toMatch(/a line break/);
    expect(profileNameProblem('Ann \ud83d')).toMatch(/broken character \(half of an emoji or symbol\)/);
    expect(profileNameProblem('Ann \udc00Lee')).toMatch(/broken character/);
  });

  it('accepts ordinary names, accents, whole emoji and unusual spaces', () => {
    for (const name of ['Maria Lopez', 'José Núñez', "Siobhán O'Neil-Brady", 'Dr. Chen 🙂', 'Ann\u00a0Lee', '  Ann   Lee '])
      expect(profileNameProblem(name), name).toBeNull();
  });

  it('stores names composed, with one space between words and none at the ends', () => {
    expect(normalizeProfileName('  Jose\u0301 \u00a0 Nu\u0301n\u0303ez ')).toBe('José Núñez');
    expect(normalizeProfileName('José Núñez')).toBe('José Núñez');
  });

  it('gives look-alike names one key: case, spacing, composition and (older) invisible characters', () => {
    const key = profileNameKey('Fuzz Owner');
    for (const alike of ['fuzz owner', 'FUZZ  OWNER', ' Fuzz\u00a0Owner ', 'Fuzz Owner\u200b', 'Fu\u200dzz Owner', 'Fuzz\u202e Owner'])
      expect(profileNameKey(alike), alike).toBe(key);
    expect(profileNameKey('José')).toBe(profileNameKey('Jose\u0301'));
    expect(profileNameKey('Fuzz Owners')).not.toBe(key);
  });

  it('cleans a name from an older backup to something that passes the check', () => {
    for (const name of ['Fuzz Owner\u200b', 'Ann\u202eeeL', 'Ann\ud800 Lee', '\tAnn\u0007']) {
      const cleaned = cleanProfileName(name);
      expect(profileNameProblem(cleaned), JSON.stringify(name)).toBeNull();
      expect(cleaned.length).toBeGreaterThan(0);
    }
    expect(cleanProfileName('Fuzz Owner\u200b')).toBe('Fuzz Owner');
  });

  it('the IPC schema refuses the same names and hands main the stored form', () => {
    expect(nameIssue('Fuzz Owner\u200b')).toMatch(/zero-width/);
    expect(nameIssue('Ann\u202eeeL')).toMatch(/text-direction control/);
    expect(nameIssue('Ann\ud800')).toMatch(/broken character/);
    expect(nameIssue('  \u00a0 ')).toBe('Enter your name.');
    expect(nameIssue('x'.repeat(61))).toBe('Use at most 60 characters.');
    expect(createInput.parse({ name: '  Fuzz \u00a0 Owner ', passphrase: 'p' }).name).toBe('Fuzz Owner');
    expect(createInput.parse({ name: 'Jose\u0301', passphrase: 'p' }).name).toBe('José');
  });
});
