import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINUX_POLICY_FILE } from '../../electron/services/policy/linux';
import { firstRequest } from '../../scripts/bench/start.mjs';

/**
 * What the built browser host (out/main/host.cjs) has loaded at two moments: when it prints its
 * address (it serves the page from then on) and once it has composed its services and answered a
 * first request. Start-up should load only what start-up needs (issue 11, item 8). A preload records
 * every file loaded (CommonJS, as the host is built, and any ES module the loader reads), every
 * `require`, Node's own modules and the zod schemas constructed (zod hands each new schema to its
 * global post-processor); it reports when the host first writes to stdout and again as it exits.
 */
const root = join(import.meta.dirname, '../..');
const hostJs = join(root, 'out/main/host.cjs');

const LOAD_HOOK = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;

// CommonJS, required before the host: importing node:fs as an ES module here would itself load
// what the host must not (and --import would make Node run host.cjs through its ES module loader).
const PRELOAD = `const fs = require('node:fs');
const Module = require('node:module');
const { register } = Module;
const { fileURLToPath } = require('node:url');
const { isMainThread, MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
if (!isMainThread) return; // --require runs in the loader hooks' thread too
const { port1, port2 } = new MessageChannel();
port1.unref();
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(LOAD_HOOK)}`)}, { data: { port: port2 }, transferList: [port2] });
const required = [];
const load = Module._load;
Module._load = function (request, ...rest) { required.push(request); return load.call(this, request, ...rest); };
let zodSchemas = 0;
globalThis.__zod_globalConfig = {
  postProcessor: (schema) => {
    const name = schema._zod.constr.name;
    if (name.startsWith('Zod') && !name.startsWith('ZodCheck')) zodSchemas += 1; // schemas, not their checks
  },
};
const nodeModules = () => process.moduleLoadList.filter((n) => n.startsWith('NativeModule ')).map((n) => n.slice('NativeModule '.length));
const report = (moment) => {
  const files = Object.keys(Module._cache);
  for (let m; (m = receiveMessageOnPort(port1)); ) if (m.message.startsWith('file:')) files.push(fileURLToPath(m.message));
  const builtins = nodeModules();
  // graceful-fs marks Node's fs module with its queue symbol when it patches fs.close.
  const fsPatched = Object.getOwnPropertySymbols(fs).some((symbol) => String(symbol).includes('graceful-fs'));
  fs.writeSync(2, 'LOADS ' + moment + ' ' + JSON.stringify({ files, required: [...required], builtins, zodSchemas, fsPatched }) + '\\n');
};
const write = process.stdout.write.bind(process.stdout);
let reported = false;
process.stdout.write = (chunk, ...rest) => {
  if (!reported) {
    reported = true;
    report('listening');
  }
  return write(chunk, ...rest);
};
process.on('exit', () => report('exit'));
`;

type Loads = { files: string[]; required: string[]; builtins: string[]; zodSchemas: number; fsPatched: boolean };
let work: string;
let atListening: Loads;
let atExit: Loads;
let dataFilesAtListening: string[];
let dataFilesAfterFirstAnswer: string[];
let firstAnswer: unknown;

beforeAll(async () => {
  if (!existsSync(hostJs)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'allydesk-host-start-'));
  writeFileSync(join(work, 'preload.cjs'), PRELOAD);
  const child = spawn(process.execPath, ['--require', join(work, 'preload.cjs'), hostJs], {
    env: { ...process.env, ALLYDESK_DATA_DIR: join(work, 'data'), ALLYDESK_PORT: '0', ALLYDESK_TEST_HOOKS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host.cjs printed no address within 20 s. stderr:\n${stderr}`)), 20_000);
      child.once('exit', (code) => reject(new Error(`host.cjs exited (${code}) before printing its address. stderr:\n${stderr}`)));
      createInterface({ input: child.stdout }).once('line', (line) => {
        clearTimeout(timer);
        dataFilesAtListening = readdirSync(join(work, 'data'));
        resolve(line);
      });
    });
    // Sent the moment the address is printed, as a page that loads at once would: it waits for the services.
    // It is the bench's own first request, so this also checks that the bench's request reaches the real host.
    firstAnswer = JSON.parse(await firstRequest(address));
    dataFilesAfterFirstAnswer = readdirSync(join(work, 'data'));
  } finally {
    child.kill('SIGTERM');
  }
  await exited;
  const reported = (moment: string) => {
    const line = new RegExp(`^LOADS ${moment} (.*)$`, 'm').exec(stderr)?.[1];
    if (!line) throw new Error(`the preload reported nothing at ${moment}. stderr:\n${stderr}`);
    return JSON.parse(line) as Loads;
  };
  atListening = reported('listening');
  atExit = reported('exit');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const chunksContaining = (text: string) => {
  const chunks = join(root, 'out/main/chunks');
  return readdirSync(chunks)
    .filter((file) => readFileSync(join(chunks, file), 'utf8').includes(text))
    .map((file) => join(chunks, file));
};

