import type { z } from '../zod';
import { onFirstUse } from '../onFirstUse';

export interface ChannelSpec<I extends z.ZodMiniType = z.ZodMiniType, O extends z.ZodMiniType = z.ZodMiniType> {
  input: I;
  output: O;
}

/**
 * An object built the first time anything reads it (a property, `in`, its keys, a spread), then
 * used as it is. Building a concern's zod schemas costs the main process time at every start,
 * before it can answer anything; built lazily, that cost moves to the first request.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  const value = onFirstUse(build);
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(value(), key),
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(value(), key),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** Keeps literal channel names and schema types while checking the shape; the schemas are built on first use. */
export const defineChannels = <T extends Record<`${string}:${string}`, ChannelSpec>>(channels: () => T): T => builtOnFirstUse(channels);

export const defineEvents = <T extends Record<`${string}:${string}`, z.ZodMiniType>>(events: () => T): T => builtOnFirstUse(events);
