import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserFacingError } from '../errors';
import { generatePassword, LOOK_ALIKES } from './generator';
import { practiceMate, vaultKits } from './testKit';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);

async function unlockedWithEntry() {
  const k = kit();
  const { unlocked } = await k.vault.createProfile('Ann', PASS);
  const entry = k.vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
  return { ...k, profileId: unlocked!.profileId, entry };
}

describe('copy and the clipboard', () => {
  it('copies exactly the password and clears it after the configured delay', async () => {
    const { vault, clipboard, clock, entry, events } = await unlockedWithEntry();
    const result = await vault.copy(entry.id, 'password');
    expect(await clipboard.readText()).toBe('Pm-pass-001!');
    expect(result.clearsAt).toBe(clock.now() + 30_000);
    clock.advance(29_000);
    expect(await clipboard.readText()).toBe('Pm-pass-001!');
    clock.advance(1_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(await clipboard.readText()).toBe('');
    expect(events.map((e) => e.name)).toContain('vault:clipboardCleared');
  });

  it('leaves the clipboard alone if the user copied something else since', async () => {
    const { vault, clipboard, clock, entry } = await unlockedWithEntry();
    await vault.copy(entry.id, 'username');
    expect(await clipboard.readText()).toBe('ann.frontdesk');
    await clipboard.writeText('claim 12345');
    clock.advance(60_000);
    await vault.lock();
    expect(await clipboard.readText()).toBe('claim 12345');
  });

  it('clears on lock and on quit even when timed clearing is off', async () => {
    const { vault, clipboard, entry } = await unlockedWithEntry();
    vault.updateSettings({ clipboardClearSeconds: 0, idleLockMinutes: 5, rotationDays: 90, practiceName: '' });
    expect((await vault.copy(entry.id, 'password')).clearsAt).toBeNull();
    await vault.lock();
    expect(await clipboard.readText()).toBe('');
    const other = await unlockedWithEntry();
    await other.vault.copy(other.entry.id, 'password');
    await other.vault.dispose();
    expect(await other.clipboard.readText()).toBe('');
  });
});

describe('auto-lock', () => {
  it('warns before the idle lock, extends on activity, then locks and says why', async () => {
    const { vault, clock, events } = await unlockedWithEntry();
    clock.advance(4 * 60_000);
    expect(events.filter((e) => e.name === 'vault:lockWarning')).toHaveLength(1);
    const { lockAt } = vault.activity();
    expect(lockAt).toBe(clock.now() + 5 * 60_000);
    clock.advance(4.5 * 60_000);
    expect((await vault.status()).unlocked).not.toBeNull();
    clock.advance(30_000);
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).toBeNull();
    expect(events.at(-1)).toEqual({ name: 'vault:locked', payload: { reason: 'idle' } });
  });

  it('locks on the OS lock screen and on suspend', async () => {
    const { vault, power, profileId } = await unlockedWithEntry();
    power.emit('lock-screen');
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).toBeNull();
    await vault.unlock(profileId, PASS);
    power.emit('suspend');
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).toBeNull();
  });
});

