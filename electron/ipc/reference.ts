import type { ReferenceService } from '../services/reference/service';
import type { IpcRegistry } from './registry';

export function registerReferenceIpc(registry: IpcRegistry, reference: ReferenceService) {
  const off = [
    registry.handle('reference:getOverrides', () => reference.getOverrides()),
    registry.handle('reference:setOverrides', (input) => reference.setOverrides(input)),
  ];
  return () => off.forEach((dispose) => dispose());
}
