import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_STREAM_TAB_HEADER, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { composeForTest } from '../composeForTest';
import { DEFAULT_CONNECTION_LIMITS, startHost, type RunningHost } from './server';

/**
 * Issue 20, item 4: a local program fills the browser host's 64 connections; the app's own page
 * must still get its answers. Real loopback sockets against the real host; every loop is bounded.
 */
const token = 'test-token-0123456789abcdefghijklmnop';
const CAP = DEFAULT_CONNECTION_LIMITS.maxConnections;
const CALLS = 25;
let dir: string;
let host: RunningHost;
const stopAttack: (() => void)[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-cap-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
});
afterEach(async () => {
  for (const stop of stopAttack.splice(0)) stop();
  await host?.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startTheHost() {
  const app = composeForTest(join(dir, `data-${Date.now()}`));
  host = await startHost({ registry: app.registry, rendererDir: join(dir, 'renderer'), token, port: 0 });
}

/** One real IPC call as the app's page makes it, on a connection of its own. */
function appInfo(): Promise<boolean> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ input: undefined });
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/ipc/app:info',
        method: 'POST',
        agent: false,
        timeout: 3_000,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () => resolve(res.statusCode === 200 && (JSON.parse(text) as { ok: boolean }).ok));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

async function realCalls() {
  let answered = 0;
  for (let i = 0; i < CALLS; i += 1) if (await appInfo()) answered += 1;
  return answered;
}

/** `count` sockets that each run `behave` on connect and, while the attack lasts, reconnect when dropped (bounded). */
function attack(count: number, behave: (socket: Socket) => void, reconnect: boolean) {
  let on = true;
  let connections = 0;
  const live = new Set<Socket>();
  const open = () => {
    if (!on || connections >= 20_000) return;
    connections += 1;
    const socket = connect(host.port, '127.0.0.1');
    live.add(socket);
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.once('connect', () => behave(socket));
    socket.once('close', () => {
      live.delete(socket);
      if (reconnect) setTimeout(open, 5);
    });
  };
  for (let i = 0; i < count; i += 1) open();
  stopAttack.push(() => {
    on = false;
    for (const socket of live) socket.destroy();
  });
  return { live: () => live.size };
}

const untilFull = async (live: () => number) => {
  for (let i = 0; i < 100 && live() < CAP; i += 1) await sleep(20);
  await sleep(DEFAULT_CONNECTION_LIMITS.newConnectionGraceMs + 200); // the attackers are no longer new
};

describe('the browser host at its connection cap', () => {
  it(`${CAP} keep-alive sockets asking for /favicon.ico (no token) do not keep the app's calls out`, async () => {
    await startTheHost();
    const favicon = (socket: Socket) => {
      const ask = () => !socket.destroyed && socket.write(`GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
      ask();
      const every = setInterval(ask, 1_000);
      socket.once('close', () => clearInterval(every));
    };
    const sockets = attack(CAP, favicon, false);
    await untilFull(sockets.live);
    expect(await realCalls()).toBeGreaterThanOrEqual(CALLS - 1);
  }, 60_000);

  it(`${CAP} silent sockets that reconnect when dropped do not keep the app's calls out`, async () => {
    await startTheHost();
    const sockets = attack(CAP, () => undefined, true);
    await untilFull(sockets.live);
    expect(await realCalls()).toBeGreaterThanOrEqual(CALLS - 1);
  }, 60_000);

  it(`${CAP} event streams with the token do not keep the app's calls out, and the app tab's own stream stays`, async () => {
    await startTheHost();
    const stream = (tab: string | null) => (socket: Socket) =>
      socket.write(
        `GET /events HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${LAUNCH_TOKEN_HEADER}: ${token}\r\n${tab ? `${EVENT_STREAM_TAB_HEADER}: ${tab}\r\n` : ''}\r\n`,
      );
    const flood = attack(CAP - 1, stream(null), true);
    await untilFull(() => flood.live() + 1);
    const tab = attack(1, stream('the-app-tab'), false);
    await sleep(DEFAULT_CONNECTION_LIMITS.newConnectionGraceMs + 200);
    expect(await realCalls()).toBeGreaterThanOrEqual(CALLS - 1);
    expect(tab.live()).toBe(1);
  }, 60_000);
  it(`twice ${CAP} silent sockets that reconnect when dropped push out only each other`, async () => {
    await startTheHost();
    const sockets = attack(2 * CAP, () => undefined, true);
    await untilFull(sockets.live);
    expect(await realCalls()).toBeGreaterThanOrEqual(CALLS - 1);
  }, 60_000);

  it(`all three floods at once (${CAP} favicon keep-alive, ${CAP} silent, ${CAP} event streams with the token, all reconnecting): the app's calls get through and its tab's stream stays`, async () => {
    await startTheHost();
    const favicon = (socket: Socket) => {
      const ask = () => !socket.destroyed && socket.write(`GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
      ask();
      const every = setInterval(ask, 1_000);
      socket.once('close', () => clearInterval(every));
    };
    const stream = (tab: string | null) => (socket: Socket) =>
      socket.write(
        `GET /events HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${LAUNCH_TOKEN_HEADER}: ${token}\r\n${tab ? `${EVENT_STREAM_TAB_HEADER}: ${tab}\r\n` : ''}\r\n`,
      );
    const floods = [attack(CAP, favicon, true), attack(CAP, () => undefined, true), attack(CAP, stream(null), true)];
    await untilFull(() => floods.reduce((sum, flood) => sum + flood.live(), 0));
    const tab = attack(1, stream('the-app-tab'), false);
    await sleep(DEFAULT_CONNECTION_LIMITS.newConnectionGraceMs + 200);
    expect(await realCalls()).toBeGreaterThanOrEqual(CALLS - 1);
    expect(tab.live()).toBe(1);
  }, 60_000);
});