describe('reveal, open portal, scan text', () => {
  it('reveals for 15 seconds and opens only allow-listed login addresses', async () => {
    const { vault, clock, entry, links } = await unlockedWithEntry();
    expect(vault.reveal(entry.id)).toEqual({ password: 'Pm-pass-001!', hideAt: clock.now() + 15_000 });
    await vault.openPortal(entry.id);
    expect(links.opened).toEqual(['https://cms.officeally.com/practicemate']);
    const custom = vault.saveEntry({
      fields: { kind: 'portal', portal: 'custom', customName: 'Payer site', url: 'https://example.com/login', username: 'x', notes: '' },
      password: 'Payer-pass-1',
      keepHiddenCharacters: false,
    });
    await expect(vault.openPortal(custom.id)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('says whether text contains a password of the unlocked profile, never which', async () => {
    const { vault } = await unlockedWithEntry();
    expect(vault.scanText('My username is ann.frontdesk and my password is Pm-pass-001! help')).toEqual({ containsSecret: true });
    expect(vault.scanText('My username is ann.frontdesk, the login page is blank')).toEqual({ containsSecret: false });
    await vault.lock();
    expect(vault.scanText('Pm-pass-001!')).toEqual({ containsSecret: false });
  });
});

describe('password health and generator', () => {
  it('flags weak, reused, practice-name, NPI-like and old passwords', async () => {
    const { vault, clock } = kit();
    const { unlocked } = await vault.createProfile('Ann', PASS);
    vault.updateSettings({ clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: 'Sunrise Pediatrics' });
    const weak = vault.saveEntry({ fields: practiceMate('a'), password: 'password1', keepHiddenCharacters: false });
    const npi = vault.saveEntry({ fields: { ...practiceMate('b'), portal: 'ehr' }, password: 'Qz!1234567890vv', keepHiddenCharacters: false });
    const practice = vault.saveEntry({
      fields: { ...practiceMate('c'), portal: 'service-center' },
      password: 'SunrisePediatrics#Qv82',
      keepHiddenCharacters: false,
    });
    const reused = vault.saveEntry({
      fields: { ...practiceMate('d'), portal: 'patient-ally' },
      password: 'SunrisePediatrics#Qv82',
      keepHiddenCharacters: false,
    });
    clock.advance(91 * 24 * 3600 * 1000); // the idle lock fires on the way
    await vault.unlock(unlocked!.profileId, PASS);
    const health = new Map((await vault.health()).map((h) => [h.id, h]));
    expect(health.get(weak.id)!.issues).toContain('weak');
    expect(health.get(weak.id)!.warning).toMatch(/common/i);
    expect(health.get(npi.id)!.issues).toContain('npi-like');
    expect(health.get(practice.id)!.issues).toEqual(expect.arrayContaining(['practice-name', 'reused', 'old']));
    expect(health.get(reused.id)!.ageDays).toBe(91);
  });

  it('generates passwords with every chosen class, the right length, and no look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword({ length: 12, upper: true, lower: true, digits: true, symbols: true });
      expect(pw).toHaveLength(12);
      expect(pw).toMatch(/[A-Z]/);
      expect(pw).toMatch(/[a-z]/);
      expect(pw).toMatch(/[0-9]/);
      expect(pw).toMatch(/[^A-Za-z0-9]/);
      for (const c of LOOK_ALIKES) expect(pw).not.toContain(c);
    }
    expect(generatePassword({ length: 64, upper: false, lower: false, digits: true, symbols: false })).toMatch(/^[2-9]{64}$/);
  });
});

describe('backup', () => {
  it('exports a profile that imports on another workstation with the passphrase alone', async () => {
    const { vault, entry } = await unlockedWithEntry();
    const { content, path } = await vault.exportBackup();
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(content).not.toContain('Pm-pass-001!');
    expect(content).not.toContain('ann.frontdesk');
    expect(content).not.toContain('osSealed');

    const other = kit();
    const imported = await other.vault.importBackup(content, PASS);
    expect(imported).toMatchObject({ name: 'Ann', entries: 1 });
    const list = other.vault.listEntries('').entries;
    expect(list.map((e) => e.username)).toEqual(['ann.frontdesk']);
    expect(other.vault.reveal(list[0]!.id).password).toBe('Pm-pass-001!');
    expect(list[0]!.id).not.toBe(entry.id);
  });

  it('imports a backup whose name holds invisible characters (made before names were checked) under a clean, unique name', async () => {
    const { vault, dataDir, profileId } = await unlockedWithEntry();
    await vault.lock();
    const path = `${dataDir}/vault-profile-${profileId}.json`;
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), name: 'Ann\u200b' }));
    const old = kit({ dataDir });
    await old.vault.unlock(profileId, PASS);
    const { content } = await old.vault.exportBackup();
    expect((JSON.parse(content) as { name: string }).name).toBe('Ann\u200b');

    const other = kit();
    await other.vault.createProfile('ann', 'meadow copper falcon 9');
    expect(await other.vault.importBackup(content, PASS)).toMatchObject({ name: 'Ann (imported)', entries: 1 });
  });

  it.skipIf(process.platform === 'win32')('keeps backups in a folder only this user can open, even under umask 000', async () => {
    const { vault } = await unlockedWithEntry();
    const umask = process.umask(0);
    try {
      const { path } = await vault.exportBackup();
      expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(umask);
    }
  });

  it('refuses a wrong passphrase or a tampered file and imports nothing', async () => {
    const { vault } = await unlockedWithEntry();
    vault.saveEntry({ fields: { ...practiceMate('second'), portal: 'ehr' }, password: 'Ehr-pass-002', keepHiddenCharacters: false });
    const { content } = await vault.exportBackup();
    const other = kit();
    const wrong = await other.vault.importBackup(content, 'not the passphrase').catch((e: UserFacingError) => e);
    expect(wrong).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/does not open this backup/) });

    const parsed = JSON.parse(content) as { entries: Record<string, unknown> };
    delete parsed.entries[Object.keys(parsed.entries)[0]!];
    const dropped = await other.vault.importBackup(JSON.stringify(parsed), PASS).catch((e: UserFacingError) => e);
    expect(dropped).toMatchObject({ message: expect.stringMatching(/changed after it was made/) });
    const garbage = await other.vault.importBackup('{"format":"nope"}', PASS).catch((e: UserFacingError) => e);
    expect(garbage).toMatchObject({ message: expect.stringMatching(/not an AllyDesk vault backup/) });
    expect((await other.vault.status()).profiles).toEqual([]);
  });
});

