import { afterEach, describe, expect, it } from 'vitest';
import { allFileText, practiceMate, vaultKits } from './testKit';

const kit = vaultKits(afterEach);

/** The vault's narrow door for portal windows: one entry's login for one fill, audited without the secret. */
describe('vault: login for a portal window fill', () => {
  it('gives the unlocked profile and the entry, and audits each fill with the host only', async () => {
    const { vault, audit, dataDir } = kit();
    await vault.createProfile('Ann', 'lantern orchard velvet 42');
    const profileId = vault.currentProfile()!.id;
    const entry = vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Quokka!Parsnip77', keepHiddenCharacters: false });
    expect(vault.loginTarget(entry.id)).toEqual({ profileId, profileName: 'Ann', portal: 'practice-mate', entryUrl: '' });
    const login = vault.readForFill(entry.id);
    expect([login.username, login.password]).toEqual(['ann.frontdesk', 'Quokka!Parsnip77']);
    expect((await audit.list(profileId)).map((r) => r.event)).not.toContain('fill');
    login.recordFill('auth.officeally.com');
    await audit.settled();
    const fills = (await audit.list(profileId)).filter((r) => r.event === 'fill');
    expect(fills).toMatchObject([{ entryId: entry.id, detail: { host: 'auth.officeally.com' } }]);
    expect(allFileText(dataDir)).not.toContain('Quokka!Parsnip77');
  });

  it('refuses while locked and for SFTP credentials', async () => {
    const { vault } = kit();
    await vault.createProfile('Ann', 'lantern orchard velvet 42');
    const sftp = vault.saveEntry({
      fields: { kind: 'sftp', host: 'sftp.officeally.com', port: 22, username: 'ann', notes: '' },
      password: 'Quokka!Parsnip77',
      keepHiddenCharacters: false,
    });
    expect(() => vault.readForFill(sftp.id)).toThrow(/practice software/);
    await vault.lock('manual');
    expect(() => vault.loginTarget(sftp.id)).toThrow(/locked/);
  });
});
