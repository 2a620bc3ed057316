import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` where Electron cannot run: one line saying why, then browser mode's address; Ctrl+C stops both.
const root = join(import.meta.dirname, '..');
let work: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'out/main/host.cjs'))) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root });
  work = mkdtempSync(join(tmpdir(), 'allydesk-start-'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm start without an Electron runtime', () => {
  it('says why in one line, prints the browser-mode address and data folder, serves the app there, and stops on Ctrl+C', async () => {
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      // An empty Electron dist folder: the runtime is "missing" whatever this machine has.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(work, 'no-electron'), ALLYDESK_DATA_DIR: join(work, 'data'), ALLYDESK_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address within 15 s; output so far:\n${lines.join('\n')}`)), 15_000);
      reader.on('line', (line) => {
        lines.push(line);
        if (lines.length === 3) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(lines[0]).toMatch(/^Electron cannot start here: .*electron is missing .*\. Starting AllyDesk in browser mode instead\.$/);
    expect(lines[1]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);

    expect(lines[2]).toContain(`data folder: ${join(work, 'data')}`);

    // The page itself holds no secret (fetch drops the #token fragment, as browsers do); the token
    // is needed only in the header of IPC calls.
    const page = await fetch(lines[1]!);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await page.text()).toContain('<title>AllyDesk</title>');

    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(lines[1]!)).rejects.toThrow();
  }, 30_000);
});
