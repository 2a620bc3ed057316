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

  /** @param {string} source @param {{ filename?: string }} [context] */
  async function fillRoot(source, context) {
    // Only the main window's page has a first screen; the portal toolbar's page (toolbar.html) renders itself.
    if (context?.filename && !context.filename.endsWith('index.html')) return source;
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
      // The page's CSP (style-src 'self') would drop inline styles in this HTML, so the first paint
      // would differ from what hydration expects: style the first screen with classes.
      if (/\sstyle="/.test(html)) throw new Error('prerender: the first screen renders an inline style attribute, which the CSP blocks; use a class');
      // Busy until main.tsx has hydrated it (renderer/app/Root.tsx clears this).
      return stylesheetFirst(source.replace(ROOT_ELEMENT, `<div id="root" aria-busy="true">${html}</div>`));
    } finally {
      await server.close();
    }
  }
}

/**
 * Moves the stylesheet link above the scripts Vite puts first: the page can paint only once its CSS
 * has arrived, and asked for after the scripts it queued behind them.
 * @param {string} html
 */
function stylesheetFirst(html) {
  const link = html.match(/\n\s*<link rel="stylesheet"[^>]*>/);
  const firstScript = html.match(/\n\s*<script type="module"/);
  if (!link || !firstScript || link.index < firstScript.index) return html;
  return html.replace(link[0], '').replace(firstScript[0], `${link[0]}${firstScript[0]}`);
}
