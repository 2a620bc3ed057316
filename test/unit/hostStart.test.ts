import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the built browser host (out/main/host.cjs) has loaded by the time it prints its address:
 * start-up should load only what start-up needs (issue 11, item 8). A preload records every file
 * loaded (CommonJS, as the host is built, and any ES module the loader reads), every `require`,
 * Node's own modules and the zod schemas constructed (zod hands each new schema to its global
 * post-processor), and reports them the moment the host first writes to stdout.
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
const write = process.stdout.write.bind(process.stdout);
let reported = false;
process.stdout.write = (chunk, ...rest) => {
  if (!reported) {
    reported = true;
    const files = Object.keys(Module._cache);
    for (let m; (m = receiveMessageOnPort(port1)); ) if (m.message.startsWith('file:')) files.push(fileURLToPath(m.message));
    const builtins = nodeModules();
    // graceful-fs marks Node's fs module with its queue symbol when it patches fs.close.
    const fsPatched = Object.getOwnPropertySymbols(fs).some((symbol) => String(symbol).includes('graceful-fs'));
    process.stderr.write('LOADS ' + JSON.stringify({ files, required, builtins, zodSchemas, fsPatched }) + '\\n');
  }
  return write(chunk, ...rest);
};
`;

let work: string;
let loads: { files: string[]; required: string[]; builtins: string[]; zodSchemas: number; fsPatched: boolean };
let dataFilesAtListening: string[];

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
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host.cjs printed no address within 20 s. stderr:\n${stderr}`)), 20_000);
      child.once('exit', (code) => reject(new Error(`host.cjs exited (${code}) before printing its address. stderr:\n${stderr}`)));
      createInterface({ input: child.stdout }).once('line', () => {
        clearTimeout(timer);
        dataFilesAtListening = readdirSync(join(work, 'data'));
        resolve();
      });
    });
  } finally {
    child.kill();
  }
  const report = /^LOADS (.*)$/m.exec(stderr)?.[1];
  if (!report) throw new Error(`the preload reported nothing. stderr:\n${stderr}`);
  loads = JSON.parse(report);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built browser host, when it prints its address', () => {
  it('has run from its own bundle: nothing loaded file by file from node_modules (zod alone was ~100 files)', () => {
    expect(loads.files).toContain(hostJs);
    expect(loads.files.filter((file) => file.includes('/node_modules/'))).toEqual([]);
  });

  it('has not loaded conf’s schema validator or migration checks, which AllyDesk never uses', () => {
    expect(loads.required.filter((id) => /\bajv\b|ajv-formats|\bsemver\b/.test(id))).toEqual([]);
  });

  it('has not loaded the password-strength dictionaries (they load when a password is first checked)', () => {
    const chunks = join(root, 'out/main/chunks');
    const dictionaryChunks = readdirSync(chunks).filter((file) => /zxcvbn|commonWords/.test(readFileSync(join(chunks, file), 'utf8')));
    expect(dictionaryChunks.length).toBeGreaterThan(0);
    expect(loads.files.filter((loaded) => dictionaryChunks.some((file) => loaded === join(chunks, file)))).toEqual([]);
  });

  it('has not loaded the macOS policy reader’s property-list parser on another platform (plist with its XML libraries)', () => {
    const chunks = join(root, 'out/main/chunks');
    const plistChunks = readdirSync(chunks).filter((file) => readFileSync(join(chunks, file), 'utf8').includes('XMLBuilder'));
    expect(plistChunks.length).toBeGreaterThan(0);
    if (process.platform === 'darwin') return; // there it is the policy reader start-up needs
    expect(loads.files.filter((loaded) => plistChunks.some((file) => loaded === join(chunks, file)))).toEqual([]);
  });

  it('has written none of its stores on a first start (each writes its defaults with its first change)', () => {
    expect(dataFilesAtListening).toContain('allydesk.lock.json'); // the folder was in use by then
    expect(dataFilesAtListening.filter((name) => ['reference.json', 'timers.json', 'autopay.json'].includes(name))).toEqual([]);
  });

  it('has not loaded perf_hooks, which a bare Node HTTP server does not load either', () => {
    expect(loads.builtins).toContain('http');
    expect(loads.builtins).not.toContain('perf_hooks');
  });

  it('has not loaded Web Crypto or fs’s stream classes (an ES module import of node:crypto or node:fs reads every export, firing their lazy getters)', () => {
    expect(loads.builtins).toContain('http');
    expect(loads.builtins).toContain('crypto'); // the launch token needs it: what must not load is the rest
    expect(loads.builtins.filter((name) => name === 'internal/crypto/webcrypto' || name === 'internal/fs/streams')).toEqual([]);
  });

  it('has not loaded Node’s diagnostic report (importing node:process as a module reads process.report)', () => {
    expect(loads.builtins).toContain('http');
    expect(loads.builtins).not.toContain('internal/process/report');
  });

  it('has constructed only the zod schemas start-up reads (its stored settings), not the vault’s, autopay’s, the policies’ or the contract’s views (was ~570)', () => {
    expect(loads.zodSchemas).toBeGreaterThan(0); // the count is real: start-up does read its stores
    expect(loads.zodSchemas).toBeLessThan(130); // 119 now
  });

  it('has left Node’s fs as it is: proper-lockfile’s graceful-fs (which patches fs.close) is not bundled, plain fs stands in', () => {
    expect(loads.fsPatched).toBe(false);
  });
});
