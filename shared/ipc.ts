/**
 * The IPC contract: every channel main answers and every event main sends, with zod schemas.
 * Each concern declares its part in shared/ipc/<concern>.ts; this file is the one list.
 */
import type { z } from './zod';
import { appChannels, appEvents } from './ipc/app';
import { builtOnFirstUse } from './ipc/define';
import { autopayChannels } from './ipc/autopay';
import { policyChannels, policyEvents } from './ipc/policy';
import { portalsChannels, portalsEvents } from './ipc/portals';
import { referenceChannels } from './ipc/reference';
import { shiftChannels } from './ipc/shift';
import { testHookChannels } from './ipc/testHooks';
import { timersChannels, timersEvents } from './ipc/timers';
import { vaultChannels, vaultEvents } from './ipc/vault';

// Built on first use, like each concern's part (see builtOnFirstUse): a spread here would build them all at import.
export const channels = builtOnFirstUse(() => ({
  ...appChannels,
  ...autopayChannels,
  ...policyChannels,
  ...portalsChannels,
  ...referenceChannels,
  ...shiftChannels,
  ...testHookChannels,
  ...timersChannels,
  ...vaultChannels,
}));

export const events = builtOnFirstUse(() => ({
  ...appEvents,
  ...policyEvents,
  ...portalsEvents,
  ...timersEvents,
  ...vaultEvents,
}));

export type Channel = keyof typeof channels;
export type Input<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** The input after the contract's schema parsed it (defaults filled, strings trimmed): what handlers get. */
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof channels)[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
