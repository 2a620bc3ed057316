import { ok, type Result } from '../../shared/result';

/**
 * The one shape every store action and renderer helper hands a component: the contract's own
 * `Result<T>` — `{ ok: true, data }` or `{ ok: false, error }` with a message a front-desk user
 * understands and, for forms, messages per field. Components read `error.message` and
 * `error.fields` the same way whatever feature they belong to.
 */
export type { Result };

/** The reply without its data, for an action whose caller only needs to know that it worked. */
export const withoutData = (reply: Result<unknown>): Result<void> => (reply.ok ? ok(undefined) : reply);
