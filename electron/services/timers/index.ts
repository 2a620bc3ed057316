import type { Adapters, Logger } from '../../adapters/types';
import type { AdjustableClock } from '../clock';
import type { EffectivePolicy } from '../policy/service';
import type { RotationDates } from '../rotationDates';
import { Scheduler } from './scheduler';
import { createTimersService } from './service';
import type { TimersStore } from './state';

export { TIMERS_FILE_DEFAULTS, TIMERS_FILE_SHAPE } from './state';

/**
 * Builds the scheduler (persisted in the 'timers' store) and the timer service, then starts
 * ticking: deadlines that passed while AllyDesk was closed fire now, once, "while you were away".
 * `scheduler` is exposed for other services (vault auto-lock); see scheduler.ts for its API.
 */
export function createTimers(deps: {
  clock: AdjustableClock;
  store: TimersStore;
  adapters: Pick<Adapters, 'notifications' | 'power'>;
  logger: Logger;
  rotationDates: RotationDates;
  policy?: EffectivePolicy;
}) {
  const { clock, store, adapters, logger } = deps;
  const scheduler = new Scheduler({
    clock,
    store: { load: () => store.get('schedule'), save: (entries) => store.set('schedule', entries) },
    power: adapters.power,
    logger,
  });
  const service = createTimersService({ clock, scheduler, store, notifications: adapters.notifications, rotationDates: deps.rotationDates, policy: deps.policy });
  scheduler.start();
  return {
    scheduler,
    service,
    stop() {
      scheduler.stop();
      service.dispose();
    },
  };
}
export type Timers = ReturnType<typeof createTimers>;
