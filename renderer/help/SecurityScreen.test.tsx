import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { activate, resetI18n } from '../i18n/store';
import { SecurityScreen } from './SecurityScreen';

afterEach(() => {
  cleanup();
  resetI18n();
});

test('in Spanish the security practices and dashboard tools read in Spanish, Office Ally’s tool names in English (lang="en")', async () => {
  await act(() => activate('es-US'));
  render(<SecurityScreen />);
  expect(screen.getByRole('region', { name: 'Cuentas individuales' }).textContent).toMatch(/Cada empleado debe tener su propio usuario/);
  const claimFix = screen.getByRole('region', { name: 'Claim Fix (corregir reclamaciones)' });
  const names = [...claimFix.querySelectorAll('[lang="en"]')].map((element) => element.textContent);
  expect(names).toEqual(['Claim Fix', 'Claim Fix']);
  expect(claimFix.textContent).toMatch(/Si una aseguradora o las validaciones iniciales de Office Ally rechazan una reclamación/);
});

test('in English the screen shows the seed’s words', () => {
  render(<SecurityScreen />);
  expect(screen.getByRole('region', { name: 'Individual Accounts' }).textContent).toMatch(/Every staff member should have their own unique login/);
  expect(screen.getByRole('region', { name: 'Claim Fix' })).toBeTruthy();
});
