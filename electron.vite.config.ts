import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { prerenderFirstScreen } from './scripts/prerender.mjs';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // main.js runs in Electron; host.js is the same services served to a browser on loopback.
        input: { main: resolve(root, 'electron/main.ts'), host: resolve(root, 'electron/host/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
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
        input: resolve(root, 'renderer/index.html'),
        // Escape “—” and friends: one non-ASCII character makes V8 hold a whole chunk's source as
        // two-byte text, doubling what the biggest chunk costs in the renderer's heap.
        output: { charset: 'ascii' },
      },
    },
  },
});
