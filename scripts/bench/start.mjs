// Main-process start figures for `npm run bench`: the browser host (out/main/host.cjs) beside a bare
// Node HTTP server (bench/bare-server.mjs), spawned alternately in the same run. Two times run from
// spawn: to the first line on stdout (the address: listening), and to the answer to a first request
// sent the moment that line arrives (the host composes its services after listening, so this is
// when a page's first question is answered). Resident memory is read after that answer.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Resident set size of a running process, in bytes: /proc on Linux, `ps` elsewhere (macOS, BSD). */
export function residentBytes(pid) {
  if (process.platform === 'linux') {
    const kB = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kB === undefined) throw new Error(`process ${pid} reports no VmRSS (has it exited?)`);
    return Number(kB) * 1024;
  }
  if (process.platform === 'win32') throw new Error('Reading another process’s resident memory is not supported on Windows; run the bench on Linux or macOS.');
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024;
}

/**
 * Variables that change how long every Node process takes to start, whatever it runs, removed from
 * both the host's and the bare server's environment. NODE_EXTRA_CA_CERTS makes Node read and parse
 * that certificate file before running any code: on a machine that sets it to the system bundle
 * (this project's build machine does), that is ~60 ms of a 110 ms bare start, the same in both
 * figures, which hides how much of the host's own start is its own. A front-desk PC has no such setting.
 */
export const START_NEUTRAL_ENV = ['NODE_EXTRA_CA_CERTS'];

/** The first request a page makes (the host's `app:info`), with the launch token from the address's fragment. */
export async function firstRequest(address) {
  const url = new URL(address);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const response = await fetch(new URL('/ipc/app:info', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-allydesk-token': token },
    body: '{}',
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url.origin} answered its first request with HTTP ${response.status}: ${body.slice(0, 200)}`);
  return body;
}

/**
 * Starts `node script` with `env` (without START_NEUTRAL_ENV), waits for its first stdout line,
 * sends it a first request, reads its memory once answered, stops it. Resolves { ms, answeredMs,
 * rssBytes, line, answer }; rejects when it exits, stays silent for `timeoutMs` or fails the request.
 */
export async function measureStart(script, { env = {}, timeoutMs = 15_000 } = {}) {
  const childEnv = { ...process.env, ...env };
  for (const name of START_NEUTRAL_ENV) delete childEnv[name];
  const started = performance.now();
  const child = spawn(process.execPath, [script], { env: childEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((done) => child.once('exit', done));
  try {
    const line = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} printed nothing within ${timeoutMs / 1000} s`)), timeoutMs);
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${script} exited (code ${code}) before printing its address`))));
      createInterface({ input: child.stdout }).once('line', (text) => (clearTimeout(timer), resolve(text)));
    });
    const ms = performance.now() - started;
    const answer = await firstRequest(line);
    const answeredMs = performance.now() - started;
    return { ms, answeredMs, rssBytes: residentBytes(child.pid), line, answer };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  }
}

/**
 * `runs` starts of each, alternating (a slow moment on a shared machine hits both alike), after one
 * discarded warm-up of each. Every host start gets a fresh, empty data folder, removed afterwards.
 */
export async function compareStarts({ host, bare, runs, env = {} }) {
  const results = { host: [], bare: [] };
  for (let i = -1; i < runs; i += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-bench-start-'));
    try {
      const ours = await measureStart(host, { env: { ...env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_PORT: '0', ALLYDESK_TEST_HOOKS: '' } });
      const baseline = await measureStart(bare, { env });
      if (i < 0) continue;
      results.host.push(ours);
      results.bare.push(baseline);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}
