import type { SentNotification } from '../adapters/recorders';
import type { ClipboardAdapter } from '../adapters/types';
import type { AdjustableClock } from '../services/clock';
import type { IpcRegistry } from './registry';

export interface TestHookDeps {
  clock: AdjustableClock;
  clipboard: ClipboardAdapter;
  notifications: () => SentNotification[];
  openedLinks: () => string[];
  /** Points "Office Ally's site" (where a portal with no login page starts) at a loopback stand-in. */
  setOfficeAllySite: (url: string) => void;
}

/** Registered only when ALLYDESK_TEST_HOOKS=1 (see compose.ts); a test proves they are absent otherwise. */
export function registerTestHookIpc(registry: IpcRegistry, deps: TestHookDeps) {
  const off = [
    registry.handle('test:advanceClock', ({ ms }) => ({ now: deps.clock.advance(ms) })),
    registry.handle('test:clipboard', async () => ({ text: await deps.clipboard.readText() })),
    registry.handle('test:notifications', () => deps.notifications()),
    registry.handle('test:openedLinks', () => deps.openedLinks()),
    registry.handle('test:pseudoLocale', () => ({ allowed: true as const })),
    registry.handle('test:setOfficeAllySite', ({ url }) => {
      deps.setOfficeAllySite(url);
      return { url };
    }),
  ];
  return () => off.forEach((dispose) => dispose());
}
