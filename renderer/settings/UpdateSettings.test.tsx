import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { UpdateViewPayload } from '../../shared/ipc/update';
import { installFakeBridge } from '../testing/fakeBridge';
import { activate } from '../i18n/store';
import { UpdateSettings } from './UpdateSettings';

// The screen renders after react-intl has loaded (as the app's lazy screens do).
beforeAll(() => activate('en-US'));

afterEach(cleanup);

const view = (over: Partial<UpdateViewPayload>): UpdateViewPayload => ({
  version: '0.1.0',
  mode: 'default',
  decidedBy: 'app',
  feed: 'publisher',
  canCheck: true,
  status: { kind: 'up-to-date' },
  ...over,
});

test('shows the version, the state and who decides; UpdateMode "none" from IT offers no check', async () => {
  installFakeBridge(undefined, {
    'update:get': () => ({
      ok: true,
      data: view({
        mode: 'none',
        decidedBy: 'it',
        canCheck: false,
        status: { kind: 'off', reason: "Updates are turned off by your practice's IT. IT installs each new version." },
      }),
    }),
  });
  render(<UpdateSettings />);
  expect(await screen.findByText('0.1.0')).toBeTruthy();
  expect(screen.getByText("Set by your practice's IT")).toBeTruthy();
  expect(screen.getByRole('status').textContent).toContain("Updates are turned off by your practice's IT");
  expect(screen.queryByRole('button', { name: 'Check for updates' })).toBeNull();
});

test('Check for updates, then the download progress and "Restart and update" as main reports them', async () => {
  const user = userEvent.setup();
  const bridge = installFakeBridge(undefined, {
    'update:get': () => ({ ok: true, data: view({ mode: 'manual', status: { kind: 'idle' } }) }),
    'update:check': () => ({ ok: true, data: view({ mode: 'manual', canCheck: false, status: { kind: 'checking' } }) }),
    'update:install': () => ({ ok: true, data: { restarting: true } }),
  });
  render(<UpdateSettings />);
  expect(await screen.findByText(/only when you press “Check for updates”/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Check for updates' }));
  expect(screen.getByRole('status').textContent).toContain('Checking for updates…');
  expect((screen.getByRole('button', { name: 'Check for updates' }) as HTMLButtonElement).disabled).toBe(true);
  bridge.emit('update:changed', view({ status: { kind: 'downloading', version: '0.2.0', percent: 40 } }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Downloading version 0.2.0 in the background (40%)'));
  bridge.emit('update:changed', view({ status: { kind: 'ready', version: '0.2.0', releaseNotes: 'New phone menu.' } }));
  await user.click(await screen.findByRole('button', { name: 'Restart and update' }));
  expect(bridge.calls.map((c) => c.channel)).toContain('update:install');
  expect(screen.getByText('What changes: New phone menu.')).toBeTruthy();
});

test('a refused download says why; after an update it says what changed until dismissed', async () => {
  const user = userEvent.setup();
  installFakeBridge(undefined, {
    'update:get': () => ({
      ok: true,
      data: view({
        version: '0.2.0',
        status: { kind: 'failed', message: 'The update could not be downloaded. Its contents did not match…' },
        whatsNew: { version: '0.2.0', releaseNotes: 'New phone menu.' },
      }),
    }),
    'update:dismissWhatsNew': () => ({ ok: true, data: view({ version: '0.2.0' }) }),
  });
  render(<UpdateSettings />);
  expect(await screen.findByText('AllyDesk was updated to version 0.2.0. What changed:')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toContain('Its contents did not match');
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  await waitFor(() => expect(screen.queryByText(/AllyDesk was updated/)).toBeNull());
});
