import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { ChunkingContext } from 'rolldown';
import { resolve } from 'node:path';
import { prerenderFirstScreen } from './scripts/prerender.mjs';
import { requireOnFirstUse } from './scripts/require-on-first-use.mjs';

const root = import.meta.dirname;

/** Names 'startup' every module the entry imports statically (directly or not); lazy screens keep their own chunks. */
function startupChunk(entry: string) {
  let startup: Set<string> | null = null;
  return (id: string, context: ChunkingContext) => {
    if (!startup) {
      startup = new Set();
      const pending = [entry];
      while (pending.length > 0) {
        const next = pending.pop()!;
        if (startup.has(next)) continue;
        startup.add(next);
        pending.push(...(context.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    // The entry module itself stays out: the portal toolbar's entry shares this chunk (React, the bridge), and must not run main.tsx.
    return startup.has(id) && id !== entry ? 'startup' : null;
  };
}

export default defineConfig({
  main: {
    // conf's schema validator and migration version checks: AllyDesk uses neither, so they load only if ever called.
    plugins: [
      requireOnFirstUse(root, {
        'ajv/dist/2020.js': { importer: 'conf', named: ['Ajv2020'] },
        'ajv-formats': { importer: 'conf' },
        semver: { importer: 'conf' },
      }),
    ],
    resolve: {
      // proper-lockfile takes graceful-fs as its fs. For one lock file its EMFILE queue has nothing to
      // do, while loading it patches Node's fs.close and loads fs's stream classes at every start.
      alias: { 'graceful-fs': 'node:fs' },
    },
    build: {
      // Half the bytes for Node to parse at every start (the shared chunk: 450 → 230 kB); logs carry
      // error names and codes, never stack traces, so nothing readable is lost.
      minify: true,
      // Bundled, not loaded file by file from node_modules at start: zod's entry alone pulls in ~100
      // modules (every locale), conf and electron-store a few dozen more, proper-lockfile its helpers (see README, Performance).
      externalizeDeps: { exclude: ['zod', 'conf', 'electron-store', 'proper-lockfile', 'plist'] },
      rolldownOptions: {
        // main.cjs runs in Electron; host.cjs is the same services served to a browser on loopback.
        input: { main: resolve(root, 'electron/main.ts'), host: resolve(root, 'electron/host/cli.ts') },
        // CommonJS, not ES modules: Node builds an ES module facade for each builtin imported
        // (node:crypto, node:fs, node:process …) by reading every export, which fires lazy getters
        // (crypto.webcrypto, fs.ReadStream, process.report …) and loads their modules; a require does
        // not, and Node's CommonJS loader costs less per file (see README, Performance).
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        // portal.cjs: the portal windows' preload (exposes nothing to the page).
        // toolbar.cjs: a portal window's own toolbar page (only the toolbar's channels).
        input: {
          preload: resolve(root, 'electron/preload.ts'),
          portal: resolve(root, 'electron/adapters/portalPreload.ts'),
          toolbar: resolve(root, 'electron/adapters/toolbarPreload.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), prerenderFirstScreen(resolve(root, 'renderer'))],
    build: {
      minify: true,
      rolldownOptions: {
        // toolbar.html: the toolbar above each portal window's page (its own small entry).
        input: { index: resolve(root, 'renderer/index.html'), toolbar: resolve(root, 'renderer/toolbar.html') },
        // Escape “—” and friends: one non-ASCII character makes V8 hold a whole chunk's source as
        // two-byte text, doubling what the biggest chunk costs in the renderer's heap.
        output: {
          charset: 'ascii',
          // What the first screen needs is one file, not seven small ones shared with the lazy screens:
          // fewer requests at startup (measured by `npm run bench`).
          codeSplitting: { groups: [{ name: startupChunk(resolve(root, 'renderer/main.tsx')) }] },
        },
      },
    },
  },
});
