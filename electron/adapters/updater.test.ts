import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor';
import { configureRequestOptions, configureRequestUrl, UUID, type DownloadOptions } from 'builder-util-runtime';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../shared/policy/empty';
import { staticPolicy } from '../services/policy/service';
import { startUpdateService, type UpdateMemory } from '../services/update/service';
import { electronUpdaterPort, PUBLISHER_NAMES } from './updater';

/**
 * electron-updater's own check, download and SHA-512 verification (the NsisUpdater AllyDesk's
 * Windows build uses), driven in Node through the adapter against a loopback feed server: a static
 * folder like the one a publisher or a practice hosts (latest.yml + installer).
 */
const INSTALLER = 'AllyDesk-Setup-0.2.0.exe';
const installerBytes = randomBytes(256 * 1024);
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');
const latestYml = (extra = '') =>
  `version: 0.2.0
files:
  - url: ${INSTALLER}
    sha512: ${sha512(installerBytes)}
    size: ${installerBytes.length}
path: ${INSTALLER}
sha512: ${sha512(installerBytes)}
releaseDate: '2026-12-01T10:00:00.000Z'
releaseNotes: Office Ally's new support phone menu; the Practice Mate login page moved.
${extra}`;

type FeedMode = 'good' | 'tampered' | 'garbage' | 'error' | 'same-version' | { staging: number };
let mode: FeedMode = 'good';
const requests: string[] = [];
let server: Server;
let feedUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = (req.url ?? '').split('?')[0];
    if (mode === 'error') return res.writeHead(503).end('Service Unavailable');
    if (path === '/feed/latest.yml') {
      if (mode === 'garbage') return res.writeHead(200, { 'content-type': 'text/yaml' }).end('<html><body>Login to Wi-Fi</body></html>\n: : [');
      const body =
        mode === 'same-version'
          ? latestYml().replace('version: 0.2.0', 'version: 0.1.0')
          : typeof mode === 'object'
            ? latestYml(`stagingPercentage: ${mode.staging}\n`)
            : latestYml();
      return res.writeHead(200, { 'content-type': 'text/yaml' }).end(body);
    }
    if (path === `/feed/${INSTALLER}`) {
      const bytes = mode === 'tampered' ? Buffer.concat([installerBytes.subarray(0, -16), randomBytes(16)]) : installerBytes;
      return res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const dirs: string[] = [];
afterEach(() => {
  mode = 'good';
  requests.length = 0;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Node's HTTP client with the download() electron-updater's ElectronHttpExecutor has (the same
 * body: builder-util-runtime's doDownload, which streams through the SHA-512 digest check).
 */
class LoopbackHttpExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers || undefined, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      (this as unknown as { doDownload: (o: unknown, d: unknown, r: number) => void }).doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error: Error | null) => (error == null ? resolve(destination) : reject(error)), responseHandler: null },
        0,
      );
    });
  }
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/** One installed copy of AllyDesk 0.1.0: its user data (with its staging id) and update cache. */
function install(options: { stagingId?: string; verifySignature?: (names: string[], file: string) => Promise<string | null> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'allydesk-upd-'));
  dirs.push(dir);
  const userData = join(dir, 'userData');
  mkdirSync(userData);
  if (options.stagingId) writeFileSync(join(userData, '.updaterId'), options.stagingId);
  // What electron-builder writes into resources/ (electron-builder.yml's publish section).
  writeFileSync(join(dir, 'app-update.yml'), `provider: generic\nurl: ${feedUrl}\nchannel: latest\nupdaterCacheDirName: allydesk-updater\n`);
  const verifySignature = vi.fn(options.verifySignature ?? (async () => null));
  const port = electronUpdaterPort({
    platform: 'win32',
    logger,
    testing: {
      app: {
        version: '0.1.0',
        name: 'AllyDesk',
        isPackaged: true,
        appUpdateConfigPath: join(dir, 'app-update.yml'),
        userDataPath: userData,
        baseCachePath: join(dir, 'cache'),
        whenReady: () => Promise.resolve(),
        relaunch: () => {},
        quit: () => {},
        onQuit: () => {},
      },
      httpExecutor: new LoopbackHttpExecutor(),
      verifySignature,
    },
  });
  const pending = join(dir, 'cache/allydesk-updater/pending');
  const pendingFiles = () => (existsSync(pending) ? readdirSync(pending).filter((f) => !f.startsWith('update-info')) : []);
  return { port, verifySignature, pending, pendingFiles };
}

