import type { EffectivePolicy } from '../services/policy/service';
import type { IpcRegistry } from './registry';

export function registerPolicyIpc(registry: IpcRegistry, policy: EffectivePolicy) {
  const off = [registry.handle('policy:get', () => policy.state()), policy.onChange((state) => registry.emit('policy:changed', state))];
  return () => off.forEach((dispose) => void dispose());
}
