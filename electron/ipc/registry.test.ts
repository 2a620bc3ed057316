import { describe, expect, it } from 'vitest';
import type { Logger } from '../adapters/types';
import { UserFacingError } from '../services/errors';
import { IpcRegistry } from './registry';

function recordingLogger() {
  const lines: string[] = [];
  const log = (message: string, fields?: object) => void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { info: log, warn: log, error: log };
  return { logger, lines };
}

describe('IpcRegistry', () => {
  it('turns a thrown error into a plain message without the stack or the error text', async () => {
    const { logger, lines } = recordingLogger();
    const registry = new IpcRegistry(logger);
    registry.handle('app:info', () => {
      throw new Error('secret-password-in-message at /home/x/file.ts:10');
    });
    const result = await registry.dispatch('app:info', undefined);
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain('secret-password');
    expect(text).not.toContain('file.ts');
    expect(lines.join('\n')).not.toContain('secret-password');
    if (!result.ok) expect(result.error.code).toBe('internal');
  });

  it('passes a user-facing error through as written', async () => {
    const registry = new IpcRegistry(recordingLogger().logger);
    registry.handle('app:openExternal', () => {
      throw new UserFacingError('forbidden', 'Only Office Ally links open.');
    });
    expect(await registry.dispatch('app:openExternal', { url: 'https://x' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only Office Ally links open.' },
    });
  });

  it('rejects input that does not match the contract before the handler runs', async () => {
    const registry = new IpcRegistry(recordingLogger().logger);
    let ran = false;
    registry.handle('app:openExternal', () => {
      ran = true;
      return { opened: true };
    });
    const result = await registry.dispatch('app:openExternal', { url: ['not', 'a', 'string'] });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { url: expect.any(String) } } });
  });

  it('answers names outside the contract, and prototype keys, as unknown', async () => {
    const registry = new IpcRegistry(recordingLogger().logger);
    for (const name of ['nope:nothing', '__proto__', 'constructor', 'toString']) {
      expect(await registry.dispatch(name, undefined)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses to register a channel twice', () => {
    const registry = new IpcRegistry(recordingLogger().logger);
    registry.handle('app:info', () => ({ version: '1', runtime: 'browser', dataDir: '/' }));
    expect(() => registry.handle('app:info', () => ({ version: '1', runtime: 'browser', dataDir: '/' }))).toThrow();
  });
});
