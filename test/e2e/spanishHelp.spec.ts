import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, startBrowserHost, stopBrowserHost, test, untilInteractive } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name, exact: true });
/** Office Ally's words inside an element: each in English, marked lang="en". */
const englishNames = (within: Locator) => within.locator('[lang="en"]').allTextContents();

/*
 * The troubleshooter's and support screens' own buttons and headings are i18n messages (their
 * wording is the catalog's); this spec asserts the help records they show, so it answers a step
 * with the second button of "Did that fix it?" (No) rather than by that button's words.
 */
const answerNo = (page: Page) => page.getByRole('article').getByRole('group').getByRole('button').nth(1).click();

test('help in Spanish: one troubleshooter path to support with the steps tried, the support screen in es-US hours, the security screen; Office Ally’s words lang="en"; axe 0', async ({
  chromiumBrowser,
}, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'browser', 'browser mode: the browser’s languages stand in for the system’s');
  test.setTimeout(120_000);
  const host = await startBrowserHost();
  const context = await chromiumBrowser!.newContext({ locale: 'es-US', timezoneId: 'America/Chicago', viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await untilInteractive(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');

    // The symptom, in the user's words.
    await nav(page, 'Resolver un problema de acceso').click();
    await page.getByRole('button', { name: 'La página queda en blanco o carga a medias' }).click();
    const step = page.getByRole('article');
    await expect(step.getByRole('heading', { level: 3, name: 'Borre la caché y las cookies del navegador para Office Ally' })).toBeVisible();
    await expect(step.getByRole('blockquote')).toContainText('Borrar la caché y las cookies de ese sitio es un primer paso muy eficaz.');
    await expect(step.getByRole('button', { name: 'Cómo borrar la caché y las cookies (Office Ally, en inglés)' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'es-help-1-trouble-step1-1366');

    // Step 2: Office Ally's window names stay English.
    await answerNo(page);
    const private_ = step.getByRole('heading', { level: 3, name: 'Pruebe una ventana Incognito o InPrivate' });
    await expect(private_).toBeVisible();
    expect(await englishNames(private_)).toEqual(['Incognito', 'InPrivate']);
    await expect(page.getByRole('list').filter({ hasText: 'Borre la caché y las cookies del navegador para Office Ally' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'es-help-2-trouble-step2-1366');

    // Step 3, then the last step: contacting support.
    await answerNo(page);
    await expect(step.getByRole('heading', { level: 3, name: 'Use la versión más reciente de Google Chrome o Microsoft Edge' })).toBeVisible();
    await answerNo(page);
    await expect(step.getByRole('heading', { level: 3, name: 'Comuníquese con el soporte de Office Ally' })).toBeVisible();
    await expect(step).toContainText('Dé su usuario, el portal y el mensaje de error exacto. Nunca su contraseña.');
    const channels = step.getByRole('list').filter({ hasText: 'Teléfono' });
    await expect(channels).toContainText('(360) 975-7000, opción 2 para problemas técnicos');
    await expect(channels).toContainText(/De lunes a viernes: 5:00\sa\.\s?m\.\sP[SD]T/);
    expect(await englishNames(channels)).toContain('Live Chat');
    // The request to Office Ally (whose support works in English) carries the path: the three steps tried, in English, marked so.
    const tried = step.locator('ol.trouble-tried > li');
    await expect(tried).toHaveCount(3);
    await expect(tried.first()).toHaveAttribute('lang', 'en');
    await expect(tried.first()).toContainText('Clear the browser');
    await expectAccessible(page);
    await screenshot(page, 'es-help-3-trouble-support-1366');

    // The support screen: the seed's sentences in Spanish, the hours as es-US writes them.
    await nav(page, 'Contactar a soporte').click();
    await expect(page.getByText('Si ninguno de los pasos para resolver el problema funciona, el último recurso', { exact: false })).toBeVisible();
    const chat = page.locator('#support-chat');
    await expect(chat).toContainText('la función Live Chat (chat en vivo) del sitio principal de Office Ally');
    expect(await englishNames(chat)).toContain('Live Chat');
    await expect(chat).toContainText(/(Abierto ahora: cierra|Cerrado ahora: abre (hoy|mañana)) a las \d{1,2}:00\sa?p?\.\s?m\.\sP[SD]T/);
    await expect(chat).toContainText(/Todos los días: 6:00\sa\.\s?m\.\sP[SD]T – 5:00\sp\.\s?m\.\sP[SD]T/);
    await expect(page.locator('#support-email')).toContainText('nunca incluya su contraseña en el mensaje');
    await expectAccessible(page);
    await screenshot(page, 'es-help-4-support-1366');

    // The security screen: practices and dashboard tools, the tools' names as Office Ally shows them.
    await nav(page, 'Seguridad y herramientas').click();
    await expect(page.getByRole('region', { name: 'Cuentas individuales' })).toContainText('Cada empleado debe tener su propio usuario.');
    const claimFix = page.getByRole('region', { name: 'Claim Fix (corregir reclamaciones)' });
    await expect(claimFix).toContainText('rechazan una reclamación');
    expect(await englishNames(claimFix)).toEqual(['Claim Fix', 'Claim Fix']);
    expect(await englishNames(page.getByRole('region', { name: /^Payer List Lookup/ }))).toEqual(['Payer List Lookup', 'Resource Center']);
    await expectAccessible(page);
    await screenshot(page, 'es-help-5-security-1366');
  } finally {
    await context.close();
    await stopBrowserHost(host);
  }
});
