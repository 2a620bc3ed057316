import { afterEach, describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../../shared/policy/validate';
import { BITWARDEN_JSON, CHROME_CSV } from '../../../../test/fixtures/loginExports';
import { registerVaultImportIpc } from '../../../ipc/vaultImport';
import { IpcRegistry } from '../../../ipc/registry';
import { silentLogger } from '../../logger';
import { staticPolicy } from '../../policy/service';
import { allFileText, vaultKits } from '../testKit';
import { createPlainExport } from './plainExport';
import { createLoginImport } from './service';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);

async function setUp(policyRaw: Record<string, unknown> = {}) {
  const k = kit();
  const policy = staticPolicy(mergePolicy({ layers: [{ scope: 'machine', location: '/etc/allydesk/policy.json', raw: policyRaw }], notices: [], looked: [] }));
  const registry = new IpcRegistry(silentLogger);
  const now = () => k.clock.now();
  registerVaultImportIpc(
    registry,
    createLoginImport({ vault: k.vault, audit: k.audit, now }),
    createPlainExport({ vault: k.vault, policy, audit: k.audit, now, loginUrl: () => null }),
  );
  await k.vault.createProfile('Ann Front', PASS);
  const call = async (channel: Parameters<IpcRegistry['dispatch']>[0], input: unknown) => {
    const reply = await registry.dispatch(channel, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { reply });
    return reply.data as never;
  };
  return { ...k, registry, call };
}

