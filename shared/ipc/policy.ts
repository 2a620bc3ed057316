import { z } from '../zod';
import { policyStateSchema } from '../policy/schema';
import { defineChannels, defineEvents } from './define';

export const policyChannels = defineChannels(() => ({
  /** The practice policy in force: each value with where it came from, and what was ignored and why. */
  'policy:get': {
    input: z.void(),
    output: policyStateSchema(),
  },
}));

export const policyEvents = defineEvents(() => ({
  /** IT changed the policy while AllyDesk runs: the new state. */
  'policy:changed': policyStateSchema(),
}));
