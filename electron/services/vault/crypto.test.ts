import { describe, expect, it } from 'vitest';
import { CURRENT_KDF, decrypt, deriveKey, encrypt, entryAad, KDF_BOUNDS, kdfWithinBounds, needsUpgrade, newDataKey, newSalt } from './crypto';
import { afterFailure, describeRetry, isWaiting } from './throttle';

describe('vault crypto', () => {
  it('round-trips with a fresh 96-bit nonce every time', () => {
    const key = newDataKey();
    const a = encrypt(key, Buffer.from('same text'), entryAad('p1', 'e1'));
    const b = encrypt(key, Buffer.from('same text'), entryAad('p1', 'e1'));
    expect(Buffer.from(a.n, 'base64')).toHaveLength(12);
    expect(a.n).not.toBe(b.n);
    expect(a.c).not.toBe(b.c);
    expect(decrypt(key, a, entryAad('p1', 'e1')).toString()).toBe('same text');
  });

  it('fails with the wrong key, other associated data, or any edited byte', () => {
    const key = newDataKey();
    const box = encrypt(key, Buffer.from('secret'), entryAad('p1', 'e1'));
    expect(() => decrypt(newDataKey(), box, entryAad('p1', 'e1'))).toThrow();
    expect(() => decrypt(key, box, entryAad('p2', 'e1'))).toThrow();
    expect(() => decrypt(key, box, entryAad('p1', 'e2'))).toThrow();
    const tag = Buffer.from(box.t, 'base64');
    tag[15]! ^= 0x80;
    expect(() => decrypt(key, { ...box, t: tag.toString('base64') }, entryAad('p1', 'e1'))).toThrow();
    expect(() => decrypt(key, { ...box, t: box.t.slice(0, 8) }, entryAad('p1', 'e1'))).toThrow();
  });

  it('derives the same key from the same passphrase and salt, a different one otherwise', async () => {
    const kdf = { N: 1024, r: 8, p: 1, salt: newSalt() };
    const one = await deriveKey('correct passphrase', kdf);
    expect(await deriveKey('correct passphrase', kdf)).toEqual(one);
    expect(await deriveKey('correct passphrase', { ...kdf, salt: newSalt() })).not.toEqual(one);
    expect(await deriveKey('Correct passphrase', kdf)).not.toEqual(one);
  });

  it('accepts key settings from the cheapest the app writes to one raise above today, nothing else', async () => {
    expect(kdfWithinBounds(CURRENT_KDF)).toBe(true);
    expect(kdfWithinBounds({ N: KDF_BOUNDS.minN, r: 8, p: 1 })).toBe(true);
    expect(kdfWithinBounds({ N: CURRENT_KDF.N * 2, r: 8, p: 1 })).toBe(true);
    for (const refused of [
      { N: CURRENT_KDF.N * 4, r: 8, p: 1 },
      { N: KDF_BOUNDS.minN / 2, r: 8, p: 1 },
      { N: 3 * 2 ** 16, r: 8, p: 1 },
      { N: 2 ** 17, r: 16, p: 1 },
      { N: 2 ** 17, r: 8, p: 2 },
      { N: 2 ** 17.5, r: 8, p: 1 },
    ]) {
      expect(kdfWithinBounds(refused), JSON.stringify(refused)).toBe(false);
    }
    // The backstop: deriveKey itself refuses at once rather than allocating.
    await expect(deriveKey('x', { N: 2 ** 22, r: 32, p: 16, salt: newSalt() })).rejects.toThrow(/outside KDF_BOUNDS/);
  });

  it('asks for an upgrade only when stored parameters are below the current ones', () => {
    expect(needsUpgrade({ N: 2 ** 16, r: 8, p: 1 }, { N: 2 ** 17, r: 8, p: 1 })).toBe(true);
    expect(needsUpgrade({ N: 2 ** 17, r: 8, p: 1 }, { N: 2 ** 17, r: 8, p: 1 })).toBe(false);
    expect(needsUpgrade({ N: 2 ** 18, r: 8, p: 1 }, { N: 2 ** 17, r: 8, p: 1 })).toBe(false);
  });
});

describe('throttle schedule (fake clock)', () => {
  it('is free for 4 wrong tries, then waits 30 s doubling up to 15 minutes', () => {
    let state = { failures: 0, retryAt: null as number | null };
    const waits: (number | null)[] = [];
    const now = 1_000_000;
    for (let i = 0; i < 12; i++) {
      state = afterFailure(state, now);
      waits.push(state.retryAt === null ? null : (state.retryAt - now) / 1000);
    }
    expect(waits).toEqual([null, null, null, null, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(isWaiting(state, now + 899_000)).toBe(true);
    expect(isWaiting(state, now + 900_000)).toBe(false);
    expect(describeRetry(now + 90_000, now)).toMatch(/\(in 1 minute 30 seconds\)$/);
  });
});
