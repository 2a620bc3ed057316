import type { ShiftService } from '../services/shift/service';
import type { IpcRegistry } from './registry';

export function registerShiftIpc(registry: IpcRegistry, shift: ShiftService) {
  const off = [registry.handle('shift:preview', () => shift.preview()), registry.handle('shift:end', () => shift.end())];
  return () => off.forEach((dispose) => dispose());
}
