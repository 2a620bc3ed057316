import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mergePolicy } from '../../../shared/policy/validate';
import { resetPolicyStore } from '../../state/policy';
import { installFakeBridge } from '../../testing/fakeBridge';
import { TransferPanel } from './TransferPanel';

beforeEach(() => resetPolicyStore());
afterEach(() => cleanup());

const policyWith = (raw: Record<string, unknown>) =>
  mergePolicy({ layers: [{ scope: 'machine', location: '/etc/allydesk/policy.json', raw }], notices: [], looked: ['/etc/allydesk/policy.json'] });

test('without a policy both the import and the plaintext export are offered', async () => {
  installFakeBridge();
  render(<TransferPanel />);
  expect(await screen.findByRole('button', { name: 'Import logins…' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Export without encryption…' })).toBeTruthy();
});

test('PlaintextExport "disabled": no export button, the tab says IT turned it off; the import stays', async () => {
  installFakeBridge({ portalUrls: {} }, { 'policy:get': () => ({ ok: true, data: policyWith({ PlaintextExport: 'disabled' }) }) });
  render(<TransferPanel />);
  expect(await screen.findByText(/Your practice has turned this off/)).toBeTruthy();
  expect(screen.getByText(/Set by your practice's IT/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Export without encryption…' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Import logins…' })).toBeTruthy();
});
