import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setBridge } from '../renderer/bridge';

// Testing Library globals are off: unmount between tests and drop any fake bridge.
afterEach(() => {
  cleanup();
  setBridge(null);
});
