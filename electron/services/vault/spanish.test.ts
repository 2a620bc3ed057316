import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../../shared/policy/empty';
import { UserFacingError } from '../errors';
import { languageChosen } from '../languageKit';
import { staticPolicy } from '../policy/service';
import { practiceMate, vaultKits } from './testKit';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);
const language = languageChosen({ beforeEach, afterEach }, 'es-US');

async function failure(promise: Promise<unknown> | (() => unknown)) {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

describe('the vault’s errors in Spanish, when Spanish is chosen in Settings', () => {
  it('a wrong passphrase says so in Spanish, with the tries left and the wait in es-US words and time', async () => {
    const { vault } = kit();
    const { unlocked } = await vault.createProfile('Ana', PASS);
    await vault.lock();
    const first = await failure(vault.unlock(unlocked!.profileId, 'not it at all'));
    expect(first).toMatchObject({ code: 'invalid_input', fields: { passphrase: 'Revise Bloq Mayús y vuelva a intentarlo.' } });
    expect(first.message).toBe('Esa frase de contraseña no es correcta. Le quedan 4 intentos antes de que AllyDesk le haga esperar.');
    for (let i = 0; i < 3; i++) await failure(vault.unlock(unlocked!.profileId, 'not it at all'));
    const fifth = await failure(vault.unlock(unlocked!.profileId, 'not it at all'));
    expect(fifth.code).toBe('throttled');
    expect(fifth.message).toMatch(
      /^Esa frase de contraseña no es correcta\. Demasiados intentos fallidos: puede volver a intentarlo a las \d{1,2}:\d\d:\d\d\s[ap]\.\s?m\.\s\(en 30 segundos\)\.$/,
    );
    const waiting = await failure(vault.unlock(unlocked!.profileId, PASS));
    expect(waiting.message).toMatch(/^Demasiadas frases de contraseña incorrectas\. Puede volver a intentarlo a las .+ \(en 30 segundos\)\.$/);
    // The choice applies without a restart: back to English, the same wait in English.
    language.setChoice('en-US');
    expect((await failure(vault.unlock(unlocked!.profileId, PASS))).message).toMatch(
      /^Too many wrong passphrases\. The next try is allowed at \d{1,2}:\d\d:\d\d\s[AP]M \(in 30 seconds\)\.$/,
    );
  });

  it('PIN refusals, wrong PINs and a policy ceiling come out in Spanish with CLDR plurals', async () => {
    const policy = staticPolicy({ ...EMPTY_POLICY_STATE, values: { PinMaxHours: 1, VaultIdleLockMinutesMax: 1 } });
    const { vault } = kit({ policy });
    const { unlocked } = await vault.createProfile('Ana', PASS);
    expect(await failure(vault.setPin('1234', 1))).toMatchObject({
      code: 'invalid_input',
      fields: { pin: 'Los dígitos en orden (como 1234 o 4321) están entre los primeros PIN que cualquiera prueba. Elija un PIN menos regular.' },
    });
    expect((await failure(vault.setPin('12', 1))).message).toBe('Use de 4 a 8 dígitos.');
    expect((await failure(vault.setPin('69035817', 8))).message).toBe('Su consultorio permite que un PIN dure como máximo 1 hora. Elija 1 hora o menos.');
    expect((await failure(() => vault.updateSettings({ clipboardClearSeconds: 30, idleLockMinutes: 30, rotationDays: 90, practiceName: '' }))).fields).toEqual({
      idleLockMinutes:
        'El departamento de TI de su consultorio permite que sus contraseñas sigan desbloqueadas sin uso como máximo 1 minuto. Elija 1 minuto o menos.',
    });
    await vault.setPin('69035817', 1);
    await vault.lock();
    const wrong = await failure(vault.unlockWithPin(unlocked!.profileId, '4829'));
    expect(wrong).toMatchObject({
      code: 'invalid_input',
      message: 'Ese PIN no es correcto. Quedan 2 intentos; después se pedirá su frase de contraseña.',
    });
    expect((await failure(vault.unlockWithPin(unlocked!.profileId, '4828'))).message).toContain('Queda 1 intento;');
    expect((await failure(vault.unlockWithPin(unlocked!.profileId, '4827'))).message).toBe(
      '3 PIN incorrectos: el PIN ya no funciona. Desbloquee con su frase de contraseña.',
    );
  });

  it('entries, profiles and backups refuse in Spanish; the codes stay the same', async () => {
    const { vault } = kit();
    await vault.createProfile('Ana', PASS);
    expect(await failure(vault.createProfile('ana', PASS))).toMatchObject({
      code: 'conflict',
      message: 'Ya hay un perfil llamado «Ana».',
      fields: { name: 'Cada miembro del personal tiene su propio perfil: use su propio nombre.' },
    });
    expect(await failure(() => vault.saveEntry({ fields: practiceMate('ana'), password: '', keepHiddenCharacters: false }))).toMatchObject({
      code: 'invalid_input',
      fields: { password: 'Escriba la contraseña.' },
    });
    expect(await failure(() => vault.reveal('no-such-entry'))).toMatchObject({
      code: 'not_found',
      message: 'Ese inicio de sesión ya no está entre sus contraseñas.',
    });
    const { content } = await vault.exportBackup();
    expect(await failure(vault.importBackup(content, 'some other passphrase'))).toMatchObject({
      code: 'invalid_input',
      message: 'Esa frase de contraseña no abre esta copia de seguridad (o el archivo se modificó). No se importó nada.',
    });
    expect((await failure(vault.createProfile('Bea', 'short'))).message).toMatch(/^Use al menos 8 caracteres\./);
    await vault.lock();
    expect(await failure(() => vault.listEntries(''))).toMatchObject({
      code: 'locked',
      message: 'Sus contraseñas están bloqueadas. Primero desbloquee su perfil.',
    });
  });
});
