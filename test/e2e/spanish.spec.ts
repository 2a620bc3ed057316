import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, startBrowserHost, stopBrowserHost, test, untilInteractive } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name, exact: true });

test('a browser in Spanish gets AllyDesk in Spanish: the first screen, the task finder, lang attributes, axe 0', async ({ chromiumBrowser }, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'browser', 'browser mode: the browser’s languages stand in for the system’s');
  const host = await startBrowserHost();
  const context = await chromiumBrowser!.newContext({ locale: 'es-US', viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await untilInteractive(page);
    await expect(page.getByRole('heading', { level: 2, name: '¿Qué portal de Office Ally necesito?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect(nav(page, 'Contraseñas')).toBeVisible();
    await expect(page.getByRole('main', { name: '¿Qué portal?' })).toBeVisible();

    await page.getByLabel('Escriba la tarea con sus propias palabras').fill('estado de reclamacion');
    await page.getByRole('button', { name: 'Buscar el portal' }).click();
    await expect(page.getByText(/Para “estado de reclamacion” use/)).toContainText('Service Center');
    await screenshot(page, 'es-portals-1366');
    await expectAccessible(page);

    // The header search folds accents too.
    await page.getByRole('searchbox', { name: 'Buscar en la ayuda' }).fill('reclamacion');
    await expect(page.getByRole('status').filter({ hasText: /resultados?$/ })).toBeVisible();
    await page.setViewportSize({ width: 640, height: 768 });
    await screenshot(page, 'es-portals-640');
  } finally {
    await context.close();
    await stopBrowserHost(host);
  }
});

test('Settings switches the language at once, without a restart, and back to the system’s', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const select = page.getByLabel('Language of AllyDesk');
  await expect(select).toBeEnabled();
  await select.selectOption('es-US');
  await expect(page.getByText('Guardado: AllyDesk ahora se muestra en Español (Estados Unidos).')).toBeVisible();
  await expect(nav(page, 'Configuración')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expectAccessible(page);
  await screenshot(page, 'es-settings-1366');
  await page.getByLabel('Idioma de AllyDesk').selectOption('system');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});