describe('audit trail', () => {
  it('records security events without secrets, per profile, and verification finds an edited line', async () => {
    const { vault, entry, dataDir, audit, profileId } = await unlockedWithEntry();
    await vault.copy(entry.id, 'password');
    vault.reveal(entry.id);
    await vault.lock();
    await vault.unlock(profileId, 'wrong passphrase here').catch(() => undefined);
    await vault.unlock(profileId, PASS);
    const { records, verification } = await vault.audit();
    expect(records.map((r) => r.event).reverse()).toEqual(['profile-create', 'add', 'copy', 'reveal', 'lock', 'unlock-failed', 'unlock']);
    expect(verification).toEqual({ intact: true, records: 7 });
    const text = readFileSync(audit.file, 'utf8');
    for (const secret of ['Pm-pass-001!', 'ann.frontdesk', PASS, 'wrong passphrase here']) expect(text).not.toContain(secret);

    const lines = text.trimEnd().split('\n');
    lines[2] = lines[2]!.replace('"copy"', '"edit"');
    writeFileSync(`${dataDir}/audit.jsonl`, `${lines.join('\n')}\n`);
    expect(await audit.verify()).toMatchObject({ intact: false, firstBrokenLine: 3 });
  });

  it('verification finds a removed line and lines cut off the end', async () => {
    const { vault, entry, dataDir, audit } = await unlockedWithEntry();
    await vault.copy(entry.id, 'username');
    await vault.lock();
    await audit.settled();
    const lines = readFileSync(audit.file, 'utf8').trimEnd().split('\n');
    writeFileSync(`${dataDir}/audit.jsonl`, `${lines.filter((_, i) => i !== 1).join('\n')}\n`);
    expect(await audit.verify()).toMatchObject({ intact: false, firstBrokenLine: 2 });
    writeFileSync(`${dataDir}/audit.jsonl`, `${lines.slice(0, -1).join('\n')}\n`);
    expect(await audit.verify()).toMatchObject({ intact: false, firstBrokenLine: lines.length, reason: expect.stringMatching(/end/) });
  });
});

describe('idle lock counts input anywhere on the computer (Electron system idle time)', () => {
  it('does not lock while someone works in another program, and locks once the whole computer is idle', async () => {
    const { vault, clock, power, events } = await unlockedWithEntry();
    let lastInputAt = clock.now();
    power.systemIdleSeconds = () => (clock.now() - lastInputAt) / 1000;
    clock.advance(3 * 60_000);
    lastInputAt = clock.now(); // typing in the portal in a browser, not in AllyDesk
    clock.advance(2 * 60_000); // AllyDesk's own 5 minutes are up
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).not.toBeNull();
    expect(events.some((e) => e.name === 'vault:lockWarning')).toBe(false);
    clock.advance(3 * 60_000);
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).toBeNull();
    expect(events.at(-1)).toEqual({ name: 'vault:locked', payload: { reason: 'idle' } });
  });

  it('locks when macOS switches to another OS user', async () => {
    const { vault, power } = await unlockedWithEntry();
    power.emit('user-did-resign-active');
    await new Promise((r) => setTimeout(r, 0));
    expect((await vault.status()).unlocked).toBeNull();
  });
});
