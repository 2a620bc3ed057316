import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The connection cap, built so a local program that fills the host with sockets cannot lock out
 * the app's own page (issue 20, item 4). When a socket connects, nobody knows yet whether it is the
 * app's: only its first request shows the launch token. So:
 *
 * - A new connection always gets `graceMs` to show the token; it is never pushed out that young.
 *   Only when `maxSockets` sockets are open and none is older than that is a newcomer refused.
 * - Connections that are past their grace and never showed the token (silent sockets,
 *   `GET /favicon.ico` on keep-alive) are kept to `max`: beyond it, the oldest go first, idle ones
 *   before those being answered. A flood of them only ever pushes out its own kind.
 * - Connections that showed the token are kept to `max` too: beyond it, event streams beyond one
 *   per tab go first (the newest stream of each tab stays), then idle keep-alive connections (their
 *   client opens a new one), then the oldest event stream (a tab's stream reconnects by itself). A
 *   request with the token that is being answered is never cut.
 */
interface Tracked {
  seq: number;
  openedAt: number;
  trusted: boolean;
  inFlight: number;
  /** The tab an event stream belongs to ('' when the client named none). */
  streamTab: string | null;
}

export interface ConnectionCap {
  /** This socket's request carried the right launch token. */
  trust(socket: Socket): void;
  /** A request on this socket is being answered, until `done` is called. */
  busy(socket: Socket): () => void;
  /** This socket now carries an event stream for `tab`. */
  stream(socket: Socket, tab: string): void;
}

export interface CapOptions {
  /** At most this many settled connections without the token, and this many with it. */
  max: number;
  /** All sockets at once, new ones in their grace included. */
  maxSockets: number;
  /** A connection this young is never pushed out (the app's request is on its way). */
  graceMs: number;
  now?: () => number;
}

export function capConnections(server: Server, options: CapOptions): ConnectionCap {
  const now = options.now ?? Date.now;
  const sockets = new Map<Socket, Tracked>();
  let seq = 0;

  /** Who goes first (lower first; null: never). Untrusted: 0 idle, 1 being answered. Trusted: 2 extra stream, 3 idle, 4 a tab's stream. */
  function rank(t: Tracked, newestStreamOfTab: Map<string, number>): number | null {
    if (!t.trusted) return t.inFlight === 0 ? 0 : 1;
    if (t.streamTab !== null) return newestStreamOfTab.get(t.streamTab) !== t.seq ? 2 : 4;
    return t.inFlight === 0 ? 3 : null;
  }

  /** The first to go among the sockets `eligible` lets through, or null. */
  function victim(eligible: (socket: Socket, t: Tracked) => boolean): Socket | null {
    const newestStreamOfTab = new Map<string, number>();
    for (const t of sockets.values()) if (t.streamTab !== null) newestStreamOfTab.set(t.streamTab, Math.max(t.seq, newestStreamOfTab.get(t.streamTab) ?? -1));
    let best: { socket: Socket; rank: number; seq: number } | null = null;
    for (const [socket, t] of sockets) {
      if (!eligible(socket, t)) continue;
      const r = rank(t, newestStreamOfTab);
      if (r === null) continue;
      if (!best || r < best.rank || (r === best.rank && t.seq < best.seq)) best = { socket, rank: r, seq: t.seq };
    }
    return best?.socket ?? null;
  }

  const drop = (socket: Socket) => {
    sockets.delete(socket);
    socket.destroy();
  };
  const count = (which: (t: Tracked) => boolean) => [...sockets.values()].filter(which).length;

  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { seq: ++seq, openedAt: now(), trusted: false, inFlight: 0, streamTab: null });
    socket.once('close', () => sockets.delete(socket));
    const ripe = now() - options.graceMs;
    const settled = (t: Tracked) => t.openedAt <= ripe;
    // Settled connections that never showed the token: no more than `max` of them.
    for (let excess = count((t) => !t.trusted && settled(t)) - options.max; excess > 0; excess -= 1) {
      const out = victim((_, t) => !t.trusted && settled(t));
      if (!out) break;
      drop(out);
    }
    if (sockets.size <= options.maxSockets) return;
    drop(victim((s, t) => s !== socket && settled(t)) ?? socket);
  });

  return {
    trust(socket) {
      const t = sockets.get(socket);
      if (!t || t.trusted) return;
      t.trusted = true;
      // Connections with the token: no more than `max` either (this one, being answered, stays).
      if (count((x) => x.trusted) <= options.max) return;
      const out = victim((s, x) => x.trusted && s !== socket);
      if (out) drop(out);
    },
    busy(socket) {
      const t = sockets.get(socket);
      if (!t) return () => undefined;
      t.inFlight += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        t.inFlight -= 1;
      };
    },
    stream(socket, tab) {
      const t = sockets.get(socket);
      if (t) t.streamTab = tab;
    },
  };
}
