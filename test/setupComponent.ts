import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setBridge } from '../renderer/bridge';

// jsdom has no ResizeObserver; Radix radio groups and switches measure themselves with one
// (layout is not what component tests check).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// Testing Library globals are off: unmount between tests and drop any fake bridge.
afterEach(() => {
  cleanup();
  setBridge(null);
});
