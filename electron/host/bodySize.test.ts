import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { chromeCsvOf } from '../../test/fixtures/loginExports';
import { composeForTest } from '../composeForTest';
import { startHost } from './server';

const token = 'test-token-0123456789abcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'allydesk-body-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (port: number, channel: string, input: unknown) =>
  fetch(`http://127.0.0.1:${port}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LAUNCH_TOKEN_HEADER]: token },
    body: JSON.stringify({ input }),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } }));

describe('browser host request size', () => {
  it('carries an export file of several megabytes to its handler (a 20,000-row Chrome export), and refuses a larger body than the contract allows', async () => {
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const app = composeForTest(join(dir, 'data'));
    const host = await startHost({ registry: app.registry, rendererDir: join(dir, 'renderer'), token, port: 0 });
    try {
      const content = chromeCsvOf(20_000);
      expect(content.length).toBeGreaterThan(1024 * 1024);
      // Locked, so the handler answers "locked": the body was read and reached it.
      expect(await post(host.port, 'vaultImport:preview', { content })).toEqual({
        status: 200,
        body: expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'locked' }) }),
      });
      expect((await post(host.port, 'vaultImport:preview', { content: 'x'.repeat(25 * 1024 * 1024) })).status).toBe(400);
    } finally {
      await host.close();
      await app.dispose();
    }
  });
});
