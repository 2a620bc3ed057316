import type { Locator, Page } from '@playwright/test';
import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { startPortalFor } from './portalHelpers';

/**
 * Settings, the portal windows, the troubleshooter and the support screen in Spanish (issue 23):
 * the screens' own headings and buttons by role and name, Office Ally's words kept in English and
 * marked lang="en", axe 0, screenshots at 1366×768. Spanish is chosen in Settings, as a user
 * would, so the spec runs alike in both projects; the portal window is the stand-in portal's.
 */
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name, exact: true });
const englishNames = (scope: Locator) => scope.locator('[lang="en"]').allTextContents();

let portal: StandInPortal | undefined;
test.afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

test('Settings, the portal windows, the troubleshooter and support in Spanish: headings and buttons, Office Ally’s names in English, axe 0', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  portal = await startPortalFor(app);
  await page.reload();

  // Settings: choose Spanish; the screen changes at once.
  await navLink(page, 'Settings').click();
  await page.getByLabel('Language of AllyDesk').selectOption('es-US');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('heading', { level: 2, name: 'Configuración: los datos de Office Ally de su consultorio' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Páginas de inicio de sesión de los portales' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Soporte de Office Ally' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Ventanas de portal' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Actualizaciones' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Carpeta compartida de perfiles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Guardar la carpeta compartida' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Política del consultorio' })).toBeVisible();
  await expect(page.getByText('No hay ninguna política del consultorio en vigor en esta computadora.', { exact: false })).toBeVisible();
  const submit = page.getByRole('checkbox', { name: /^«Entrar como» también pulsa el botón Continue del portal/ });
  await expect(submit).toBeVisible();
  expect(await englishNames(page.locator('label', { has: page.locator('[lang="en"]') }).filter({ hasText: 'Entrar como' }))).toEqual(['Continue']);
  // A foreign address is refused, in Spanish, with CLDR's "one".
  const ehrField = page.getByRole('textbox', { name: 'EHR 24/7: página de inicio de sesión' });
  await ehrField.fill('https://evil.example/login');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('No se guardó: hay que corregir un campo (marcados abajo). Lo que escribió se conserva.')).toBeVisible();
  await expect(ehrField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Déjelo vacío para usar el valor de los documentos de ayuda: /).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-1-settings-1366');
  await ehrField.fill('');

  // The portal cards: where each window starts, with the Log in menu's item in English.
  await nav(page, '¿Qué portal?').click();
  const serviceCenterStart = page.locator('.portal-start').filter({ hasText: 'Service Center' });
  await expect(serviceCenterStart).toContainText('Elija Service Center Login en Log in, arriba a la derecha.');
  expect(await englishNames(serviceCenterStart)).toEqual(['Service Center Login', 'Log in']);
  await expect(page.locator('.portal-start').filter({ hasText: 'Practice Mate' })).toContainText('Dirección de inicio: fijada por su consultorio.');

  // Clearing asks first, in Spanish; Escape keeps everything.
  await page.getByRole('button', { name: 'Borrar la caché y las cookies de Service Center' }).click();
  const clear = page.getByRole('alertdialog', { name: '¿Borrar la caché y las cookies de Service Center?' });
  await expect(clear.getByRole('button', { name: 'Conservarlas' })).toBeFocused();
  await expect(clear.getByRole('button', { name: 'Borrar y volver a abrir' })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(clear).toBeHidden();

  // A private Practice Mate window (the stand-in portal): the open windows' list and its toolbar in Spanish.
  await page.getByRole('button', { name: 'Abrir una ventana privada de Practice Mate' }).click();
  await expect(page.getByText('Practice Mate está abierto en una ventana privada: no se guarda nada de ella cuando la cierra.')).toBeVisible({
    timeout: 20_000,
  });
  const list = page.getByRole('region', { name: 'Ventanas de portal abiertas' });
  await expect(list.getByRole('heading', { level: 2, name: 'Ventanas de portal abiertas' })).toBeVisible();
  const toolbar = list.getByRole('toolbar', { name: 'Ventana Practice Mate — ventana privada' });
  for (const name of ['Traer al frente', 'Atrás', 'Adelante', 'Volver a cargar', 'Buscar', 'Imprimir', 'Guardar como PDF', 'Cerrar']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(toolbar.getByRole('button', { name: /^Acercar \(ahora \d+ %\)$/ })).toBeVisible();
  await expect(list.getByText('127.0.0.1')).toBeVisible({ timeout: 15_000 });
  await toolbar.getByRole('button', { name: 'Buscar', exact: true }).click();
  const find = list.getByRole('searchbox', { name: 'Buscar en Practice Mate — ventana privada' });
  await expect(find).toBeFocused();
  await expect(list.getByRole('button', { name: 'Cerrar la búsqueda' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-2-portal-windows-1366');
  await list.getByRole('button', { name: 'Cerrar la búsqueda' }).click();
  await toolbar.getByRole('button', { name: 'Cerrar', exact: true }).click();
  await expect(list).toBeHidden({ timeout: 15_000 });

  // The troubleshooter: the hidden-character checker, then a path to the support composer.
  await nav(page, 'Resolver un problema de acceso').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resolver un problema de acceso' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '¿Qué ve en la pantalla?' })).toBeVisible();
  await expect(page.getByLabel('¿En qué portal intentaba iniciar sesión?')).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Revisar un usuario o una contraseña pegados' })).toBeVisible();
  await page.getByLabel('Pegue aquí el usuario o la contraseña').fill('ana.recepcion ');
  await expect(page.getByText('Esto contiene un espacio al final.', { exact: false })).toBeVisible();
  await expect(page.getByText('14 caracteres, de ellos 1 oculto o en blanco.')).toBeVisible();
  await page.getByRole('switch', { name: 'Mostrar los caracteres en la pantalla' }).click();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-3-troubleshoot-1366');

  await page.getByRole('button', { name: 'Quedé bloqueado después de demasiados intentos' }).click();
  const step = page.getByRole('article');
  await expect(step.getByText('Paso 1 de 2')).toBeVisible();
  await step.getByRole('button', { name: 'Iniciar el temporizador de bloqueo' }).click();
  await expect(step.getByText('Elija el portal para que el temporizador sepa a qué inicio de sesión corresponde.')).toBeVisible();
  await expect(step.getByRole('radiogroup', { name: 'Cuánto esperar' }).getByRole('radio', { name: '15 minutos' })).toBeVisible();
  const question = step.getByRole('group', { name: '¿Eso lo resolvió?' });
  await expect(question.getByRole('button', { name: 'Sí, ya funciona' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-4-trouble-step-1366');
  await question.getByRole('button', { name: 'No, siguiente paso' }).click();
  await step.getByRole('group', { name: '¿Eso lo resolvió?' }).getByRole('button', { name: 'No, siguiente paso' }).click();
  await expect(step.getByText('Último paso')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Ya probado' })).toBeHidden();
  const composer = page.getByRole('form', { name: 'Escribir al soporte de Office Ally' });
  await expect(composer.getByRole('heading', { level: 4, name: 'Escribir al soporte de Office Ally' })).toBeVisible();
  await expect(composer.getByText('Pasos ya probados (en este asistente)')).toBeVisible();
  await composer.getByLabel('Qué pasó').fill('Escribí password: Hunter22 y no entró');
  await composer.getByRole('button', { name: 'Abrir un correo a soporte' }).click();
  await expect(composer.getByText('No se envió ni se copió nada. Corrija los campos marcados abajo.')).toBeVisible();
  await expect(composer.getByText('Escriba su usuario: soporte lo necesita para encontrar su cuenta.')).toBeVisible();
  await expect(composer.getByText(/^Parece que esto contiene una contraseña \("password …"\)\. Quítela/)).toBeVisible();
  await expect(composer.getByLabel('Vista previa del mensaje')).toHaveValue(/\[oculto aquí: parece una contraseña; quítela arriba\]/);
  await expect(composer.getByLabel('Vista previa del mensaje')).not.toHaveValue(/Hunter22/);
  await expect(composer.getByRole('button', { name: 'Copiar el texto' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-5-trouble-support-1366');
  await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '¿Qué ve en la pantalla?' })).toBeFocused();

  // The support screen: its own words in Spanish, Live Chat as Office Ally names it.
  await nav(page, 'Contactar a soporte').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Contactar al soporte de Office Ally' })).toBeVisible();
  await expect(page.getByText('Nunca dé su contraseña, ni por teléfono, ni por chat, ni por correo.', { exact: false })).toBeVisible();
  const phone = page.getByRole('region', { name: 'Teléfono' });
  await expect(phone).toContainText('Para problemas técnicos, marque la opción 2.');
  const chat = page.getByRole('region', { name: 'Live Chat (chat en vivo)' });
  expect(await englishNames(chat.getByRole('heading', { level: 3 }))).toEqual(['Live Chat']);
  await expect(page.getByRole('region', { name: 'Correo electrónico' })).toContainText('Soporte: support@officeally.com');
  await expect(page.getByRole('region', { name: 'Dirección postal' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'es-screens-6-support-1366');
});
