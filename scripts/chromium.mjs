import { existsSync } from 'node:fs';

/** A Chromium for Playwright: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or null (then Playwright's own). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Flags for every Chromium we launch (e2e, bench): without the network ones it floods a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
