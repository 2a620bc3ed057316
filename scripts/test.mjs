// `npm test`: every check and runner, then one summary line: `tests: N passed, M failed[, K skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';
import { findElectronRuntime, hasDisplay } from './electron-runtime.mjs';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

const run = (label, command, args, env = {}) => {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};
const npx = (bin) => join(root, 'node_modules', '.bin', bin);

/** A check that is not a test runner counts as one test, so a red typecheck shows in the total. */
const gate = (label, command, args) => {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    notes.push(`${label} failed`);
  }
  return ok;
};

function ensureChromium() {
  if (chromiumPath()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium with apt-get.");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (chromiumPath()) return true;
  }
  console.log('No Chromium found for the end-to-end tests. Install one and run npm test again:');
  console.log('  sudo apt-get install -y chromium      (Debian/Ubuntu)   or   npx playwright install chromium');
  console.log('  or set CHROMIUM_PATH to a Chromium/Chrome executable.');
  return false;
}

gate('typecheck', npx('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
gate('lint', npx('eslint'), ['.']);
gate('format', npx('prettier'), ['--check', '.']);
const built = gate('build', npx('electron-vite'), ['build']);

run('unit and component tests (vitest)', npx('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`]);
const vitestFile = join(reports, 'vitest.json');
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A skipped test's name says why it cannot run here; repeat it beside the total.
  for (const suite of v.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) if (t.status === 'skipped' || t.status === 'pending') notes.push(`vitest: skipped — ${t.fullName}`);
  }
  // A suite that fails to load has no tests in it: count it as a failure, not as nothing.
  const brokenSuites = (v.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
  failed += brokenSuites;
} else {
  failed += 1;
  notes.push('vitest wrote no report');
}

if (!built) {
  failed += 1;
  notes.push('end-to-end tests not run: the build failed');
} else if (!ensureChromium() && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
  failed += 1;
  notes.push('end-to-end tests not run: no Chromium');
} else {
  const pwFile = join(reports, 'playwright.json');
  // With the Electron runtime on a Linux machine without a display, give Electron a virtual one.
  const xvfb = findElectronRuntime(root).available && !hasDisplay() && existsSync('/usr/bin/xvfb-run');
  const [command, args] = xvfb ? ['/usr/bin/xvfb-run', ['-a', npx('playwright'), 'test']] : [npx('playwright'), ['test']];
  run(`end-to-end tests (Playwright: browser host + Electron${xvfb ? ', under xvfb-run' : ''})`, command, args, { ALLYDESK_PW_JSON: pwFile });
  if (existsSync(pwFile)) {
    const p = JSON.parse(readFileSync(pwFile, 'utf8'));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
    const reasons = new Set();
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'skipped') {
            for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(`${t.projectName}: skipped — ${a.description}`);
          }
        }
      }
      (suite.suites ?? []).forEach(walk);
    };
    (p.suites ?? []).forEach(walk);
    notes.push(...reasons);
    if ((p.errors ?? []).length > 0) {
      failed += p.errors.length;
      notes.push(`Playwright reported ${p.errors.length} error(s) outside tests`);
    }
  } else {
    failed += 1;
    notes.push('Playwright wrote no report');
  }
}

console.log('');
for (const note of notes) console.log(note);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
