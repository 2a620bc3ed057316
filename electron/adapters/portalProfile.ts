import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What a browser-mode portal profile (a Chromium user-data folder) may hold, and the flags and
 * preferences that keep Chromium's own extras out of it (issue 20, item 5).
 */

/** Chromium's own autofill, password saving, sign-in and safe-browsing lookups: all off in portal profiles. */
const PREFERENCES = {
  autofill: { enabled: false, profile_enabled: false, credit_card_enabled: false },
  credentials_enable_service: false,
  credentials_enable_autosignin: false,
  profile: { password_manager_enabled: false, password_manager_leak_detection: false },
  signin: { allowed: false },
  safebrowsing: { enabled: false },
  search: { suggest_enabled: false },
  translate: { enabled: false },
  // No preconnect or prefetch: Chromium would otherwise open a connection to a page's address as its
  // navigation starts, before AllyDesk's guard refuses it (2 = "never").
  net: { network_prediction_options: 2 },
};

/**
 * Flags for every portal Chromium. Playwright sets its own `--disable-features` list and Chromium
 * reads only the last one, so ours repeats what Playwright's needs (kept in PLAYWRIGHT_DISABLED).
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'TcpPortRandomizationWin',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const OUR_DISABLED = [
  // The login form's signature goes to content-autofill.googleapis.com.
  'AutofillServerCommunication',
  // Typed passwords are checked against Google's leak list (passwordsleakcheck-pa.googleapis.com).
  'PasswordLeakDetection',
  'PasswordManagerOnboarding',
  // Account and sign-in lookups (accounts.google.com).
  'ChromeSignin',
  'AccountConsistency',
  'DiceWebSigninInterception',
];
const NOWHERE = 'http://127.0.0.1:1';
export const PORTAL_PRIVACY_ARGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED, ...OUR_DISABLED].join(',')}`,
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--metrics-recording-only',
  '--password-store=basic',
  // Google's account (ListAccounts), API and update addresses point at a port Chromium itself refuses
  // to use (1 is on its unsafe-port list), so those requests fail before any connection is made.
  `--gaia-url=${NOWHERE}`,
  `--google-apis-url=${NOWHERE}`,
  `--lso-url=${NOWHERE}`,
  `--component-updater=url-source=${NOWHERE}`,
  `--apps-gallery-update-url=${NOWHERE}`,
];

/** The HTTP cache inside the session's own folder (else Linux puts it under ~/.cache). */
export const diskCacheArgs = (dir: string) => [`--disk-cache-dir=${join(dir, 'Cache')}`];

/** Lays AllyDesk's preferences over the profile's own before Chromium starts on it. */
export function preparePortalProfile(dir: string) {
  const file = join(dir, 'Default', 'Preferences');
  mkdirSync(join(dir, 'Default'), { recursive: true, mode: 0o700 });
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // None yet, or damaged: Chromium would start afresh too.
  }
  writeFileSync(file, JSON.stringify(deepMerge(current, PREFERENCES)), { mode: 0o600 });
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = out[key];
    out[key] =
      value && typeof value === 'object' && old && typeof old === 'object' && !Array.isArray(old)
        ? deepMerge(old as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/**
 * What a closed portal profile keeps: its cookies (the session), Chromium's key for them (`Local
 * State`) and AllyDesk's preferences. Everything else — site storage (localStorage, IndexedDB,
 * service workers and their caches), history, form data, the HTTP cache — goes once Chromium has
 * closed, so the next window starts with only the login cookie.
 */
const KEEP = new Set(['Local State', join('Default', 'Preferences'), join('Default', 'Cookies'), join('Default', 'Cookies-journal')]);
const KEEP_FOLDERS = new Set(['Default']);

export function prunePortalProfile(dir: string) {
  if (!existsSync(dir)) return;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path);
      if (entry.isDirectory() && KEEP_FOLDERS.has(rel)) walk(path);
      else if (!KEEP.has(rel)) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  walk(dir);
}

/** Playwright makes its temporary folders with the OS temp folder: these point it (and Chromium) into the data folder. */
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;
let tempScopes = 0;
let savedTemp: Partial<Record<(typeof TEMP_VARIABLES)[number], string | undefined>> = {};

/** Runs `task` with the process's temp folder set to `dir` (nested and parallel calls share it). */
export async function withTempFolder<T>(dir: string, task: () => Promise<T>): Promise<T> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (tempScopes++ === 0) {
    savedTemp = Object.fromEntries(TEMP_VARIABLES.map((name) => [name, process.env[name]]));
    for (const name of TEMP_VARIABLES) process.env[name] = dir;
  }
  try {
    return await task();
  } finally {
    if (--tempScopes === 0) {
      for (const name of TEMP_VARIABLES) {
        const value = savedTemp[name];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }
}
