import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeHits, findSecrets, findSecretsInBytes, scanForSecrets } from '../e2e/secretScan';

/** The e2e secret scanner: it must catch every way a secret is written and nothing else. */
const found = (text: string, ...secrets: string[]) => findSecrets(text, secrets).map((h) => h.form);

describe('the secret scanner finds a secret', () => {
  it('in JSON fields, escaped as JSON writes it', () => {
    expect(found('{"expiry":"0731"}', '0731')).toEqual(['plain']);
    expect(found('{"expiry":"07\\/31"}', '07/31')).toEqual(['json']);
    expect(found('{"card":"378282246310005","cvv":8362}', '378282246310005', '8362')).toEqual(['plain', 'plain']);
    expect(found('{"note":"say \\"hi\\" to Dr Chen"}', 'say "hi" to Dr Chen')).toEqual(['json']);
  });

  it('in plain text, in a log line, glued to a label or beside a hash', () => {
    expect(found('card expires 07/31, keep it', '07/31')).toEqual(['plain']);
    expect(found('exp0731', '0731')).toEqual(['plain']);
    expect(found('account4455667788990', '4455667788990')).toEqual(['plain']);
    expect(found('0731', '0731')).toEqual(['plain']);
    const hash = createHash('sha256').update('x').digest('hex');
    expect(found(`{"hash":"${hash}","expiry":"0731"}`, '0731')).toEqual(['plain']);
    expect(found(`${hash} mlopez.frontdesk ${hash}`, 'mlopez.frontdesk')).toEqual(['plain']);
  });

  it('URL-encoded, in percent and in form encoding, either case', () => {
    expect(found('exp=07%2F31&cvv=8362', '07/31', '8362')).toEqual(['url', 'plain']);
    expect(found('exp=07%2f31', '07/31')).toEqual(['url']);
    expect(found('q=Secret+123', 'Secret 123')).toEqual(['form']);
    expect(found('pw=Sunny%2CDay-2026', 'Sunny,Day-2026')).toEqual(['url']);
  });

  it('written as UTF-16 (Chromium keeps some storage that way), at either byte alignment', () => {
    const utf16 = Buffer.from('{"p":"Quokka!Parsnip77"}', 'utf16le');
    expect(findSecretsInBytes(utf16, ['Quokka!Parsnip77']).map((h) => h.form)).toEqual(['utf16']);
    expect(findSecretsInBytes(Buffer.concat([Buffer.from([7]), utf16]), ['Quokka!Parsnip77']).map((h) => h.form)).toEqual(['utf16']);
  });

  it('that itself looks random (a token or key) when it stands alone or as a field value', () => {
    const token = 'Q2x3Y4z5W6v7U8t9s0R1';
    expect(found(`{"token":"${token}"}`, token)).toEqual(['plain']);
    expect(found(`token=${token}&x=1`, token)).toEqual(['plain']);
  });

  it('in the files of a folder, nested, and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'allydesk-scan-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/b/autopay.json'), '{"last4":"0005","expiry":"07/31"}');
    writeFileSync(join(dir, 'audit.log'), createHash('sha256').update('fc2a07319c7').digest('hex'));
    const hits = scanForSecrets(dir, ['07/31', '378282246310005']);
    expect(hits.map((h) => h.file)).toEqual([join(dir, 'a/b/autopay.json')]);
    expect(describeHits(hits)[0]).toMatch(/"07\/31" in .*autopay\.json \(plain, at 26\)/);
  });
});

describe('the secret scanner does not find', () => {
  it("a short number's digits inside a hex hash (the audit hash that failed a clean-clone run)", () => {
    expect(found('"hash":"9a41fc2a07319c7e5b0d4f3e2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b"', '0731')).toEqual([]);
    expect(found('"hash":"9a41fc2a0731bc7e5b0d4f3e2a1b0c9d8e7f6a5b"', '0731')).toEqual([]);
    expect(found('"hash":"9A41FC2A0731BC7E5B0D4F3E2A1B0C9D"', '0731')).toEqual([]);
  });

  it('inside a base64 or base64url nonce, key or ciphertext', () => {
    expect(found('"iv":"Zk3xQa0731Lm9+Pq/Rs8tUv=="', '0731')).toEqual([]);
    expect(found('"key":"Zk3xQa07/31Lm9Pq+Rs8tUvw"', '07/31')).toEqual([]);
    expect(found('"salt":"bG9uZ2VyIHRoYW4gc2l4dGVlbg0731Q"', '0731')).toEqual([]);
  });

  it('inside a longer number (a timestamp, a counter)', () => {
    expect(found('"at":1796507310000', '0731')).toEqual([]);
    expect(found('"seq":83620', '8362')).toEqual([]);
  });

  it('in 20,000 real SHA-256 hashes and base64 nonces, where a plain substring search does', () => {
    let plainHits = 0;
    let scannerHits = 0;
    for (let i = 0; i < 20_000; i++) {
      const hex = createHash('sha256').update(String(i)).digest('hex');
      const b64 = createHash('sha256').update(`n${i}`).digest('base64');
      const record = `{"seq":${100_000 + i},"hash":"${hex}","nonce":"${b64}"}`;
      if (record.includes('0731')) plainHits += 1;
      scannerHits += findSecrets(record, ['0731', '8362', '07/31']).length;
    }
    // About one record in a hundred would have failed the old check.
    expect(plainHits).toBeGreaterThan(5);
    expect(scannerHits).toBe(0);
  });

  it('refuses an empty secret instead of matching everything', () => {
    expect(() => findSecrets('x', [''])).toThrow(/empty secret/);
  });

  it('random bytes never hide a long secret (the card number) from it', () => {
    const blob = randomBytes(4096).toString('base64');
    expect(found(`${blob} 378282246310005 ${blob}`, '378282246310005')).toEqual(['plain']);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
