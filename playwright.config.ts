import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

const reportFile = process.env.ALLYDESK_PW_JSON;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One worker: scrypt unlocks and Chromium share 2 cores; parallel runs made timings flaky, not faster.
  workers: 1,
  retries: 0,
  reporter: reportFile ? [['list'], ['json', { outputFile: reportFile }]] : [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // The real UI served by the loopback browser host, in Debian's Chromium.
      name: 'browser',
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 860 },
        launchOptions: {
          executablePath: chromiumPath() ?? undefined,
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      // The same specs in the real Electron runtime; each test skips with the reason where it is missing.
      name: 'electron',
      use: { viewport: { width: 1280, height: 860 } },
    },
  ],
});
