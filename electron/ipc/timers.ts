import type { TimersService } from '../services/timers/service';
import type { IpcRegistry } from './registry';

export function registerTimersIpc(registry: IpcRegistry, timers: TimersService) {
  const off = [
    registry.handle('timers:list', () => timers.view()),
    registry.handle('timers:portalLoggedIn', ({ portalId }) => timers.portalLoggedIn(portalId)),
    registry.handle('timers:stillWorking', ({ portalId }) => timers.stillWorking(portalId)),
    registry.handle('timers:loggedOut', ({ portalId }) => timers.loggedOut(portalId)),
    registry.handle('timers:recordFailedLogin', ({ portalId }) => timers.recordFailedLogin(portalId)),
    registry.handle('timers:startLockout', ({ portalId, minutes }) => timers.startLockout(portalId, minutes)),
    registry.handle('timers:startTwoFactorWait', ({ portalId }) => timers.startTwoFactorWait(portalId)),
    registry.handle('timers:stop', ({ kind, portalId }) => timers.stop(kind, portalId)),
    registry.handle('timers:setPasswordChanged', ({ portalId, date }) => timers.setPasswordChanged(portalId, date)),
    registry.handle('timers:dismissAway', () => timers.dismissAway()),
    registry.handle('timers:getSettings', () => timers.getSettings()),
    registry.handle('timers:setSettings', (settings) => timers.setSettings(settings)),
    timers.onChange((view) => registry.emit('timers:changed', view)),
  ];
  return () => off.forEach((dispose) => void dispose());
}
