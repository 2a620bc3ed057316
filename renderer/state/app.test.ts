import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeBridge } from '../testing/fakeBridge';
import { useAppStore } from './app';

beforeEach(() => useAppStore.setState({ info: null, banners: [] }));

describe('app store', () => {
  it("loads main's app facts and shows each start-up notice as a warning banner", async () => {
    installFakeBridge(undefined, {
      'app:notices': () => ({ ok: true, data: ['The timers file was damaged and moved aside to /tmp/x/timers.damaged-1.json.'] }),
    });
    await useAppStore.getState().load();
    const { info, banners } = useAppStore.getState();
    expect(info).toMatchObject({ runtime: 'browser', dataDir: '/tmp/x' });
    expect(banners).toEqual([
      { id: expect.any(Number), level: 'warning', message: 'The timers file was damaged and moved aside to /tmp/x/timers.damaged-1.json.' },
    ]);
  });

  it('says once, at the top, why main is not answering when the app facts cannot be read', async () => {
    installFakeBridge(undefined, {
      'app:info': () => ({ ok: false, error: { code: 'unavailable', message: 'AllyDesk’s background service is not answering. Restart AllyDesk.' } }),
    });
    await useAppStore.getState().load();
    expect(useAppStore.getState().info).toBeNull();
    expect(useAppStore.getState().banners.map(({ level, message }) => [level, message])).toEqual([
      ['error', 'AllyDesk’s background service is not answering. Restart AllyDesk.'],
    ]);
  });

  it('dismissing a banner removes that one and keeps the others', () => {
    const { addBanner, dismissBanner } = useAppStore.getState();
    addBanner('info', 'first');
    addBanner('error', 'second');
    const [first, second] = useAppStore.getState().banners;
    expect(first!.id).not.toBe(second!.id);
    dismissBanner(first!.id);
    expect(useAppStore.getState().banners).toEqual([second]);
  });
});
