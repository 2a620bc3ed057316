import { referenceOverrides, type ReferenceOverrides } from '../../shared/ipc/reference';
import { EMPTY_POLICY_STATE, type PolicyState } from '../../shared/policy/schema';
import type { Result } from '../../shared/result';
import { setBridge } from '../bridge';

/**
 * A bridge that answers like main does for the help screens: app info, and reference overrides
 * validated with the contract's own schema (field messages keyed by path, as the registry does).
 */
export function installFakeBridge(initial: ReferenceOverrides = { portalUrls: {} }, policy: PolicyState = EMPTY_POLICY_STATE) {
  let stored = initial;
  const calls: { channel: string; input: unknown }[] = [];
  const answer = (channel: string, input: unknown): Result<unknown> => {
    calls.push({ channel, input });
    switch (channel) {
      case 'app:info':
        return { ok: true, data: { version: 'test', runtime: 'browser', dataDir: '/tmp/x', testHooks: false } };
      case 'app:notices':
        return { ok: true, data: [] };
      case 'policy:get':
        return { ok: true, data: policy };
      case 'reference:getOverrides':
        return { ok: true, data: stored };
      case 'reference:setOverrides': {
        const parsed = referenceOverrides.safeParse(input);
        if (!parsed.success) {
          const fields: Record<string, string> = {};
          for (const issue of parsed.error.issues) fields[issue.path.join('.')] ??= issue.message;
          return { ok: false, error: { code: 'invalid_input', message: 'Please check the form.', fields } };
        }
        stored = parsed.data;
        return { ok: true, data: stored };
      }
      default:
        return { ok: false, error: { code: 'unknown_channel', message: 'unknown' } };
    }
  };
  setBridge({
    invoke: (async (channel: string, input: unknown) => answer(channel, input)) as never,
    on: () => () => undefined,
  });
  return { calls, stored: () => stored };
}
