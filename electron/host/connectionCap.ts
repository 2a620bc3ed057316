import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The connection cap, with a ranking of who goes first when it is reached, so a local program that
 * fills the host with sockets cannot lock out the app's own page (issue 20, item 4):
 *
 * 1. connections that never presented the launch token (silent sockets, `GET /favicon.ico` on
 *    keep-alive), idle ones before those mid-answer, oldest first;
 * 2. event streams beyond one per tab (the newest stream of each tab stays), oldest first;
 * 3. idle keep-alive connections that did present the token (their client simply opens a new one);
 * 4. the oldest event stream (a tab's stream reconnects by itself).
 *
 * A connection younger than `graceMs` is never pushed out, so the app's own request has time to
 * show its token; when nothing may go, the newcomer is refused, as Node's own cap would.
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

export function capConnections(server: Server, options: { max: number; graceMs: number; now?: () => number }): ConnectionCap {
  const now = options.now ?? Date.now;
  const sockets = new Map<Socket, Tracked>();
  let seq = 0;

  const rank = (t: Tracked, newestStreamOfTab: Map<string, number>): number | null => {
    if (!t.trusted && t.streamTab === null) return t.inFlight === 0 ? 0 : 1;
    if (t.streamTab !== null) return newestStreamOfTab.get(t.streamTab) !== t.seq ? 2 : 4;
    return t.inFlight === 0 ? 3 : null; // a trusted request being answered is never cut
  };

  function victim(newcomer: Socket): Socket | null {
    const newestStreamOfTab = new Map<string, number>();
    for (const t of sockets.values()) if (t.streamTab !== null) newestStreamOfTab.set(t.streamTab, Math.max(t.seq, newestStreamOfTab.get(t.streamTab) ?? -1));
    let best: { socket: Socket; rank: number; seq: number } | null = null;
    const ripe = now() - options.graceMs;
    for (const [socket, t] of sockets) {
      if (socket === newcomer || t.openedAt > ripe) continue;
      const r = rank(t, newestStreamOfTab);
      if (r === null) continue;
      if (!best || r < best.rank || (r === best.rank && t.seq < best.seq)) best = { socket, rank: r, seq: t.seq };
    }
    return best?.socket ?? null;
  }

  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { seq: ++seq, openedAt: now(), trusted: false, inFlight: 0, streamTab: null });
    socket.once('close', () => sockets.delete(socket));
    if (sockets.size <= options.max) return;
    const out = victim(socket);
    (out ?? socket).destroy();
    if (!out) sockets.delete(socket);
    else sockets.delete(out);
  });

  return {
    trust(socket) {
      const t = sockets.get(socket);
      if (t) t.trusted = true;
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
