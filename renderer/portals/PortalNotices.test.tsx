import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PortalsView } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { installFakeBridge } from '../testing/fakeBridge';
import { PortalNotices } from './PortalNotices';

type WindowOf = PortalsView['windows'][number];
/** A window as main reports it; the list's fields (id, host, zoom) are filled in when a case does not care. */
const view = (windows: Omit<WindowOf, 'id' | 'host' | 'allowedHost' | 'zoomPercent'>[]): PortalsView => ({
  windows: windows.map((w) => ({
    id: `${w.private ? 'private' : 'ann00001'}:${w.portalId}`,
    host: 'cms.officeally.com',
    allowedHost: true,
    zoomPercent: 100,
    ...w,
  })),
  learnedIdle: [],
  autopaySeen: [],
  notices: [],
  settings: { submitAfterFill: true },
});
const CODE_REQUEST =
  'Practice Mate is asking for your two-factor security code. Type it into the Practice Mate — Ann window. The code is usually sent to your registered email, or to your mobile phone by text. No code yet? Check your spam or junk folder.';

beforeEach(() => usePortals.setState({ view: null }));
afterEach(cleanup);

test("while a portal shows its code page, says where to type the code; the message goes once the portal's home page shows", async () => {
  const bridge = installFakeBridge(undefined, {
    'portals:list': () => ({
      ok: true,
      data: view([{ portalId: 'practice-mate', profileName: 'Ann', private: false, phase: 'signing-in', awaitingCode: true }]),
    }),
  });
  render(<PortalNotices />);
  const status = await screen.findByText(CODE_REQUEST);
  expect(status.closest('[role="status"]')).not.toBeNull();
  // Nothing to dismiss: the portal decides when the code is done.
  expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();

  act(() => bridge.emit('portals:changed', view([{ portalId: 'practice-mate', profileName: 'Ann', private: false, phase: 'signed-in', awaitingCode: false }])));
  expect(screen.queryByText(/two-factor security code/)).toBeNull();
});

test('a private window is named as one', () => {
  usePortals.setState({ view: view([{ portalId: 'ehr', profileName: null, private: true, phase: 'signing-in', awaitingCode: true }]) });
  installFakeBridge(undefined, { 'portals:list': () => ({ ok: true, data: usePortals.getState().view! }) });
  render(<PortalNotices />);
  expect(screen.getByText(/^EHR 24\/7 is asking for your two-factor security code\. Type it into the private EHR 24\/7 window\./)).toBeTruthy();
});
