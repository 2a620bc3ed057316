import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_TOKEN_FRAGMENT_KEY, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { startHost, type RunningHost } from './server';
import { composeForTest } from '../composeForTest';

const token = 'test-token-0123456789abcdefghijklmnop';
let host: RunningHost;
let dir: string;

/** Raw HTTP so Host and Origin can be set to anything (fetch forbids changing Host). */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const ipc = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  call(`/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token, ...headers },
    body: JSON.stringify({ input }),
  });

/** Opens the event stream; resolves with what arrived first (the stream itself stays open, so it is cut then). */
function events(headers: Record<string, string>) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: '/events', headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      res.once('data', (chunk) => {
        resolve({ status: res.statusCode ?? 0, body: String(chunk), headers: res.headers });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  mkdirSync(join(rendererDir, '.vite'));
  writeFileSync(join(rendererDir, '.vite/manifest.json'), '{"build":"metadata"}');
  const app = composeForTest(join(dir, 'data'));
  host = await startHost({ registry: app.registry, rendererDir, token, port: 0 });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on loopback only', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers IPC with the launch token', async () => {
    const res = await ipc('app:info', undefined);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { runtime: 'browser' } });
  });

  it('refuses IPC without a token (401) and with a wrong one (403)', async () => {
    const missing = await call('/ipc/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    const wrong = await ipc('app:info', undefined, { [LAUNCH_TOKEN_HEADER]: 'nope' });
    expect(wrong.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (cross-site)', async () => {
    expect((await ipc('app:info', undefined, { host: 'evil.example:80' })).status).toBe(403);
    expect((await ipc('app:info', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await ipc('app:info', undefined, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('answers an unknown channel and malformed input with an error envelope, not a crash', async () => {
    const unknown = JSON.parse((await ipc('vault:dumpEverything', {})).body);
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown_channel', message: expect.any(String) } });
    const malformed = JSON.parse((await ipc('app:openExternal', { url: 42 })).body);
    expect(malformed.ok).toBe(false);
    expect(malformed.error.code).toBe('invalid_input');
    const garbage = await call('/ipc/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
      body: '{not json',
    });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body).error.code).toBe('invalid_input');
    // Still alive afterwards.
    expect((await ipc('app:info', undefined)).status).toBe(200);
  });

  it('refuses links off the allow-list with a reason', async () => {
    const res = JSON.parse((await ipc('app:openExternal', { url: 'https://evil.example/' })).body);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(res.error.message).toContain('evil.example');
  });

  it('serves the page and its files without the token, and never writes the token into them', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>t</title>');
    expect(page.body).not.toContain(token);
    expect(page.body).not.toContain('allydesk-token');
  });

  it('never sets a cookie, whatever is asked', async () => {
    const responses = await Promise.all([
      call('/'),
      call(`/?token=${token}`),
      call('/index.html', { headers: { [LAUNCH_TOKEN_HEADER]: token } }),
      call('/missing.js'),
      call('/events?token=wrong'),
      ipc('app:info', undefined),
      ipc('app:info', undefined, { [LAUNCH_TOKEN_HEADER]: 'wrong' }),
      events({ [LAUNCH_TOKEN_HEADER]: token }),
    ]);
    for (const res of responses) expect(res.headers['set-cookie']).toBeUndefined();
    // An address with ?token= is not traded for anything: no redirect, just the page.
    expect(responses[1]!.status).toBe(200);
  });

  it('accepts the token only in its header: a cookie or query string alone no longer authenticates', async () => {
    const cookie = `allydesk_token_${host.port}=${token}`;
    const byCookie = await call('/ipc/app:info', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
    expect(byCookie.status).toBe(401);
    expect(byCookie.body).not.toContain('"ok":true');
    expect((await events({ cookie })).status).toBe(401);
    expect((await call(`/events?token=${token}`)).status).toBe(401);
    expect((await events({ [LAUNCH_TOKEN_HEADER]: 'wrong-token' })).status).toBe(403);

    const stream = await events({ [LAUNCH_TOKEN_HEADER]: token });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream');
    expect(stream.body).toContain(': connected');
    expect((await ipc('app:info', undefined)).status).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the renderer folder');
    }
  });

  it('does not serve the build metadata in dot-folders', async () => {
    const res = await call('/.vite/manifest.json');
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('metadata');
  });

  it('prints an address whose token is in the fragment, which browsers never send to a server', () => {
    const printed = new URL(host.url);
    expect(printed.search).toBe('');
    expect(new URLSearchParams(printed.hash.slice(1)).get(LAUNCH_TOKEN_FRAGMENT_KEY)).toBe(token);
  });

  it('has no test hooks unless started with them', async () => {
    const res = JSON.parse((await ipc('test:advanceClock', { ms: 1000 })).body);
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
