import { createServer, type IncomingHttpHeaders } from 'node:http';
import { rmSync } from 'node:fs';
import { LAUNCH_TOKEN_FRAGMENT_KEY, LAUNCH_TOKEN_HEADER } from '../../shared/bridge';
import { expect, openHostPage, startBrowserHost, stopBrowserHost, test, untilInteractive } from './fixtures';

interface SeenRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * Another web server on 127.0.0.1 (a dev server, another user's server on a terminal-server
 * machine). Its page loads an image and a script that calls back with credentials, so anything the
 * browser attaches to requests for this host (cookies ignore ports) shows up in `seen`.
 */
function startOtherLocalServer() {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Other local site</title><h1>Other local site</h1><img src="/pixel.png" alt=""><script src="/probe.js"></script>');
    } else if (req.url === '/probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end("fetch('/api', { credentials: 'include' });");
    } else {
      res.writeHead(204).end();
    }
  });
  return new Promise<{ origin: string; seen: SeenRequest[]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
        seen,
        close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    }),
  );
}

test('the launch token stays with AllyDesk: out of the address bar, History, and every other 127.0.0.1 port', async ({ chromiumBrowser }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'Browser mode only: the desktop window has no launch token.');
  const host = await startBrowserHost();
  const other = await startOtherLocalServer();
  // The secret in whatever form the printed address carries it.
  const printed = new URL(host.url);
  const token = new URLSearchParams(printed.hash.slice(1)).get(LAUNCH_TOKEN_FRAGMENT_KEY) ?? printed.searchParams.get('token') ?? '';
  expect(token.length).toBeGreaterThanOrEqual(20);
  const { page, context } = await openHostPage(chromiumBrowser!, host);
  try {
    await expect(page.getByText('Browser mode: served only to this computer.')).toBeVisible(); // answered over IPC

    // Neither the address bar nor any Back/Forward entry holds the token.
    expect(page.url()).toBe(`${host.origin}/`);
    const cdp = await context.newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.url).not.toContain(token);

    // The user visits another local site, in this tab and in a new one.
    await page.goto(`${other.origin}/`);
    await expect(page.getByRole('heading', { name: 'Other local site' })).toBeVisible();
    const second = await context.newPage();
    await second.goto(`${other.origin}/`);
    await expect.poll(() => other.seen.filter((request) => request.url === '/api').length).toBe(2);

    // (Chromium may also ask for /favicon.ico, at its own pace.)
    expect(other.seen.map((request) => request.url)).toEqual(expect.arrayContaining(['/', '/pixel.png', '/probe.js', '/api']));
    for (const request of other.seen) {
      expect(request.url).not.toContain(token);
      expect(request.headers.cookie, `cookie sent with ${request.url}`).toBeUndefined();
      expect(request.headers[LAUNCH_TOKEN_HEADER]).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain(token);
    }

    // Back in AllyDesk's tab, a reload still works: the token is in this tab's sessionStorage, sent as a header.
    await page.goBack();
    expect(page.url()).toBe(`${host.origin}/`);
    const ipcStatuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${host.origin}/ipc/`)) ipcStatuses.push(response.status());
    });
    const eventStream = page.waitForResponse(`${host.origin}/events`);
    await page.reload();
    await untilInteractive(page);
    await expect(page.getByText('Browser mode: served only to this computer.')).toBeVisible();
    const stream = await eventStream;
    expect(stream.status()).toBe(200);
    expect(await stream.request().headerValue(LAUNCH_TOKEN_HEADER)).toBe(token);
    expect(ipcStatuses.length).toBeGreaterThan(0);
    expect(ipcStatuses.every((status) => status === 200)).toBe(true);

    // A tab opened on AllyDesk's address without the token gets nothing from it, and is told why.
    const stray = await context.newPage();
    await stray.goto(`${host.origin}/`);
    await expect(stray.getByRole('alert')).toContainText('This browser tab was not opened with the address AllyDesk printed');
  } finally {
    await context.close();
    await other.close();
    await stopBrowserHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  }
});