describe('the built browser host, when it prints its address', () => {
  it('has run from its own bundle: nothing loaded file by file from node_modules (zod alone was ~100 files)', () => {
    expect(atListening.files).toContain(hostJs);
    expect(atListening.files.filter((file) => file.includes('/node_modules/'))).toEqual([]);
  });

  it('has taken the data folder but not yet loaded its services (they are composed while the browser opens the page)', () => {
    expect(dataFilesAtListening).toContain('allydesk.lock.json');
    const servicesChunks = readdirSync(join(root, 'out/main/chunks')).filter((file) => file.startsWith('services-'));
    expect(servicesChunks).toHaveLength(1);
    expect(atListening.files.filter((file) => file.endsWith(`/chunks/${servicesChunks[0]}`))).toEqual([]);
    expect(atExit.files.filter((file) => file.endsWith(`/chunks/${servicesChunks[0]}`))).toHaveLength(1);
  });

  // Where this computer has a practice policy, the host rightly checks it (with zod) before listening.
  const policyHere = process.platform === 'linux' && existsSync(LINUX_POLICY_FILE);
  it.skipIf(policyHere)('has not loaded zod at all (with no practice policy on this computer there is nothing to check yet)', () => {
    const zodChunks = chunksContaining('ZodMiniObject');
    expect(zodChunks.length).toBeGreaterThan(0);
    expect(atListening.files.filter((loaded) => zodChunks.includes(loaded))).toEqual([]);
    expect(atExit.files.filter((loaded) => zodChunks.includes(loaded)).length).toBeGreaterThan(0);
    expect(atListening.zodSchemas).toBe(0);
  });
});

describe('the built browser host, once it has answered its first request', () => {
  it('answered the request it was sent the moment the address appeared', () => {
    expect(firstAnswer).toMatchObject({ ok: true, data: { runtime: 'browser' } });
  });

  it('has not loaded conf’s schema validator or migration checks, which AllyDesk never uses', () => {
    expect(atExit.required.filter((id) => /\bajv\b|ajv-formats|\bsemver\b/.test(id))).toEqual([]);
  });

  it('has not loaded the password-strength dictionaries (they load when a password is first checked)', () => {
    const dictionaryChunks = [...chunksContaining('zxcvbn'), ...chunksContaining('commonWords')];
    expect(dictionaryChunks.length).toBeGreaterThan(0);
    expect(atExit.files.filter((loaded) => dictionaryChunks.includes(loaded))).toEqual([]);
  });

  it('has not loaded the macOS policy reader’s property-list parser on another platform (plist with its XML libraries)', () => {
    const plistChunks = chunksContaining('XMLBuilder');
    expect(plistChunks.length).toBeGreaterThan(0);
    if (process.platform === 'darwin') return; // there it is the policy reader start-up needs
    expect(atExit.files.filter((loaded) => plistChunks.includes(loaded))).toEqual([]);
  });

  it('has written none of its stores (each writes its defaults with its first change)', () => {
    expect(dataFilesAfterFirstAnswer.filter((name) => ['reference.json', 'timers.json', 'autopay.json', 'portals.json'].includes(name))).toEqual([]);
  });

  it('has not loaded perf_hooks, which a bare Node HTTP server does not load either', () => {
    expect(atExit.builtins).toContain('http');
    expect(atExit.builtins).not.toContain('perf_hooks');
  });

  it('has not loaded Web Crypto or fs’s stream classes (an ES module import of node:crypto or node:fs reads every export, firing their lazy getters)', () => {
    expect(atExit.builtins).toContain('crypto'); // the launch token needs it: what must not load is the rest
    expect(atExit.builtins.filter((name) => name === 'internal/crypto/webcrypto' || name === 'internal/fs/streams')).toEqual([]);
  });

  it('has not loaded Node’s diagnostic report (importing node:process as a module reads process.report)', () => {
    expect(atExit.builtins).toContain('http');
    expect(atExit.builtins).not.toContain('internal/process/report');
  });

  it('has constructed only the zod schemas its stores and that request need, not the vault’s, autopay’s, the policies’ or the rest of the contract’s (was ~570)', () => {
    expect(atExit.zodSchemas).toBeGreaterThan(0); // the count is real: the services do read their stores
    // 119 for the stores it reads, 14 for the app concern's channels. The language choice's and this PC's
    // shared-folder settings' schemas are built only when there is a file to check (this first start has none):
    // with them built eagerly (the second read of shared-folder.json included) it was 153.
    expect(atExit.zodSchemas).toBeLessThan(145);
  });

  it('has left Node’s fs as it is: proper-lockfile’s graceful-fs (which patches fs.close) is not bundled, plain fs stands in', () => {
    expect(atExit.fsPatched).toBe(false);
  });
});
