import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { IpcRegistry } from '../ipc/registry';
import { startHost } from './server';

const token = 'test-token-0123456789abcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'allydesk-slow-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><title>t</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a slow IPC answer (issue 20: End my shift under load)', () => {
  it('is still delivered when it takes longer than the request timeout: the request was fully received long before', async () => {
    const registry = new IpcRegistry({ info() {}, warn() {}, error() {}, debug() {} } as never);
    // Any channel will do; the handler just takes a while, like a shift end wiping windows under load.
    registry.handle('app:info', (async () => {
      await new Promise((resolve) => setTimeout(resolve, 900));
      return { version: 'x' };
    }) as never);
    const host = await startHost({
      registry,
      rendererDir: join(dir, 'renderer'),
      token,
      port: 0,
      limits: { headersTimeoutMs: 200, requestTimeoutMs: 300, timeoutCheckIntervalMs: 50 },
    });
    try {
      const response = await fetch(`http://127.0.0.1:${host.port}/ipc/app:info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
        body: '{}',
      });
      expect(response.status).toBe(200);
    } finally {
      await host.close();
    }
  });
});
