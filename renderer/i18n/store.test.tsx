import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { shellMessages } from '../app/messages';
import { searchMessages } from '../help/searchMessages';
import { simpleFormat } from './simpleFormat';
import { activate, resetI18n, useI18n, useT } from './store';

function Probe() {
  const t = useT();
  return (
    <p>
      {t(shellMessages['screen.vault'])} / {t(searchMessages.count, { count: 3 })}
    </p>
  );
}

// Unmount first: a mounted probe would re-render in English before react-intl, with its plural.
afterEach(() => {
  cleanup();
  resetI18n();
});

describe('i18n store', () => {
  it('renders English before react-intl loads (plain messages), then switches language without a restart', async () => {
    // Before react-intl: the startup formatter fills plain arguments and refuses anything richer.
    expect(simpleFormat(shellMessages.notification.defaultMessage, { title: 'Timer', body: 'Log in again' })).toBe('Timer: Log in again');
    expect(() => simpleFormat(searchMessages.count.defaultMessage, { count: 3 })).toThrow(/needs react-intl/);
    await act(() => activate('en-US'));
    render(<Probe />);
    expect(screen.getByText('Passwords / 3 results')).toBeTruthy();
    await act(() => activate('es-US'));
    expect(screen.getByText('Contraseñas / 3 resultados')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es-US');
    expect(localStorage.getItem('allydesk:locale')).toBe('es-US');
    expect(useI18n.getState().bundle?.messages['shell.skip']).toBe('Ir a la pantalla');
    await act(() => activate('en-US'));
    expect(screen.getByText('Passwords / 3 results')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('a message the catalog lacks shows its English text', async () => {
    await act(() => activate('es-US'));
    const intl = useI18n.getState().intl!;
    expect(intl.formatMessage({ id: 'nowhere.key', defaultMessage: 'Only in English' })).toBe('Only in English');
  });
});
