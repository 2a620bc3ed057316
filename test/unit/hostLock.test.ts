import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Two real browser hosts (the built out/main/host.cjs) on one ALLYDESK_DATA_DIR. */
const root = join(import.meta.dirname, '../..');
const hostJs = join(root, 'out/main/host.cjs');
let dataDir: string;
const started: ChildProcess[] = [];

function startHost() {
  const child = spawn(process.execPath, [hostJs], {
    env: { ...process.env, ALLYDESK_DATA_DIR: dataDir, ALLYDESK_PORT: '0', ALLYDESK_TEST_HOOKS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  /** Resolves with the URL once the host serves, or with how it exited. */
  const outcome = new Promise<{ url: string } | { code: number | null; stderr: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host neither served nor exited within 20 s. stderr:\n${stderr}`)), 20_000);
    createInterface({ input: child.stdout! }).once('line', (line) => (clearTimeout(timer), resolve({ url: line.trim() })));
    void exited.then((result) => (clearTimeout(timer), resolve(result)));
  });
  return { child, outcome, exited };
}

beforeAll(async () => {
  if (!existsSync(hostJs)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  dataDir = mkdtempSync(join(tmpdir(), 'allydesk-two-hosts-'));
}, 60_000);
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('one browser host per data folder', () => {
  it('a second host on the same folder says in one line where the first runs and exits; after the first stops, a new one starts', async () => {
    const first = startHost();
    expect(await first.outcome).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//) });

    const second = startHost();
    const refused = await second.outcome;
    expect(refused).toEqual({
      code: 1,
      stderr: `AllyDesk is already running on the data folder ${dataDir} (process ${first.child.pid} on host ${hostname()}).\n`,
    });

    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const third = startHost();
    expect(await third.outcome).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/) });
    third.child.kill('SIGTERM');
    await third.exited;
  }, 60_000);

  it('a host killed without a chance to clean up does not block the next start', async () => {
    const crashed = startHost();
    expect(await crashed.outcome).toHaveProperty('url');
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    const next = startHost();
    expect(await next.outcome).toHaveProperty('url');
    next.child.kill('SIGTERM');
    await next.exited;
  }, 60_000);
});

describe('a browser host whose services cannot start', () => {
  it('says so in one line naming the data folder, exits 1 and frees the folder for the next start', async () => {
    const blocked = join(dataDir, 'timers.json');
    mkdirSync(blocked); // a folder where the timers' file should be: reading it fails
    try {
      const host = startHost();
      expect(await host.outcome).toHaveProperty('url'); // it listens before composing its services
      const { code, stderr } = await host.exited;
      expect(code).toBe(1);
      expect(stderr).toBe(`AllyDesk could not start its services on the data folder ${dataDir}: EISDIR: illegal operation on a directory, read\n`);
    } finally {
      rmSync(blocked, { recursive: true });
    }
    const next = startHost();
    expect(await next.outcome).toHaveProperty('url');
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  }, 60_000);
});

describe('a browser host whose output nobody reads', () => {
  it('keeps serving when whoever started it closed its output before the address was printed (a launcher that keeps only the address)', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const folder = mkdtempSync(join(tmpdir(), 'allydesk-closed-output-'));
    const child = spawn(process.execPath, [hostJs], {
      env: { ...process.env, ALLYDESK_DATA_DIR: folder, ALLYDESK_PORT: String(port), ALLYDESK_TEST_HOOKS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    child.stdout!.destroy(); // closed long before the host writes its address
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await expect
        .poll(
          () =>
            fetch(`http://127.0.0.1:${port}/`).then(
              (response) => response.status,
              () => 0,
            ),
          { timeout: 20_000 },
        )
        .toBe(200);
      // The address was written to the closed pipe by now; give a crash the time to happen.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect({ exitCode: child.exitCode, stderr }).toEqual({ exitCode: null, stderr: '' });
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
