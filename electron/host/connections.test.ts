import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { startHost, type ConnectionLimits, type RunningHost } from './server';
import { composeForTest } from '../composeForTest';

const root = join(import.meta.dirname, '../..');
const token = 'test-token-0123456789abcdefghijklmnop';
let dir: string;
const hosts: RunningHost[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-conn-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  if (!existsSync(join(root, 'out/main/host.cjs'))) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
}, 120_000);
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const host of hosts.splice(0)) await host.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function hostWith(limits: Partial<ConnectionLimits>) {
  const dataDir = join(dir, `data-${hosts.length}-${Date.now()}`);
  const app = composeForTest(dataDir);
  const host = await startHost({ registry: app.registry, rendererDir: join(dir, 'renderer'), token, port: 0, limits });
  hosts.push(host);
  return host;
}

/** A raw TCP connection that sends nothing, and when (and with what) the server ended it. */
function silentConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk) => (received += String(chunk)));
  socket.on('error', () => {});
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const closed = new Promise<{ received: string }>((resolve) => socket.once('close', () => resolve({ received })));
  return { socket, connected, closed, isOpen: () => !socket.closed };
}

async function appInfo(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/ipc/app:info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
    body: '{}',
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean } };
}

describe('browser host connection hygiene', () => {
  it('closes a connection that sends nothing once the header timeout passes', async () => {
    const host = await hostWith({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 50 });
    const started = Date.now();
    const idle = silentConnection(host.port);
    await idle.connected;
    const { received } = await idle.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses connections beyond the cap, and answers a real request once the idle ones are cut off', async () => {
    const host = await hostWith({ maxConnections: 3, maxSockets: 3, headersTimeoutMs: 2000, requestTimeoutMs: 4000, timeoutCheckIntervalMs: 50 });
    const idle = [silentConnection(host.port), silentConnection(host.port), silentConnection(host.port)];
    await Promise.all(idle.map((c) => c.connected));
    // Give the server time to take all three before the fourth arrives.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const extra = silentConnection(host.port);
    const { received } = await extra.closed;
    expect(received).toBe(''); // dropped unanswered, not timed out with a 408
    expect(idle.every((c) => c.isOpen())).toBe(true);

    await Promise.all(idle.map((c) => c.closed));
    const info = await appInfo(host.port);
    expect(info.status).toBe(200);
    expect(info.body.ok).toBe(true);
  });

  it('keeps the event stream open past the request timeouts', async () => {
    const host = await hostWith({ headersTimeoutMs: 200, requestTimeoutMs: 400, keepAliveTimeoutMs: 200, timeoutCheckIntervalMs: 50 });
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${host.port}/events`, { headers: { [LAUNCH_TOKEN_HEADER]: token }, signal: controller.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read(); // ": connected"
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const next = await Promise.race([
      reader.read().then((r) => (r.done ? 'ended' : 'data')),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 300)),
    ]);
    expect(next).toBe('still open');
    controller.abort();
  });
});

describe('the built browser host on a busy port', () => {
  let squatter: Server;
  afterEach(() => new Promise<void>((resolve) => (squatter ? squatter.close(() => resolve()) : resolve())));

  it('says so in one line, with what to do, and exits non-zero without a stack trace', async () => {
    squatter = createServer();
    const busyPort = await new Promise<number>((resolve) => squatter.listen(0, '127.0.0.1', () => resolve((squatter.address() as { port: number }).port)));
    const child = spawn(process.execPath, [join(root, 'out/main/host.cjs')], {
      env: { ...process.env, ALLYDESK_DATA_DIR: join(dir, 'busy-data'), ALLYDESK_PORT: String(busyPort), ALLYDESK_TEST_HOOKS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));

    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(stdout).toBe('');
    // The host's structured log lines (JSON) may precede it; the only plain line is the message.
    const plainLines = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
    expect(plainLines).toEqual([
      `AllyDesk could not start browser mode: port ${busyPort} is already in use. Set ALLYDESK_PORT to another port or 0 for any free port.`,
    ]);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('EADDRINUSE');
  });
});
