import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeForTest } from '../composeForTest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function app() {
  const dataDir = mkdtempSync(join(tmpdir(), 'allydesk-reference-ipc-'));
  dirs.push(dataDir);
  const composed = composeForTest(dataDir);
  return { dataDir, call: (channel: string, input?: unknown) => composed.registry.dispatch(channel, input) };
}

const OVERRIDES = { portalUrls: { 'practice-mate': 'https://pm.officeally.com/login' }, supportPhone: '(360) 975-7001', supportPhoneOption: '3' };

describe('reference IPC', () => {
  it('refuses a payload of unknown keys with a clear message and keeps the overrides', async () => {
    const { call, dataDir } = app();
    expect(await call('reference:setOverrides', OVERRIDES)).toMatchObject({ ok: true });
    const onDisk = readFileSync(join(dataDir, 'reference.json'), 'utf8');

    // The payload that once wiped them: every key unknown, so a stripping schema read it as "no overrides".
    const result = await call('reference:setOverrides', { input: {}, data: {} });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Please check the request: AllyDesk does not accept "input", "data" here, so nothing was changed.',
        fields: { _: 'AllyDesk does not accept "input", "data" here, so nothing was changed.' },
      },
    });
    expect(await call('reference:getOverrides')).toEqual({ ok: true, data: OVERRIDES });
    expect(readFileSync(join(dataDir, 'reference.json'), 'utf8')).toBe(onDisk);
  });

  it('refuses a known payload carrying one extra key, naming it', async () => {
    const { call } = app();
    const result = await call('reference:setOverrides', { ...OVERRIDES, supportFax: '555' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('"supportFax"') } });
    expect(await call('reference:getOverrides')).toEqual({ ok: true, data: { portalUrls: {} } });
  });
});
