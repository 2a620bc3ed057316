import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_HEADER, LAUNCH_TOKEN_HEADER } from '../shared/bridge';
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

  it('sends a request once more when its connection failed before any answer (a keep-alive closed as it was reused)', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, data: { ended: true } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpBridge('tok').invoke('app:info', undefined);
    expect(result).toEqual({ ok: true, data: { ended: true } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // The re-send names the same call, so a host that had already run it does not run it again.
    const ids = fetchMock.mock.calls.map(([, init]) => (init as { headers: Record<string, string> }).headers[IPC_REQUEST_HEADER]);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, data: {} }), { status: 200 }));
    await createHttpBridge('tok').invoke('app:info', undefined);
    expect((fetchMock.mock.calls[2]![1] as { headers: Record<string, string> }).headers[IPC_REQUEST_HEADER]).not.toBe(ids[0]);
  });

  it('says the background service is not answering when the second try fails too, and tries no more', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpBridge('tok').invoke('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
