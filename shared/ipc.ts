/**
 * The IPC contract: every channel main answers and every event main sends, with zod schemas.
 * Each concern declares its part in shared/ipc/<concern>.ts; this file is the one list.
 */
import type { z } from './zod';
import { appChannels, appEvents } from './ipc/app';
import { autopayChannels } from './ipc/autopay';
import { languageChannels, languageEvents } from './ipc/language';
import { policyChannels, policyEvents } from './ipc/policy';
import { portalsChannels, portalsEvents } from './ipc/portals';
import { referenceChannels } from './ipc/reference';
import { shiftChannels } from './ipc/shift';
import { testHookChannels } from './ipc/testHooks';
import { timersChannels, timersEvents } from './ipc/timers';
import { updateChannels, updateEvents } from './ipc/update';
import { vaultChannels, vaultEvents } from './ipc/vault';
import { vaultImportChannels } from './ipc/vaultImport';

/**
 * The concerns' parts, looked up by the prefix of a name (`vault:unlock` → vault): a request builds
 * only its own concern's schemas, the first time that concern is asked for. Reading the keys (a
 * spread, `Object.keys`) builds every concern, as a test that checks them all should.
 */
function byConcern<P extends Record<string, object>>(parts: P): UnionToIntersection<P[keyof P]> {
  /** The concern that holds `name`, or undefined when none does. */
  const holder = (name: PropertyKey): object | undefined => {
    if (typeof name !== 'string') return undefined;
    const concern = name.split(':')[0]!;
    return Object.hasOwn(parts, concern) && Object.hasOwn(parts[concern]!, name) ? parts[concern] : undefined;
  };
  return new Proxy(
    {},
    {
      get: (_, name) => {
        const concern = holder(name);
        return concern && Reflect.get(concern, name);
      },
      has: (_, name) => holder(name) !== undefined,
      ownKeys: () => Object.values(parts).flatMap((concern) => Reflect.ownKeys(concern)),
      getOwnPropertyDescriptor: (_, name) => {
        const concern = holder(name);
        return concern && { ...Reflect.getOwnPropertyDescriptor(concern, name), configurable: true };
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    },
  ) as UnionToIntersection<P[keyof P]>;
}
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

export const channels = byConcern({
  app: appChannels,
  autopay: autopayChannels,
  language: languageChannels,
  policy: policyChannels,
  portals: portalsChannels,
  reference: referenceChannels,
  shift: shiftChannels,
  test: testHookChannels,
  timers: timersChannels,
  update: updateChannels,
  vault: vaultChannels,
  vaultImport: vaultImportChannels,
});

export const events = byConcern({
  app: appEvents,
  language: languageEvents,
  policy: policyEvents,
  portals: portalsEvents,
  timers: timersEvents,
  update: updateEvents,
  vault: vaultEvents,
});

export type Channel = keyof typeof channels;
export type Input<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** The input after the contract's schema parsed it (defaults filled, strings trimmed): what handlers get. */
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof channels)[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
