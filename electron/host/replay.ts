import type { ServerResponse } from 'node:http';

/**
 * Browser mode's bridge sends an IPC call once more when its connection failed before an answer
 * came (the host closes idle keep-alive connections, and a browser may put a request on one just as
 * it closes; a browser never retries a POST itself). The connection can also fail after the host
 * read the call, while it was answering: a blind re-send would then run it twice (a PIN set twice,
 * a shift ended twice). So each call carries an id (IPC_REQUEST_HEADER), the same on its re-send:
 * a call seen before is not run again, its re-send gets the first one's answer.
 *
 * An answer is held only until it has been handed over on some connection (then no re-send is
 * coming), or for `holdMs` after its own connection failed: answers can hold secrets.
 */
export interface ReplayOptions {
  holdMs?: number;
  /** At most this many calls remembered at once (a local program's ids cannot grow it further). */
  max?: number;
  now?: () => number;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;

export function createReplay({ holdMs = 30_000, max = 256, now = Date.now }: ReplayOptions = {}) {
  const calls = new Map<string, { result: Promise<unknown>; at: number }>();
  const prune = () => {
    for (const [key, call] of calls) if (now() - call.at > holdMs) calls.delete(key);
    while (calls.size >= max) calls.delete(calls.keys().next().value!);
  };
  return {
    /**
     * `run`'s answer for this call: run now, or the answer of the same call (same channel and id)
     * seen before. A call without a well-formed id is simply run.
     */
    answer(channel: string, id: string | string[] | undefined, res: ServerResponse, run: () => Promise<unknown>): Promise<unknown> {
      if (typeof id !== 'string' || !ID.test(id)) return run();
      const key = `${channel}\n${id}`;
      prune();
      let call = calls.get(key);
      if (!call) {
        call = { result: run(), at: now() };
        calls.set(key, call);
      }
      const held = call;
      // Written out in full on this connection: the tab has its answer, nothing more will ask for it.
      res.once('finish', () => calls.get(key) === held && calls.delete(key));
      // Counted from when the answer was ready, so a slow call's re-send still finds it.
      void held.result.then(
        () => (held.at = now()),
        () => (held.at = now()),
      );
      return held.result;
    },
    /** How many calls are held (tests). */
    get size() {
      return calls.size;
    },
  };
}
