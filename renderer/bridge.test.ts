import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAUNCH_TOKEN_HEADER } from '../shared/bridge';
import { createHttpBridge } from './bridge';

afterEach(() => vi.unstubAllGlobals());

describe('the browser-mode bridge', () => {
  it('sends the launch token in its header', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: { runtime: 'browser' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpBridge('tok-123').invoke('app:info', undefined);
    expect(result.ok).toBe(true);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, Parameters<typeof fetch>[1] & {}];
    expect(url).toBe('/ipc/app%3Ainfo');
    expect((init.headers as Record<string, string>)[LAUNCH_TOKEN_HEADER]).toBe('tok-123');
  });

  it('tells a tab opened without the printed address what to do', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Unauthorized', { status: 401 })),
    );
    const result = await createHttpBridge('').invoke('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Open that address') } });
  });
});
