// A Vite plugin for the renderer build (electron.vite.config.ts): writes the first screen's HTML
// (renderer/prerender.tsx) into the built index.html, so it paints before the scripts run; then
// renderer/main.tsx hydrates it.
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { createServer } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/** @param {string} rendererRoot the renderer folder (holds prerender.tsx and index.html) */
export function prerenderFirstScreen(rendererRoot) {
  return {
    name: 'allydesk-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: fillRoot },
  };

  /** @param {string} source */
  async function fillRoot(source) {
    if (!source.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no empty ${ROOT_ELEMENT} to fill`);
    const server = await createServer({
      root: rendererRoot,
      configFile: false,
      logLevel: 'error',
      appType: 'custom',
      plugins: [react()],
      server: { middlewareMode: true, hmr: false, watch: null },
    });
    try {
      const { renderFirstScreen } = await server.ssrLoadModule(join(rendererRoot, 'prerender.tsx'));
      const html = renderFirstScreen();
      if (!html) throw new Error('prerender: the first screen rendered to nothing');
      // Busy until main.tsx has hydrated it (renderer/app/Root.tsx clears this).
      return source.replace(ROOT_ELEMENT, `<div id="root" aria-busy="true">${html}</div>`);
    } finally {
      await server.close();
    }
  }
}
