import type { AutopayService } from '../services/autopay/service';
import type { IpcRegistry } from './registry';

/**
 * Autopay channels. The contract's strict schemas already refused anything but brand/type and
 * last four digits before a handler runs (PCI DSS 3.3.1 / 3.4.1: card data is never stored).
 */
export function registerAutopayIpc(registry: IpcRegistry, autopay: AutopayService) {
  const off = [
    registry.handle('autopay:state', () => autopay.state()),
    registry.handle('autopay:enroll', (input) => autopay.enroll(input)),
    registry.handle('autopay:cancel', (input) => autopay.cancel(input)),
  ];
  return () => off.forEach((dispose) => dispose());
}
