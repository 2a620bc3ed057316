import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './styles.css';

const container = document.getElementById('root')!;

// The build writes the first screen into index.html (renderer/prerender.tsx). Hydrating waits for
// the next frame so the browser paints that screen first instead of holding it behind this script's
// work; a page without it (a build that skipped the step) renders from scratch.
if (container.firstElementChild) requestAnimationFrame(() => setTimeout(() => hydrateRoot(container, <Root />), 0));
else createRoot(container).render(<Root />);
