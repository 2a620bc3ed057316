// A Vite plugin for the main-process build (electron.vite.config.ts): named CommonJS packages that
// a bundled dependency imports at its top but calls only on some paths are replaced, for that
// importer only, by a stand-in that `require`s the real package the first time it is used.
// conf imports ajv (schema validation) and semver (migrations) at its top; AllyDesk gives conf
// neither a schema nor migrations, so loading them at start cost every start for nothing.
import { dirname } from 'node:path';

const PREFIX = '\0require-on-first-use:';

/**
 * @param {string} root the project folder; each package must resolve from here as from its importer,
 *   because the built code requires it from out/main/ (the build fails if they differ)
 * @param {Record<string, { importer: string; named?: string[] }>} packages specifier → the package
 *   folder name of its only importer (e.g. 'conf'), and the named exports it imports (else default)
 */
export function requireOnFirstUse(root, packages) {
  return {
    name: 'allydesk-require-on-first-use',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      const spec = packages[source];
      if (!spec || !importer || !importer.includes(`/node_modules/${spec.importer}/`)) return null;
      const fromImporter = await this.resolve(source, importer, { skipSelf: true });
      const fromRoot = await this.resolve(source, `${root}/package.json`, { skipSelf: true });
      if (!fromImporter || fromImporter.id !== fromRoot?.id) {
        throw new Error(
          `require-on-first-use: ${source} resolves differently from ${dirname(importer)} than from ${root}; the built code could not find the same copy.`,
        );
      }
      return PREFIX + source;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const source = id.slice(PREFIX.length);
      return standIn(source, packages[source].named ?? []);
    },
  };
}

/** ES module text: the package's default export (or the named ones) as proxies that load it on first touch. */
export function standIn(source, named) {
  const lazy = (pick) =>
    `new Proxy(function () {}, {
  get: (_t, key) => Reflect.get(${pick}, key),
  has: (_t, key) => Reflect.has(${pick}, key),
  apply: (_t, self, args) => Reflect.apply(${pick}, self, args),
  construct: (_t, args) => Reflect.construct(${pick}, args),
})`;
  return [
    `import { createRequire } from 'node:module';`,
    `const requireFromHere = createRequire(import.meta.url);`,
    `let loaded;`,
    `const real = () => (loaded ??= requireFromHere(${JSON.stringify(source)}));`,
    ...(named.length === 0 ? [`export default ${lazy('real()')};`] : named.map((name) => `export const ${name} = ${lazy(`real()[${JSON.stringify(name)}]`)};`)),
  ].join('\n');
}
