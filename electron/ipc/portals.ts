import type { PortalsService } from '../services/portals/service';
import type { IpcRegistry } from './registry';

export function registerPortalsIpc(registry: IpcRegistry, portals: PortalsService) {
  const off = [
    registry.handle('portals:list', () => portals.view()),
    registry.handle('portals:open', ({ portalId, private: privateWindow }) => portals.open(portalId, privateWindow)),
    registry.handle('portals:logIn', ({ entryId }) => portals.logIn(entryId)),
    registry.handle('portals:clear', ({ portalId }) => portals.clear(portalId)),
    registry.handle('portals:applyLearnedIdle', ({ portalId }) => portals.applyLearnedIdle(portalId)),
    registry.handle('portals:openInBrowser', ({ id }) => portals.openInBrowser(id)),
    registry.handle('portals:dismissNotice', ({ id }) => portals.dismissNotice(id)),
    registry.handle('portals:setSettings', (settings) => portals.setSettings(settings)),
  ];
  return () => off.forEach((dispose) => dispose());
}
