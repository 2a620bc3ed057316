import { invalidInput } from '../../shared/ipc/fieldMessages';
import { referenceOverrides, type ReferenceOverrides } from '../../shared/ipc/reference';
import type { Channel, EventName } from '../../shared/ipc';
import { EMPTY_POLICY_STATE } from '../../shared/policy/empty';
import type { Result } from '../../shared/result';
import { setBridge } from '../bridge';

/** A reply may be a promise: main answering later (while an event arrives first). */
export type FakeReplies = Partial<Record<Channel, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>>;
export type FakeMore = FakeReplies | ((channel: string, input: unknown) => Result<unknown> | undefined);

/**
 * A bridge that answers like main does for the help screens: app info, and reference overrides
 * validated with the contract's own schema and refused in the registry's words (invalidInput).
 * `more` answers further channels: a reply per channel, or one function for a whole feature (see
 * fakeVault.ts). Every call is recorded in `calls`; `emit` sends an event as main would.
 */
export function installFakeBridge(initial: ReferenceOverrides = { portalUrls: {} }, more: FakeMore = {}) {
  let stored = initial;
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answer = (channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> => {
    calls.push({ channel, input });
    const reply = typeof more === 'function' ? more(channel, input) : more[channel as Channel]?.(input);
    if (reply) return reply;
    switch (channel) {
      case 'app:info':
        return { ok: true, data: { version: 'test', runtime: 'browser', dataDir: '/tmp/x' } };
      case 'app:notices':
        return { ok: true, data: [] };
      case 'update:get':
        return {
          ok: true,
          data: {
            version: 'test',
            mode: 'default',
            decidedBy: 'app',
            feed: 'publisher',
            canCheck: false,
            status: { kind: 'off', reason: 'This copy runs from source (development or browser mode). It does not update itself.' },
          },
        };
      case 'policy:get':
        return { ok: true, data: EMPTY_POLICY_STATE };
      case 'reference:getOverrides':
        return { ok: true, data: stored };
      case 'reference:setOverrides': {
        const parsed = referenceOverrides.safeParse(input);
        if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
        stored = parsed.data;
        return { ok: true, data: stored };
      }
      default:
        return { ok: false, error: { code: 'unknown_channel', message: 'unknown' } };
    }
  };
  setBridge({
    invoke: (async (channel: string, input: unknown) => answer(channel, input)) as never,
    on: ((event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => void set.delete(listener);
    }) as never,
  });
  return {
    calls,
    stored: () => stored,
    emit: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
    listening: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
}
