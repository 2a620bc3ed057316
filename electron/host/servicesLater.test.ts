import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { composeForTest } from '../composeForTest';
import type { IpcRegistry } from '../ipc/registry';
import { startHost, type RunningHost } from './server';

/** The browser host listens before its services are composed (electron/host/cli.ts): what a page sees meanwhile. */
const token = 'test-token-0123456789abcdefghijklmnop';
let dir: string;
let host: RunningHost | null = null;
let composed!: (registry: IpcRegistry) => void;
let failed!: (error: Error) => void;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-host-later-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><html><head><title>AllyDesk</title></head><body></body></html>');
  const registry = new Promise<IpcRegistry>((resolve, reject) => ((composed = resolve), (failed = reject)));
  host = await startHost({ registry, rendererDir: join(dir, 'renderer'), token, port: 0 });
});
afterEach(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ipc = (channel: string) =>
  fetch(`http://127.0.0.1:${host!.port}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
    body: JSON.stringify({}),
  });
const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('the browser host while its services are still being composed', () => {
  it('serves the page at once, and answers a request sent meanwhile once the services are there', async () => {
    const page = await fetch(`http://127.0.0.1:${host!.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>AllyDesk</title>');

    const answer = ipc('app:info');
    expect(await settledWithin(answer, 200)).toBe(false); // waiting, not refused as an unknown request
    composed(composeForTest(join(dir, 'data')).registry);
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { runtime: 'browser' } });
  });

  it('still refuses a request without the launch token before the services are there', async () => {
    const response = await fetch(`http://127.0.0.1:${host!.port}/ipc/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('delivers events to a page that connected before the services were there', async () => {
    const stream = await fetch(`http://127.0.0.1:${host!.port}/events`, { headers: { [LAUNCH_TOKEN_HEADER]: token } });
    const reader = stream.body!.getReader();
    const app = composeForTest(join(dir, 'data'));
    composed(app.registry);
    await new Promise((resolve) => setImmediate(resolve)); // the host subscribes as soon as it has the registry
    app.registry.emit('app:notification', { title: 'Session ending', body: 'Practice Mate logs out in 2 minutes.' });
    let received = '';
    while (!received.includes('Session ending')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain('"event":"app:notification"');
    await reader.cancel();
  });

  it('answers with a plain failure, not a hang or a crash, when the services could not start', async () => {
    const answer = ipc('app:info');
    failed(new Error('EACCES: the data folder could not be read'));
    const response = await answer;
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('AllyDesk could not answer that request.');
  });
});
