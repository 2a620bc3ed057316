import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile, rendererResponse, resolveRendererPath } from './rendererFiles';

const work = mkdtempSync(join(tmpdir(), 'allydesk-renderer-files-'));
const dir = join(work, 'renderer');

beforeAll(() => {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>AllyDesk</title>');
  writeFileSync(join(dir, 'assets/startup-abc.js'), 'export {};');
  writeFileSync(join(dir, 'assets/data.bin'), 'x');
  writeFileSync(join(dir, '.vite/manifest.json'), '{}');
  // Neighbours of the renderer folder that no request may reach.
  writeFileSync(join(work, 'secret.txt'), 'vault key');
  mkdirSync(join(work, 'renderer-evil'));
  writeFileSync(join(work, 'renderer-evil/x.js'), 'evil');
  symlinkSync(join(work, 'secret.txt'), join(dir, 'assets/link.js'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('resolveRendererPath', () => {
  it('maps / and page paths to files inside the renderer folder with their type', () => {
    expect(resolveRendererPath(dir, '/')).toEqual({ file: join(dir, 'index.html'), relative: 'index.html', mime: 'text/html; charset=utf-8' });
    expect(resolveRendererPath(dir, '/index.html')?.relative).toBe('index.html');
    expect(resolveRendererPath(dir, '/assets/startup-abc.js')).toEqual({
      file: join(dir, 'assets/startup-abc.js'),
      relative: 'assets/startup-abc.js',
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveRendererPath(dir, '/assets/data.bin')?.mime).toBe('application/octet-stream');
    expect(resolveRendererPath(dir, '/assets/my%20file.css')?.file).toBe(join(dir, 'assets/my file.css'));
  });

  it.each([
    ['plain traversal', '/../secret.txt'],
    ['traversal after a folder', '/assets/../../secret.txt'],
    ['encoded traversal', '/%2e%2e/secret.txt'],
    ['encoded slash', '/assets%2f..%2f..%2fsecret.txt'],
    ['backslash traversal', '/assets\\..\\..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['sibling folder with the same prefix', '/../renderer-evil/x.js'],
    ['absolute path', `/${join(work, 'secret.txt')}`],
    ['encoded absolute path', `/%2F${encodeURIComponent(join(work, 'secret.txt').slice(1))}`],
    ['Windows drive path', '/C:/Windows/win.ini'],
    ['NUL byte', '/index.html%00.js'],
    ['malformed escape', '/%E0%A4%A'],
    ['dot folder (build metadata)', '/.vite/manifest.json'],
    ['dot file', '/assets/.env'],
    ['folder', '/assets/'],
  ])('refuses %s', (_label, urlPath) => {
    expect(resolveRendererPath(dir, urlPath)).toBeNull();
  });
});

describe('readRendererFile', () => {
  it('reads a file of the page', async () => {
    expect((await readRendererFile(dir, '/assets/startup-abc.js'))?.body.toString()).toBe('export {};');
  });

  it('answers null for unknown files, folders and links leading out of the folder', async () => {
    expect(await readRendererFile(dir, '/nope.js')).toBeNull();
    expect(await readRendererFile(dir, '/assets')).toBeNull();
    expect(await readRendererFile(dir, '/assets/link.js')).toBeNull();
    expect(await readRendererFile(dir, '/../secret.txt')).toBeNull();
  });
});

describe('rendererResponse (the app:// handler)', () => {
  const get = (url: string, method = 'GET') => rendererResponse(dir, { url, method }, 'allydesk');

  it('serves the page with its type, nosniff and the CSP', async () => {
    const response = await get('app://allydesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<title>AllyDesk</title>');
    expect(await (await get('app://allydesk/assets/startup-abc.js?v=1')).text()).toBe('export {};');
  });

  it('answers 404 for traversal, unknown files and other hosts, 405 for writes', async () => {
    for (const url of ['app://allydesk/%2e%2e/secret.txt', 'app://allydesk/assets/..%2f..%2fsecret.txt', 'app://allydesk/nope.js', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('vault key');
    }
    expect((await get('app://allydesk/index.html', 'POST')).status).toBe(405);
  });
});
