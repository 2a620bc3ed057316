import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EVENT_STREAM_TAB_HEADER, IPC_REQUEST_HEADER, LAUNCH_TOKEN_FRAGMENT_KEY, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { awaitedRegistry } from '../ipc/awaitedRegistry';
import type { IpcRegistry } from '../ipc/registry';
import { CONTENT_SECURITY_POLICY, readRendererFile } from '../services/rendererFiles';
import { capConnections } from './connectionCap';
import { createReplay } from './replay';

/**
 * The largest request body: the contract's largest input (an export or backup file's text, up to
 * 20 MB) as JSON, whose escapes add to it. Read only after the launch token was checked.
 */
const MAX_BODY_BYTES = 24 * 1024 * 1024;

/**
 * Connection hygiene: a local program that opens connections and sends nothing (20,400 of them
 * once ran the process out of file descriptors) is cut off, and there is a ceiling on how many
 * sockets may be open at once.
 */
export interface ConnectionLimits {
  /** A client must have sent its request headers within this long, or its connection is closed. */
  headersTimeoutMs: number;
  /** …and its whole request (an IPC body is small) within this long. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two request timeouts above (its own default is 30 s). */
  timeoutCheckIntervalMs: number;
  /**
   * At most this many settled connections that never showed the launch token, and as many that did.
   * One tab holds one event stream plus at most six request connections, so this leaves room for
   * several tabs. Beyond it, the oldest of the same kind go first (see connectionCap.ts), so a
   * local program's sockets push out only each other and the app's own page still gets answers.
   */
  maxConnections: number;
  /** All sockets at once, new ones still within their grace included; only beyond it is a newcomer refused. */
  maxSockets: number;
  /** A connection this young is never pushed out by the cap (the app's request is on its way). */
  newConnectionGraceMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckIntervalMs: 1_000,
  maxConnections: 64,
  maxSockets: 256,
  newConnectionGraceMs: 1_000,
};

export interface HostOptions {
  /**
   * The IPC answers. A promise while the services are still being composed: the page is served at
   * once, and IPC requests and the event stream wait for it.
   */
  registry: IpcRegistry | Promise<IpcRegistry>;
  rendererDir: string;
  token: string;
  port: number;
  /** Tests shorten these; the defaults suit real use. */
  limits?: Partial<ConnectionLimits>;
}

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The launch token must come in its header; a cookie or query string never counts. */
function tokenRefusal(req: IncomingMessage, token: string): { status: number; message: string } | null {
  const header = req.headers[LAUNCH_TOKEN_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  if (!given) return { status: 401, message: 'Unauthorized: the launch token is missing. Open the address AllyDesk printed when it started.' };
  if (!sameSecret(given, token)) return { status: 403, message: 'Forbidden: wrong launch token.' };
  return null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The loopback browser host: serves the built renderer and the same IPC handlers as the
 * desktop app. Bound to 127.0.0.1 only; Host and Origin must name this very server (DNS
 * rebinding and cross-site requests are refused). IPC and the event stream need the per-launch
 * token in a request header; the renderer's static files hold no secrets and need none.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { registry, rendererDir, token } = options;
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  let port = options.port;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const sseClients = new Set<ServerResponse>();

  const answers = awaitedRegistry(registry);
  // A call the bridge sends again (same id) runs once; the re-send gets its answer (replay.ts).
  const replay = createReplay();
  const offEvents = answers.onEvent((event, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.once('close', cap.busy(req.socket));
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 403, 'Forbidden: unexpected Host header.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
        return send(res, 403, 'Forbidden: requests from other sites are refused.');
      }

      if (url.pathname.startsWith('/ipc/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.', undefined, { allow: 'POST' });
        const refusal = tokenRefusal(req, token);
        if (refusal) return send(res, refusal.status, refusal.message);
        cap.trust(req.socket);
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
        let input: unknown;
        try {
          const text = await readBody(req);
          input = text === '' ? undefined : (JSON.parse(text) as { input?: unknown }).input;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request could not be read.' } }), 'application/json');
        }
        const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        const result = await replay.answer(channel, req.headers[IPC_REQUEST_HEADER], res, () => answers.dispatch(channel, input));
        return send(res, 200, JSON.stringify(result), 'application/json');
      }

      // Everything else is a GET for the page, its assets, or the event stream.
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
      if (url.pathname === '/events') {
        const refusal = tokenRefusal(req, token);
        if (refusal) return send(res, refusal.status, refusal.message);
        cap.trust(req.socket);
        const tab = req.headers[EVENT_STREAM_TAB_HEADER];
        cap.stream(req.socket, typeof tab === 'string' ? tab.slice(0, 64) : '');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }

      const found = await readRendererFile(rendererDir, url.pathname);
      if (!found) return send(res, 404, 'Not found.');
      // The pages (the main window's and the portal toolbar's) get the full set of security headers, CSP included.
      if (found.relative === 'index.html' || found.relative === 'toolbar.html')
        return send(res, 200, req.method === 'HEAD' ? '' : found.body.toString('utf8'), found.mime);
      res.writeHead(200, {
        'content-type': found.mime,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : found.body);
    } catch {
      if (!res.headersSent) send(res, 500, 'AllyDesk could not answer that request.');
      else res.end();
    }
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    },
    handle,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const cap = capConnections(server, { max: limits.maxConnections, maxSockets: limits.maxSockets, graceMs: limits.newConnectionGraceMs });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        port,
        // The fragment is never sent to any server; the page moves it into sessionStorage at once.
        url: `http://127.0.0.1:${port}/#${LAUNCH_TOKEN_FRAGMENT_KEY}=${token}`,
        close: () =>
          new Promise<void>((done) => {
            offEvents();
            for (const client of sseClients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
