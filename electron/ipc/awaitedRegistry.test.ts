import { describe, expect, it } from 'vitest';
import { silentLogger } from '../services/logger';
import { awaitedRegistry } from './awaitedRegistry';
import { IpcRegistry } from './registry';

const later = () => {
  let provide!: (registry: IpcRegistry) => void;
  let fail!: (error: Error) => void;
  const registry = new Promise<IpcRegistry>((resolve, reject) => ((provide = resolve), (fail = reject)));
  return { registry, provide, fail };
};
const notice = { title: 'Session ending', body: 'Practice Mate logs out in 2 minutes.' };

describe('a registry the IPC edge may get before the services are composed', () => {
  it('attaches an event listener once the registry is there', async () => {
    const { registry, provide } = later();
    const heard: unknown[] = [];
    awaitedRegistry(registry).onEvent((event, payload) => heard.push([event, payload]));
    const real = new IpcRegistry(silentLogger);
    provide(real);
    await registry;
    real.emit('app:notification', notice);
    expect(heard).toEqual([['app:notification', notice]]);
  });

  it('never attaches a listener detached before the registry came (a host closed while composing)', async () => {
    const { registry, provide } = later();
    const heard: unknown[] = [];
    awaitedRegistry(registry).onEvent((event) => heard.push(event))();
    const real = new IpcRegistry(silentLogger);
    provide(real);
    await registry;
    real.emit('app:notification', notice);
    expect(heard).toEqual([]);
  });

  it('lets requests reject, without an unhandled rejection, when the services never came', async () => {
    const { registry, fail } = later();
    const answers = awaitedRegistry(registry);
    answers.onEvent(() => {});
    const asked = answers.dispatch('app:info', undefined);
    fail(new Error('EACCES'));
    await expect(asked).rejects.toThrow('EACCES');
  });
});
