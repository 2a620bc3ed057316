import type { PolicyState } from './schema';

/**
 * No policy at all. Its own module, without zod: the policy service starts from it before anything
 * needs a policy's schema (see electron/services/policy/service.ts).
 */
export const EMPTY_POLICY_STATE: PolicyState = { values: {}, sources: {}, notices: [], looked: [] };
