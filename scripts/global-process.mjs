// A Vite plugin for the main-process build (electron.vite.config.ts): in bundled dependencies (conf,
// env-paths, atomically, when-exit …) `import process from 'node:process'` becomes the global
// `process`, the very same object. Importing 'node:process' as an ES module makes Node build its
// export facade, reading every property of `process` — `process.report` among them, which loads the
// diagnostic-report module: ~10–20 ms of every start on this machine, for nothing.
// (electron-vite marks builtins external before any resolveId hook runs, hence a transform.)
const DEFAULT_IMPORT = /^import\s+([\w$]+)\s+from\s*(['"])(?:node:)?process\2;?/gm;

export function globalProcess() {
  return {
    name: 'allydesk-global-process',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !DEFAULT_IMPORT.test(code)) return null;
      DEFAULT_IMPORT.lastIndex = 0;
      return { code: code.replace(DEFAULT_IMPORT, 'const $1 = globalThis.process;'), map: null };
    },
  };
}
