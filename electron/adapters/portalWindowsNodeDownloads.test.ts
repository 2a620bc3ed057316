import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { NodePortalWindows } from './portalWindowsNode';
import type { PortalWindowEvent } from './types';

/**
 * Browser mode's downloads with real Chromium and a loopback server standing in for a portal's
 * report pages: every download ends saved or with the user told why not, whatever its name.
 */
const hasChromium = Boolean(chromiumPath());
const LONG_NAME = 'Remittance-Advice-'.repeat(20).slice(0, 296) + '.835';
const contentOf = (name: string) => `ISA*00*${name}~`;

describe.skipIf(!hasChromium)('browser-mode downloads (real Chromium)', () => {
  let root: string;
  let server: Server;
  let origin: string;
  let windows: NodePortalWindows;
  let events: PortalWindowEvent[];
  let downloads: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      if (url.pathname === '/file') {
        const name = url.searchParams.get('name') ?? 'report.835';
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          'cache-control': 'no-store',
        });
        return res.end(contentOf(name));
      }
      const names = url.searchParams.getAll('name');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Reports - Office Ally</title><main>${names
          .map((name, i) => `<a href="/file?name=${encodeURIComponent(name)}">Report ${i + 1}</a> `)
          .join('')}</main>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });
  afterEach(async () => {
    await windows?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  async function open(names: string[], downloadsDir?: string) {
    root = mkdtempSync(join(tmpdir(), 'allydesk-downloads-'));
    downloads = downloadsDir ?? join(root, 'Downloads');
    events = [];
    windows = new NodePortalWindows({
      dataDir: join(root, 'data'),
      downloadsDir: downloads,
      headless: true,
      policy: { navigation: () => 'allow', phrases: { enrolled: [], notEnrolled: [] } },
    });
    windows.onEvent((event) => events.push(event));
    const spec = {
      key: 'ann:ehr',
      title: 'EHR — Ann',
      url: `${origin}/?${names.map((n) => `name=${encodeURIComponent(n)}`).join('&')}`,
      sessionName: 'ann-ehr',
    };
    await windows.open(spec);
    return windows.pages(spec.key)[0]!;
  }
  const ended = () => events.filter((event) => event.type === 'download' || event.type === 'download-failed');

  it('a 300-character name is shortened, saved in full, and the event says it was shortened', async () => {
    const page = await open([LONG_NAME]);
    await page.getByRole('link', { name: 'Report 1' }).click();
    await expect.poll(ended, { timeout: 20_000 }).toHaveLength(1);
    const [saved] = ended();
    expect(saved).toMatchObject({ type: 'download', shortenedFrom: LONG_NAME });
    const [file] = readdirSync(downloads);
    expect(saved).toMatchObject({ file });
    expect(Buffer.byteLength(file!)).toBeLessThanOrEqual(240);
    expect(file!.endsWith('.835')).toBe(true);
    expect(readFileSync(join(downloads, file!), 'utf8')).toBe(contentOf(LONG_NAME));
  }, 60_000);

  it('six downloads in quick succession, two with the same name, all finish as six files', async () => {
    const names = ['era-1.835', 'era-2.835', 'era-2.835', 'era-4.835', LONG_NAME, 'era-6.835'];
    const page = await open(names);
    for (let i = 1; i <= names.length; i++) await page.getByRole('link', { name: `Report ${i}`, exact: true }).click();
    await expect.poll(() => ended().length, { timeout: 30_000 }).toBe(names.length);
    expect(ended().every((event) => event.type === 'download')).toBe(true);
    const files = readdirSync(downloads).sort();
    expect(files).toHaveLength(names.length);
    expect(files).toEqual(expect.arrayContaining(['era-1.835', 'era-2.835', 'era-2 (1).835', 'era-4.835', 'era-6.835']));
    for (const file of files) expect(readFileSync(join(downloads, file), 'utf8')).toMatch(/^ISA\*00\*/);
  }, 90_000);

  it('a download that cannot be saved says so (the Downloads folder is not a folder)', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'allydesk-downloads-blocked-')), 'Downloads');
    writeFileSync(blocked, 'a file where the folder should be');
    const page = await open(['era-1.835'], blocked);
    await page.getByRole('link', { name: 'Report 1' }).click();
    await expect.poll(ended, { timeout: 20_000 }).toEqual([{ type: 'download-failed', key: 'ann:ehr', file: 'era-1.835' }]);
    rmSync(join(blocked, '..'), { recursive: true, force: true });
  }, 60_000);
});
