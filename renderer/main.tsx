import './adoptLaunchToken';
// First, so the features' styles that follow in the startup stylesheet can refine it.
import './app/base.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { DEFAULT_LOCALE } from '../shared/i18n/locales';
import { activate, initialLocale } from './i18n/store';

const container = document.getElementById('root')!;
/** A hidden page (the desktop window before 'ready-to-show', a background tab) gets no frames. */
const HIDDEN_PAGE_WAIT_MS = 200;

let hydrated = false;
function hydrate() {
  if (hydrated) return;
  hydrated = true;
  hydrateRoot(container, <Root />);
}

// The build writes the first screen into index.html (renderer/prerender.tsx). Hydrating waits for
// the next frame so the browser paints that screen first instead of holding it behind this script's
// work; a page without it (a build that skipped the step) renders from scratch.
// The build's first screen is English. Another language (remembered from the last start, or the
// browser's) loads its chunk first and renders afresh in it, rather than flash English.
const locale = initialLocale();
if (locale !== DEFAULT_LOCALE) {
  void activate(locale)
    .catch((error: unknown) => console.warn('[i18n] the language did not load; English shows', error))
    .finally(() => {
      container.replaceChildren();
      createRoot(container).render(<Root />);
    });
} else if (container.firstElementChild) {
  requestAnimationFrame(() => setTimeout(hydrate, 0));
  setTimeout(hydrate, HIDDEN_PAGE_WAIT_MS);
} else createRoot(container).render(<Root />);
