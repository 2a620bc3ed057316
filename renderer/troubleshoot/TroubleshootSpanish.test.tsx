import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { activate, resetI18n } from '../i18n/store';
import { EMPTY_DRAFT, useTroubleshoot } from '../state/troubleshoot';
import { installFakeBridge } from '../testing/fakeBridge';
import { TroubleshootScreen } from './TroubleshootScreen';

beforeEach(() => {
  installFakeBridge();
  useTroubleshoot.setState({ symptomId: null, stepIndex: 0, fixed: false, portalId: '', draft: EMPTY_DRAFT });
});
afterEach(() => {
  cleanup();
  resetI18n();
});

// The screen's own words (buttons, headings) are the i18n catalog's; these tests check the help records it shows.
test('in Spanish the symptoms, steps, quotes and action labels are the Spanish records, Office Ally’s words in English', async () => {
  await act(() => activate('es-US'));
  render(<TroubleshootScreen />);
  expect(screen.getByRole('button', { name: 'No me llega el código de seguridad 2FA' })).toBeTruthy();
  act(() => useTroubleshoot.setState({ symptomId: 'blank-page', stepIndex: 1 }));
  const step = screen.getByRole('article');
  const title = within(step).getByRole('heading', { level: 3 });
  expect(title.textContent).toBe('Pruebe una ventana Incognito o InPrivate');
  expect([...title.querySelectorAll('[lang="en"]')].map((name) => name.textContent)).toEqual(['Incognito', 'InPrivate']);
  expect(step.textContent).toMatch(/Una ventana privada se abre sin las extensiones del navegador/);
  expect(step.querySelector('blockquote')?.textContent).toMatch(/evita conflictos con las extensiones/);
  // The step already tried is listed in Spanish too.
  expect(screen.getByText('Borre la caché y las cookies del navegador para Office Ally')).toBeTruthy();

  act(() => useTroubleshoot.setState({ symptomId: 'password-rejected', stepIndex: 3 }));
  expect(screen.getByRole('button', { name: 'Abrir la ayuda para la contraseña olvidada' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Ver el video para restablecer la contraseña (en inglés)' })).toBeTruthy();
});

test('the last step: contacting support, with the channels and hours in Spanish', async () => {
  await act(() => activate('es-US'));
  render(<TroubleshootScreen />);
  act(() => useTroubleshoot.setState({ symptomId: 'logged-out', stepIndex: 2 }));
  const step = screen.getByRole('article');
  expect(within(step).getByRole('heading', { level: 3 }).textContent).toBe('Comuníquese con el soporte de Office Ally');
  expect(step.textContent).toMatch(/Teléfono: \(360\) 975-7000, opción 2 para problemas técnicos/);
  expect(step.textContent).toMatch(/De lunes a viernes: 5:00\sa\.m\. P[SD]T/);
  expect([...step.querySelectorAll('strong [lang="en"]')].map((name) => name.textContent)).toContain('Live Chat');
});
