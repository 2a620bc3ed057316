import type { UpdateService } from '../services/update/service';
import type { IpcRegistry } from './registry';

export function registerUpdateIpc(registry: IpcRegistry, service: Promise<UpdateService>) {
  const off = [
    registry.handle('update:get', async () => (await service).view()),
    registry.handle('update:check', async () => {
      const s = await service;
      // Answer with "checking" at once; the result follows as update:changed.
      void s.checkNow();
      return s.view();
    }),
    registry.handle('update:install', async () => {
      const s = await service;
      const ready = s.view().status.kind === 'ready';
      s.installNow();
      return { restarting: ready };
    }),
    registry.handle('update:dismissWhatsNew', async () => {
      const s = await service;
      await s.dismissWhatsNew();
      return s.view();
    }),
  ];
  return () => off.forEach((dispose) => void dispose());
}