describe('electron-updater against a loopback generic feed', () => {
  it('finds the newer version, downloads it, checks its SHA-512 and its publisher signature', async () => {
    const { port, verifySignature, pending, pendingFiles } = install();
    const found = await port.check(undefined);
    expect(found).toEqual({ version: '0.2.0', releaseNotes: "Office Ally's new support phone menu; the Practice Mate login page moved." });
    const progress: number[] = [];
    await port.download((p) => progress.push(p));
    expect(pendingFiles()).toEqual([INSTALLER]);
    expect(readFileSync(join(pending, INSTALLER)).equals(installerBytes)).toBe(true);
    // Windows: the installer's Authenticode signature is checked against AllyDesk's publisher name.
    expect(verifySignature).toHaveBeenCalledWith(PUBLISHER_NAMES, expect.stringContaining(INSTALLER));
    expect(requests.some((r) => r.startsWith('/feed/latest.yml'))).toBe(true);
  });

  it('refuses a tampered installer (SHA-512 mismatch) and keeps nothing of it', async () => {
    mode = 'tampered';
    const { port, verifySignature, pendingFiles } = install();
    expect(await port.check(undefined)).toMatchObject({ version: '0.2.0' });
    await expect(port.download(() => {})).rejects.toThrow(/sha512 checksum mismatch/);
    expect(pendingFiles()).toEqual([]);
    expect(verifySignature).not.toHaveBeenCalled();
  });

  it('refuses an installer not signed by the publisher, and never skips that check', async () => {
    const { port, pendingFiles } = install({ verifySignature: async () => 'publisherNames: AllyDesk, raw info: {"Status":"NotSigned"}' });
    await port.check(undefined);
    await expect(port.download(() => {})).rejects.toThrow(/not signed by the application owner/);
    expect(pendingFiles()).toEqual([]);
  });

  it('changes nothing when the feed is down, answers an error, or serves garbage', async () => {
    const { port: down } = install();
    await expect(down.check('http://127.0.0.1:9/feed/')).rejects.toThrow(/ECONNREFUSED/);
    mode = 'error';
    const { port: failing, pendingFiles } = install();
    await expect(failing.check(undefined)).rejects.toThrow(/503/);
    mode = 'garbage';
    const { port: garbage } = install();
    await expect(garbage.check(undefined)).rejects.toThrow(/latest\.yml|parse|Cannot/i);
    expect(pendingFiles()).toEqual([]);
  });

  it('says nothing is new when the feed offers the running version', async () => {
    mode = 'same-version';
    expect(await install().port.check(undefined)).toBeNull();
  });

  it('uses the practice feed (UpdateFeedUrl) instead of the publisher one when given', async () => {
    const { port } = install();
    await expect(port.check(feedUrl.replace('/feed/', '/practice-feed/'))).rejects.toThrow(/404/);
    expect(requests.filter((r) => r.startsWith('/practice-feed/latest.yml'))).toHaveLength(1);
  });

  it('staged rollout: offers the update to exactly the installs whose id falls inside stagingPercentage', async () => {
    mode = { staging: 30 };
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const inside = (id: string) => UUID.parse(id).readUInt32BE(12) / 0xffffffff < 0.3;
    const offered: string[] = [];
    for (const id of ids) if (await install({ stagingId: id }).port.check(undefined)) offered.push(id);
    expect(offered).toEqual(ids.filter(inside));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(ids.length);
    // And the share is the one asked for, roughly: a fixed set of ids, deterministic.
    const fixed = Array.from({ length: 1000 }, (_, i) => UUID.v5(String(i), UUID.OID));
    expect(fixed.filter(inside).length / 1000).toBeCloseTo(0.3, 1);
  });
});

describe('the update service on the real updater', () => {
  const memory = (): UpdateMemory => {
    let value = {};
    return { load: async () => value, save: async (v) => void (value = v) };
  };
  const scheduler = { every: () => () => {}, now: () => Date.parse('2026-12-07T09:00:00Z') };
  const policyWith = (values: Record<string, unknown>) =>
    staticPolicy({
      ...EMPTY_POLICY_STATE,
      values,
      sources: Object.fromEntries(Object.keys(values).map((k) => [k, { scope: 'machine', location: 'HKLM\\SOFTWARE\\Policies\\AllyDesk' }])),
    } as never);

  it('UpdateMode "none": not one request reaches the feed, at start or when staff press Check', async () => {
    const { port } = install();
    const service = await startUpdateService({
      version: '0.1.0',
      installKind: 'nsis',
      policy: policyWith({ UpdateMode: 'none' }),
      updater: port,
      memory: memory(),
      scheduler,
      logger,
    });
    const view = await service.checkNow();
    expect(view.status).toEqual({ kind: 'off', reason: "Updates are turned off by your practice's IT. IT installs each new version." });
    expect(view).toMatchObject({ decidedBy: 'it', canCheck: false });
    expect(requests).toEqual([]);
    service.stop();
  });

  it('a tampered download: the service says why, keeps the running version, and offers no restart', async () => {
    mode = 'tampered';
    const { port, pendingFiles } = install();
    const service = await startUpdateService({
      version: '0.1.0',
      installKind: 'nsis',
      policy: policyWith({ UpdateMode: 'manual' }),
      updater: port,
      memory: memory(),
      scheduler,
      logger,
    });
    const view = await service.checkNow();
    expect(view.status.kind).toBe('failed');
    expect(view.status).toMatchObject({ message: expect.stringMatching(/did not match the feed's SHA-512 checksum, so it was discarded/) });
    expect(pendingFiles()).toEqual([]);
    service.stop();
  });

  it('a good download: ready to install on quit or on "Restart and update"', async () => {
    const { port } = install();
    const service = await startUpdateService({
      version: '0.1.0',
      installKind: 'nsis',
      policy: policyWith({}),
      updater: port,
      memory: memory(),
      scheduler,
      logger,
    });
    await vi.waitFor(() => expect(service.view().status.kind).toBe('ready'), { timeout: 10_000 });
    expect(service.view()).toMatchObject({ decidedBy: 'app', mode: 'default', feed: 'publisher', status: { version: '0.2.0' } });
    service.stop();
  });
});
