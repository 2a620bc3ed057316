import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { IpcRegistry } from '../ipc/registry';
import { CONTENT_SECURITY_POLICY, readRendererFile } from '../services/rendererFiles';

export const TOKEN_HEADER = 'x-allydesk-token';
const MAX_BODY_BYTES = 1024 * 1024;

export interface HostOptions {
  registry: IpcRegistry;
  rendererDir: string;
  token: string;
  port: number;
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

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
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
 * desktop app. Bound to 127.0.0.1 only; every request needs the per-launch token; Host and
 * Origin must name this very server (DNS rebinding and cross-site requests are refused).
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { registry, rendererDir, token } = options;
  let port = options.port;
  const cookieName = () => `allydesk_token_${port}`;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const sseClients = new Set<ServerResponse>();

  const offEvents = registry.onEvent((event, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 403, 'Forbidden: unexpected Host header.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
        return send(res, 403, 'Forbidden: requests from other sites are refused.');
      }

      if (url.pathname.startsWith('/ipc/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.', undefined, { allow: 'POST' });
        const given = req.headers[TOKEN_HEADER];
        if (!given) return send(res, 401, 'Unauthorized: the launch token is missing.');
        if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) return send(res, 403, 'Forbidden: wrong launch token.');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
        let input: unknown;
        try {
          const text = await readBody(req);
          input = text === '' ? undefined : (JSON.parse(text) as { input?: unknown }).input;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request could not be read.' } }), 'application/json');
        }
        const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        const result = await registry.dispatch(channel, input);
        return send(res, 200, JSON.stringify(result), 'application/json');
      }

      // Everything else is a GET for the page, its assets, or the event stream.
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
      const queryToken = url.searchParams.get('token');
      if (queryToken !== null) {
        if (!sameSecret(queryToken, token)) return send(res, 403, 'Forbidden: wrong launch token.');
        // Trade the token in the address bar for a same-site cookie, then drop it from the URL.
        return send(res, 303, '', undefined, {
          location: url.pathname === '/events' ? '/events' : '/',
          'set-cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
      }
      const cookieToken = cookie(req, cookieName());
      if (!cookieToken) return send(res, 401, 'Unauthorized: open the address AllyDesk printed (it carries the launch token).');
      if (!sameSecret(cookieToken, token)) return send(res, 403, 'Forbidden: wrong launch token.');

      if (url.pathname === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }

      const found = await readRendererFile(rendererDir, url.pathname);
      if (!found) return send(res, 404, 'Not found.');
      const { relative, body } = found;
      if (relative === 'index.html') {
        // The page reads the token from a meta tag (inline scripts are forbidden by the CSP).
        const html = body.toString('utf8').replace('<head>', `<head>\n    <meta name="allydesk-token" content="${token}" />`);
        return send(res, 200, html, found.mime);
      }
      res.writeHead(200, {
        'content-type': found.mime,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) send(res, 500, 'AllyDesk could not answer that request.');
      else res.end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${token}`,
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
