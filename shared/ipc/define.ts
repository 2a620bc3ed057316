import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps literal channel names and schema types while checking the shape. */
export const defineChannels = <T extends Record<`${string}:${string}`, ChannelSpec>>(channels: T): T =>
  channels;

export const defineEvents = <T extends Record<`${string}:${string}`, z.ZodType>>(events: T): T => events;
