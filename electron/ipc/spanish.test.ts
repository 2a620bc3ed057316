import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeForTest } from '../composeForTest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The whole app as main composes it, with Spanish chosen in Settings (language:set) as the page does. */
async function spanishApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-es-ipc-'));
  dirs.push(dataDir);
  const composed = composeForTest(dataDir, { startAt: Date.UTC(2026, 5, 1, 17, 30) });
  const call = (channel: string, input?: unknown) => composed.registry.dispatch(channel, input);
  expect(await call('language:set', { choice: 'es-US' })).toMatchObject({ ok: true, data: { locale: 'es-US' } });
  return { composed, call };
}

describe('main’s errors over IPC, with Spanish chosen in Settings', () => {
  it('the vault, portal windows and the link allow-list answer in Spanish; English again once English is chosen', async () => {
    const { call } = await spanishApp();
    const made = await call('vault:createProfile', { name: 'Ana', passphrase: 'lantern orchard velvet 42' });
    const { profileId } = (made as { data: { unlocked: { profileId: string } } }).data.unlocked;
    expect(await call('vault:lock')).toMatchObject({ ok: true });
    expect(await call('vault:unlock', { profileId, passphrase: 'wrong words here' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Esa frase de contraseña no es correcta. Le quedan 4 intentos antes de que AllyDesk le haga esperar.',
        fields: { passphrase: 'Revise Bloq Mayús y vuelva a intentarlo.' },
      },
    });
    expect(await call('portals:open', { portalId: 'practice-mate' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/^Primero desbloquee su perfil de contraseñas/) },
    });
    expect(await call('portals:open', { portalId: 'practice-mate', private: true })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: 'Las ventanas de portal no están disponibles en esta copia de AllyDesk. Abra el portal en su propio navegador.' },
    });
    expect(await call('app:openExternal', { url: 'https://evil.example/login' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'AllyDesk solo abre direcciones de Office Ally y Patient Ally (evil.example no es una de ellas).' },
    });
    expect(await call('app:openExternal', { url: 'mailto:someone@example.com' })).toMatchObject({
      error: { message: 'AllyDesk solo escribe correos a support@officeally.com o info@officeally.com.' },
    });
    await call('language:set', { choice: 'en-US' });
    expect(await call('app:openExternal', { url: 'http://www.officeally.com/' })).toMatchObject({
      error: { code: 'forbidden', message: 'Only secure https:// addresses can be opened.' },
    });
  });

  it('timers, autopay, End my shift, the shared folder and refused inputs answer in Spanish', async () => {
    const { call } = await spanishApp();
    expect(await call('timers:stop', { kind: 'lockout', portalId: 'practice-mate' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No hay un temporizador de bloqueo de Practice Mate que detener, así que no se cambió nada.' },
    });
    expect(await call('timers:setPasswordChanged', { portalId: 'practice-mate', date: '2099-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { date: 'La fecha no puede estar en el futuro.' } },
    });
    expect(await call('autopay:cancel', { product: 'practice-mate', classicCancelWord: 'Cancel' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Escribió «Cancel» con mayúsculas. Escriba cancel todo en minúsculas y sin espacios: la casilla distingue mayúsculas de minúsculas.',
      },
    });
    expect(await call('autopay:cancel', { product: 'practice-mate', classicCancelWord: 'cancel\u200b' })).toMatchObject({
      error: { message: expect.stringMatching(/^Hay un carácter de ancho cero \(invisible\) después de la palabra\./) },
    });
    expect(await call('autopay:cancel', { product: 'practice-mate', classicCancelWord: 'cancel' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Según el registro de AllyDesk, Practice Mate no está inscrito en el pago automático, así que no hay nada que cancelar.',
      },
    });
    expect(await call('shift:end')).toMatchObject({
      ok: false,
      error: { code: 'locked', message: 'No hay nadie con la sesión iniciada, así que no hay un turno que terminar.' },
    });
    expect(await call('vault:setSharedFolder', { folder: null, pcName: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { pcName: 'Póngale un nombre a esta computadora.' } },
    });
    expect(await call('timers:stop', { kind: 'lockout', portalId: 'practice-mate', wipe: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Revise la solicitud: AllyDesk no acepta "wipe" aquí, así que no se cambió nada.' },
    });
    expect(await call('vault:createProfile', { name: 'Ana', passphrase: 'x'.repeat(2000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { passphrase: 'Use como máximo 1,024 caracteres.' } },
    });
    expect(await call('no:such-channel')).toMatchObject({ ok: false, error: { code: 'unknown_channel', message: 'AllyDesk no conoce esa solicitud.' } });
  });
});
