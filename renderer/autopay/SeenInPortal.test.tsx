import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PortalsView } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { installFakeBridge } from '../testing/fakeBridge';
import { SeenInPortal } from './SeenInPortal';

const AT = Date.UTC(2026, 10, 30, 15, 45);
const formatWhen = (ms: number) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(ms).replace(/\u202f/g, ' ');
/** The paragraph whose whole text (Office Ally's words are their own lang="en" element) is `text`. */
const paragraph = (text: string | RegExp) => (_: string, el: Element | null) =>
  el?.tagName === 'P' && (typeof text === 'string' ? el.textContent === text : text.test(el.textContent ?? ''));
const view = (autopaySeen: PortalsView['autopaySeen']): PortalsView => ({
  windows: [],
  learnedIdle: [],
  autopaySeen,
  notices: [],
  settings: { submitAfterFill: true },
});

beforeEach(() => usePortals.setState({ view: null }));
afterEach(cleanup);

test('says what the portal window last showed for the product, when and under whose login', async () => {
  installFakeBridge(undefined, {
    'portals:list': () => ({ ok: true, data: view([{ portalId: 'service-center', status: 'enrolled', at: AT, profileName: 'Ann' }]) }),
  });
  render(<SeenInPortal productId="service-center-classic" />);
  expect(
    await screen.findByText(
      paragraph(`Seen in the Service Center portal window on ${formatWhen(AT)}, signed in as Ann: enrolled in autopay (the green "Congratulations!" box).`),
    ),
  ).toBeTruthy();
});

test('shows the red box as not enrolled, and nothing for a product whose portal showed nothing', async () => {
  installFakeBridge(undefined, { 'portals:list': () => ({ ok: true, data: view([{ portalId: 'ehr', status: 'not-enrolled', at: AT, profileName: null }]) }) });
  const { rerender } = render(<SeenInPortal productId="ehr" />);
  expect(await screen.findByText(paragraph(/EHR 24\/7 portal window .*: not enrolled in autopay \(the red box\)\./))).toBeTruthy();
  rerender(<SeenInPortal productId="practice-mate" />);
  expect(screen.queryByText(paragraph(/Seen in the/))).toBeNull();
});
