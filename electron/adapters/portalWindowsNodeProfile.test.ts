import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';
import { NodePortalWindows, portalTempDir } from './portalWindowsNode';

/**
 * Issue 20, item 5: what a browser-mode portal profile keeps, asserted on the files themselves.
 * Chromium runs with XDG_CONFIG_HOME / XDG_CACHE_HOME in a test folder, the data folder inside the
 * config one as it is by default, so a cache written "next to" the data folder shows up; every
 * request that would leave the computer goes to a counting proxy (loopback stays direct).
 */
const hasChromium = Boolean(chromiumPath());
const USERNAME = 'ann.frontdesk.7f3k';
const GOOGLE = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(entry.parentPath, entry.name);
        return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
      })
    : [];
const holding = (dir: string, text: string) => filesUnder(dir).filter((file) => readFileSync(file).includes(text));

describe.skipIf(!hasChromium || process.platform !== 'linux')('what a browser-mode portal profile keeps (real Chromium)', () => {
  let root: string;
  let dataDir: string;
  let portal: StandInPortal;
  let proxy: Server;
  const proxied: string[] = [];
  let windows: NodePortalWindows;
  const saved = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'allydesk-profile-'));
    process.env.XDG_CONFIG_HOME = join(root, 'config');
    process.env.XDG_CACHE_HOME = join(root, 'cache');
    dataDir = join(root, 'config', 'AllyDesk');
    // What a crashed earlier run left in the data folder's temporary folder goes at the next start.
    mkdirSync(join(portalTempDir(dataDir), 'playwright-artifacts-old'), { recursive: true });
    writeFileSync(join(portalTempDir(dataDir), 'playwright-artifacts-old', 'era.835'), 'ISA*00');
    portal = await startStandInPortal({ users: { [USERNAME]: 'Correct-Horse-7!' } });
    proxy = createServer((req, res) => {
      proxied.push(new URL(req.url ?? '/', 'http://unknown').hostname);
      res.writeHead(502).end();
    });
    proxy.on('connect', (req, socket) => {
      proxied.push((req.url ?? '').split(':')[0]!);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    windows = new NodePortalWindows({
      dataDir,
      headless: true,
      policy: { navigation: () => 'allow', phrases: { enrolled: [], notEnrolled: [] } },
      extraArgs: [`--proxy-server=http://127.0.0.1:${(proxy.address() as AddressInfo).port}`],
    });
  }, 30_000);
  afterAll(async () => {
    await windows?.dispose();
    await portal?.close();
    await new Promise((resolve) => proxy?.close(resolve));
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a typed login leaves no username in the profile, no cache outside the data folder, and no call to Google', async () => {
    const spec = { key: 'ann:practice-mate', title: 'Practice Mate — Ann', url: portal.url, sessionName: 'ann-practice-mate' };
    await windows.open(spec);
    const page = windows.pages(spec.key)[0]!;
    await page.getByLabel('Username').pressSequentially(USERNAME);
    await page.getByLabel('Password').pressSequentially('Correct-Horse-7!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/home$/);
    await page.goto(`${portal.origin}/patient`);
    await page.waitForTimeout(3_000); // Chromium's own background requests come within seconds of a form
    // The playwright temporary folders live in the data folder while it runs.
    expect(readdirSync(portalTempDir(dataDir)).filter((name) => name.startsWith('playwright-artifacts-'))).not.toEqual([]);
    expect(existsSync(join(portalTempDir(dataDir), 'playwright-artifacts-old'))).toBe(false);
    // Chromium's autofill would have written the typed username into Default/Web Data by now.
    expect(holding(root, USERNAME)).toEqual([]);
    await windows.close(spec.key);

    expect(holding(root, USERNAME)).toEqual([]);
    expect(filesUnder(join(root, 'cache', 'AllyDesk'))).toEqual([]); // Chromium's default for a profile under ~/.config
    expect(holding(root, portal.patientCanary)).toEqual([]);
    expect(proxied.filter((host) => GOOGLE.test(host))).toEqual([]);
    expect(proxied).toEqual([]); // nothing at all left the computer
  }, 60_000);

  it('a service worker is refused, and IndexedDB is gone once the window closes; a lasting cookie stays', async () => {
    const spec = { key: 'ann:ehr', title: 'EHR — Ann', url: portal.url, sessionName: 'ann-ehr' };
    await windows.open(spec);
    const page = windows.pages(spec.key)[0]!;
    await page.getByLabel('Username').pressSequentially(USERNAME);
    await page.getByLabel('Password').pressSequentially('Correct-Horse-7!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/home$/);
    await page.goto(`${portal.origin}/offline-copy`);
    await page.getByRole('status').filter({ hasText: 'indexeddb: saved' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('status').textContent()).toBe('service worker: refused, indexeddb: saved');
    // A lasting cookie, as a portal's "remember this device" sets: the one thing a closed profile keeps.
    await page.evaluate("document.cookie = 'OAREMEMBER=device42; Max-Age=86400; Path=/'");
    await page.evaluate("localStorage.setItem('lastPatient', 'copy')");
    await windows.close(spec.key);
    expect(holding(root, portal.offlineCanary)).toEqual([]);

    const mark = portal.requests.length;
    await windows.open({ ...spec, url: `${portal.origin}/home` });
    await expect.poll(() => portal.requests.slice(mark).find((r) => r.path === '/home')?.cookies.OAREMEMBER ?? '').toBe('device42');
    // The reopened page finds nothing else of the last one: no database, no cache, no worker, no localStorage.
    const left = await windows.pages(spec.key)[0]!.evaluate(async () => ({
      databases: (await globalThis.indexedDB.databases()).map((db) => db.name),
      caches: await globalThis.caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      localStorage: localStorage.length,
    }));
    expect(left).toEqual({ databases: [], caches: [], workers: 0, localStorage: 0 });
    await windows.close(spec.key);
  }, 60_000);

  it('a private window keeps its browser profile in the data folder, and the host stopping removes it', async () => {
    await windows.open({ key: 'private:ehr', title: 'EHR — private window', url: portal.url, sessionName: null });
    expect(readdirSync(portalTempDir(dataDir)).filter((name) => name.startsWith('playwright_chromiumdev_profile-'))).toHaveLength(1);
    await windows.dispose();
    expect(existsSync(portalTempDir(dataDir))).toBe(false);
  }, 60_000);
});
