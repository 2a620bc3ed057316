import { renderToString } from 'react-dom/server';
import { Root } from './app/Root';

/**
 * The first screen as HTML, written into index.html by the build (scripts/prerender.mjs), so the
 * window shows the portal chooser as soon as the page and its stylesheet arrive, before the
 * scripts run; main.tsx then hydrates it. No store has loaded anything yet, so this is exactly
 * what the first client render produces.
 */
export function renderFirstScreen(): string {
  return renderToString(<Root />);
}