describe('importing logins through IPC', () => {
  it('previews without passwords, imports the ticked rows through the vault, audits once, and writes the file nowhere', async () => {
    const { call, vault, audit, dataDir } = await setUp();
    const preview: { previewId: string; format: string; rows: { row: number; ticked: boolean }[]; bad: unknown[] } = await call('vaultImport:preview', {
      content: CHROME_CSV,
    });
    expect(preview.format).toBe('chrome');
    expect(JSON.stringify(preview)).not.toContain('Sunny,Day-2026');
    expect(preview.bad).toEqual([{ row: 7, reason: 'This row has 3 columns; the first row has 5.' }]);
    const ticked = preview.rows.filter((r) => r.ticked).map((r) => r.row);
    expect(ticked).toEqual([2, 3, 4]);

    const result: { imported: { title: string; portal: string }[]; failed: unknown[] } = await call('vaultImport:run', {
      previewId: preview.previewId,
      rows: ticked,
    });
    expect(result.failed).toEqual([]);
    expect(result.imported.map((i) => i.portal)).toEqual(['service-center', 'practice-mate', 'ehr']);
    const saved = vault.listEntries('').entries;
    expect(saved.map((e) => [e.title, e.username, e.url])).toEqual(
      expect.arrayContaining([
        ['Service Center', 'ann.frontdesk', 'https://www.officeally.com/secure_oa.asp'],
        ['Practice Mate', 'ann.pm', 'https://pm.officeally.com/pm/login.aspx'],
        ['EHR 24/7', 'ann.ehr', 'https://ehr.officeally.com/'],
      ]),
    );
    const pm = saved.find((e) => e.username === 'ann.pm')!;
    expect(vault.reveal(pm.id).password).toBe('Tulip!Meadow55');

    await audit.settled();
    const records = (await vault.audit()).records;
    const imports = records.filter((r) => r.event === 'import');
    expect(imports).toEqual([expect.objectContaining({ detail: { format: 'chrome', entries: '3' } })]);
    // Nothing of the file on disk: no password, no note, not the other sites' logins.
    const disk = allFileText(dataDir);
    for (const secret of ['Sunny,Day-2026', 'Tulip!Meadow55', 'Bank-Pass-9', 'ask Dr Chen', 'bank.example']) expect(disk).not.toContain(secret);

    // The preview is gone once used; a second preview sees the saved logins as duplicates.
    await expect(call('vaultImport:run', { previewId: preview.previewId, rows: ticked })).rejects.toThrow('no longer open');
    const again: { rows: { row: number; duplicateOf: unknown; ticked: boolean }[] } = await call('vaultImport:preview', { content: CHROME_CSV });
    expect(again.rows.filter((r) => r.duplicateOf === 'saved').map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(again.rows.some((r) => r.ticked)).toBe(false);
  });

  it('a ticked row with hidden characters is kept as the user chose; an unticked other site is not imported', async () => {
    const { call, vault } = await setUp();
    const preview: { previewId: string } = await call('vaultImport:preview', { content: CHROME_CSV });
    const result: { imported: unknown[] } = await call('vaultImport:run', { previewId: preview.previewId, rows: [8, 7] });
    expect(result).toMatchObject({ imported: [{ portal: 'patient-ally' }], failed: [{ row: 7 }] });
    expect(vault.listEntries('').entries.map((e) => e.username)).toEqual(['ann.pa\u00a0']);
  });

  it('the parsed rows are dropped when the vault locks, and nothing is imported while locked', async () => {
    const { call, vault, registry } = await setUp();
    const preview: { previewId: string } = await call('vaultImport:preview', { content: CHROME_CSV });
    const profileId = (await vault.status()).unlocked!.profileId;
    await vault.lock();
    registry.emit('vault:locked', { reason: 'manual' }); // what compose forwards from the vault
    await expect(call('vaultImport:run', { previewId: preview.previewId, rows: [2] })).rejects.toThrow('locked');
    await vault.unlock(profileId, PASS);
    await expect(call('vaultImport:run', { previewId: preview.previewId, rows: [2] })).rejects.toThrow('no longer open');
    expect(vault.listEntries('').entries).toEqual([]);
  });

  it('refuses an unknown file and a locked vault in plain words', async () => {
    const { call, vault } = await setUp();
    await expect(call('vaultImport:preview', { content: 'a,b\r\n1,2\r\n' })).rejects.toThrow(/does not recognise this file/);
    await vault.lock();
    await expect(call('vaultImport:preview', { content: CHROME_CSV })).rejects.toThrow(/locked/);
  });
});

describe('the plaintext export for leaving', () => {
  it('needs the passphrase again, writes nothing, audits it, and imports back into a fresh profile with the same logins', async () => {
    const { call, vault, audit, dataDir } = await setUp();
    const preview: { previewId: string } = await call('vaultImport:preview', { content: BITWARDEN_JSON });
    await call('vaultImport:run', { previewId: preview.previewId, rows: [1] });
    const before = allFileText(dataDir);

    await expect(call('vaultImport:exportPlain', { passphrase: 'wrong one', understood: true })).rejects.toThrow(/not right/);
    await expect(call('vaultImport:exportPlain', { passphrase: PASS, understood: false })).rejects.toThrow(/Tick the box/);
    const exported: { content: string; fileName: string; entries: number } = await call('vaultImport:exportPlain', { passphrase: PASS, understood: true });
    expect(exported.entries).toBe(1);
    expect(exported.fileName).toMatch(/^allydesk-Ann-Front-\d{4}-\d{2}-\d{2}-NOT-ENCRYPTED\.json$/);
    const json = JSON.parse(exported.content);
    expect(json).toMatchObject({
      encrypted: false,
      items: [{ type: 1, name: 'Service Center', login: { username: 'ann.frontdesk', password: 'Sunny,Day-2026' } }],
    });
    await audit.settled();
    expect(allFileText(dataDir).replace(before, '')).not.toContain('Sunny,Day-2026');
    expect((await vault.audit()).records.filter((r) => r.event === 'export')).toEqual([
      expect.objectContaining({ detail: { format: 'bitwarden-json', encrypted: 'false', entries: '1' } }),
    ]);

    await vault.createProfile('Ann Next PC', 'another long passphrase 77');
    const back: { previewId: string; format: string; rows: { ticked: boolean }[] } = await call('vaultImport:preview', { content: exported.content });
    expect(back).toMatchObject({ format: 'bitwarden-json', rows: [{ ticked: true }] });
    await call('vaultImport:run', { previewId: back.previewId, rows: [1] });
    const [entry] = vault.listEntries('').entries;
    expect(entry).toMatchObject({ title: 'Service Center', username: 'ann.frontdesk', notes: 'Line one,\nline two' });
    expect(vault.reveal(entry!.id).password).toBe('Sunny,Day-2026');
  });

  it('is refused when IT turned it off (PlaintextExport: disabled), before any passphrase is checked', async () => {
    const { call } = await setUp({ PlaintextExport: 'disabled' });
    await expect(call('vaultImport:exportPlain', { passphrase: PASS, understood: true })).rejects.toThrow(/IT has turned off exports that are not encrypted/);
  });
});
