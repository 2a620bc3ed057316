import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Which file of the built renderer a URL path names. The one place both runtimes decide it: the
 * browser host (electron/host/server.ts) and the desktop window's app:// protocol (electron/window.ts).
 */

/** The policy the page's index.html carries, also sent as a header by both runtimes. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface RendererFile {
  /** Absolute path inside the renderer folder. */
  file: string;
  /** The path below the renderer folder, with forward slashes ('index.html' for '/'). */
  relative: string;
  /** Content-Type to send; unknown extensions are plain bytes (and nosniff keeps them so). */
  mime: string;
}

/**
 * Resolves a URL path (as in `new URL(...).pathname`, still percent-encoded) to a file inside
 * `rendererDir`, or null when it names anything else: a path climbing out (also percent-encoded
 * or with backslashes), an absolute or drive path, a NUL byte, a malformed escape, or a dot
 * file/folder (build metadata such as .vite/manifest.json is not part of the page).
 * Pure: it does not look at the disk; `readRendererFile` does.
 */
export function resolveRendererPath(rendererDir: string, urlPath: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Only the URL's own leading slash goes: what follows it must be relative ('//etc/passwd' is refused).
  const wanted = decoded.replace(/^\//, '') || 'index.html';
  const segments = wanted.split(/[\\/]/);
  if (segments.some((segment) => segment.startsWith('.') || segment === '')) return null;
  if (isAbsolute(wanted) || /^[A-Za-z]:/.test(wanted)) return null;
  const root = normalize(rendererDir);
  const file = normalize(join(root, wanted));
  const below = relative(root, file);
  if (below === '' || below.startsWith('..') || isAbsolute(below) || !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return { file, relative: below.split(sep).join('/'), mime: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/**
 * The resolved file's bytes, or null when the path is refused, is not a regular file, or (through
 * a symbolic link) lies outside the renderer folder.
 */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<(RendererFile & { body: Buffer }) | null> {
  const resolved = resolveRendererPath(rendererDir, urlPath);
  if (!resolved) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(resolved.file)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    if (!(await stat(realFile)).isFile()) return null;
    return { ...resolved, body: await readFile(realFile) };
  } catch {
    return null;
  }
}

/**
 * The desktop window's app:// handler: the same files, as a fetch Response (what Electron's
 * protocol.handle expects). Only GET of `expectedHost` is answered.
 */
export async function rendererResponse(rendererDir: string, request: { url: string; method: string }, expectedHost: string): Promise<Response> {
  const notFound = () => new Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.host !== expectedHost) return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed.', { status: 405, headers: { allow: 'GET, HEAD' } });
  const found = await readRendererFile(rendererDir, url.pathname);
  if (!found) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.body), {
    status: 200,
    headers: {
      'content-type': found.mime,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    },
  });
}
