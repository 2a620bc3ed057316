import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IPC_REQUEST_HEADER, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { IpcRegistry } from '../ipc/registry';
import { createReplay } from './replay';
import { startHost } from './server';

const token = 'test-token-0123456789abcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'allydesk-replay-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><title>t</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bridge's re-send of a call whose connection failed (browser mode)", () => {
  it('runs the call once when the connection died after the host had read it, and gives the re-send its answer', async () => {
    const registry = new IpcRegistry({ info() {}, warn() {}, error() {}, debug() {} } as never);
    let runs = 0;
    registry.handle('app:info', (async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 300)); // like End my shift closing windows
      return { version: `run ${runs}`, runtime: 'browser', dataDir: '/data' };
    }) as never);
    const host = await startHost({ registry, rendererDir: join(dir, 'renderer'), token, port: 0 });
    try {
      const id = 'f1b6c2d0-4a8e-4f51-9d0a-1c2b3d4e5f60';
      const body = '{}';
      // The first try: sent in full, then its connection goes before the answer (a reset, a sleep, a proxy).
      const socket = connect(host.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /ipc/app:info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\ncontent-type: application/json\r\n` +
          `${LAUNCH_TOKEN_HEADER}: ${token}\r\n${IPC_REQUEST_HEADER}: ${id}\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runs).toBe(1); // the host had read it and was answering
      socket.destroy();
      // The bridge's re-send, with the same id.
      const resend = await fetch(`http://127.0.0.1:${host.port}/ipc/app:info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token, [IPC_REQUEST_HEADER]: id },
        body,
      });
      expect(await resend.json()).toMatchObject({ ok: true, data: { version: 'run 1' } });
      expect(runs).toBe(1);
      // Another call (a new id) runs as usual.
      const next = await fetch(`http://127.0.0.1:${host.port}/ipc/app:info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token, [IPC_REQUEST_HEADER]: 'a'.repeat(32) },
        body,
      });
      expect(await next.json()).toMatchObject({ ok: true, data: { version: 'run 2' } });
    } finally {
      await host.close();
    }
  });

  it('holds an answer only until it was handed over, or a while after its connection failed (answers can hold secrets)', async () => {
    let clock = 0;
    const replay = createReplay({ holdMs: 1_000, now: () => clock });
    const response = () => new EventEmitter() as unknown as ServerResponse;
    const delivered = response();
    await replay.answer('vault:reveal', 'a'.repeat(32), delivered, async () => 'secret');
    expect(replay.size).toBe(1);
    delivered.emit('finish');
    expect(replay.size).toBe(0);
    await replay.answer('vault:reveal', 'b'.repeat(32), response(), async () => 'secret'); // its connection failed
    clock = 1_001;
    await replay.answer('app:info', 'c'.repeat(32), response(), async () => 'x');
    expect(replay.size).toBe(1); // the failed one's answer went after holdMs; only the newest is held
    // A call without an id, or with one that is not well formed, just runs each time.
    let runs = 0;
    await replay.answer('app:info', undefined, response(), async () => runs++);
    await replay.answer('app:info', 'short', response(), async () => runs++);
    expect(runs).toBe(2);
  });
});
