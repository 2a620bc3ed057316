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
    registry.handle('portals:navigate', ({ windowId, move }) => portals.commands.navigate(windowId, move)),
    registry.handle('portals:zoom', ({ windowId, change }) => portals.commands.zoom(windowId, change)),
    registry.handle('portals:find', ({ windowId, text, backwards }) => portals.commands.find(windowId, text, backwards)),
    registry.handle('portals:findClose', ({ windowId }) => portals.commands.findClose(windowId)),
    registry.handle('portals:print', ({ windowId }) => portals.commands.print(windowId)),
    registry.handle('portals:savePdf', ({ windowId }) => portals.commands.savePdf(windowId)),
    registry.handle('portals:focus', ({ windowId }) => portals.commands.focus(windowId)),
    registry.handle('portals:toolbar', ({ windowId }) => portals.commands.toolbar(windowId)),
    registry.handle('portals:openPageInBrowser', ({ windowId }) => portals.commands.openPageInBrowser(windowId)),
    registry.handle('portals:clearWindow', ({ windowId }) => portals.commands.clearWindow(windowId)),
    registry.handle('portals:close', ({ windowId }) => portals.commands.close(windowId)),
  ];
  return () => off.forEach((dispose) => dispose());
}
