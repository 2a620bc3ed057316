import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireOnFirstUse } from './require-on-first-use.mjs';

/**
 * A fixture like conf: package `user` imports the CommonJS packages `heavy` (a named class) and
 * `versions` (a default object) at its top but calls them in one function only. Built with the
 * plugin, the bundle must not run them until that function is called, and then behave as before.
 */
let root: string;
let bundle: { use(): string; loaded(): string[] };
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'allydesk-first-use-'));
  write('package.json', '{ "name": "fixture", "type": "module" }');
  write('node_modules/heavy/package.json', '{ "name": "heavy", "main": "index.js" }');
  write(
    'node_modules/heavy/index.js',
    `(globalThis.loaded ??= []).push('heavy');
class Validator { constructor(options) { this.options = options; } check(value) { return value === this.options.expected; } }
exports.Validator = Validator;`,
  );
  write('node_modules/versions/package.json', '{ "name": "versions", "main": "index.js" }');
  write(
    'node_modules/versions/index.js',
    `(globalThis.loaded ??= []).push('versions');
module.exports = { newer: (a, b) => a > b };`,
  );
  write('node_modules/user/package.json', '{ "name": "user", "type": "module", "main": "index.js" }');
  write(
    'node_modules/user/index.js',
    `import { Validator } from 'heavy';
import versions from 'versions';
export function use() { return String(new Validator({ expected: 2 }).check(2)) + ' ' + String(versions.newer(3, 1)) + ' ' + String(new Validator({}) instanceof Validator); }`,
  );
  write(
    'entry.js',
    `import { use } from 'user';
export { use };
export const loaded = () => [...(globalThis.loaded ?? [])];`,
  );
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    ssr: { noExternal: true },
    plugins: [requireOnFirstUse(root, { heavy: { importer: 'user', named: ['Validator'] }, versions: { importer: 'user' } })],
    build: { ssr: join(root, 'entry.js'), outDir: join(root, 'out'), rolldownOptions: { output: { format: 'es', entryFileNames: 'entry.mjs' } } },
  });
  bundle = await import(pathToFileURL(join(root, 'out/entry.mjs')).href);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('requireOnFirstUse (main-process build)', () => {
  it('leaves the packages unloaded until the importer first uses them, then they work as before', () => {
    expect(bundle.loaded()).toEqual([]);
    expect(bundle.use()).toBe('true true true');
    expect(bundle.loaded()).toEqual(['heavy', 'versions']);
  });

  it('fails the build when the importer would get another copy than the built code can require', async () => {
    write('node_modules/user/node_modules/versions/package.json', '{ "name": "versions", "main": "index.js" }');
    write('node_modules/user/node_modules/versions/index.js', 'module.exports = {};');
    await expect(
      build({
        configFile: false,
        root,
        logLevel: 'silent',
        ssr: { noExternal: true },
        plugins: [requireOnFirstUse(root, { versions: { importer: 'user' } })],
        build: { ssr: join(root, 'entry.js'), outDir: join(root, 'out2'), write: false },
      }),
    ).rejects.toThrow(/versions resolves differently/);
  });
});
