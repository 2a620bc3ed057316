import { StrictMode, useEffect } from 'react';
import { App } from './App';
import { startLanguage } from '../i18n/store';

/** A performance mark at the moment the first screen starts to respond (read by `npm run bench`). */
export const INTERACTIVE_MARK = 'allydesk:interactive';

/**
 * The whole renderer tree: rendered to HTML at build time and hydrated by main.tsx, so both must be
 * this. The built page marks #root aria-busy until hydration is done, so assistive technology (and
 * the end-to-end tests) know when the buttons start to work.
 */
export function Root() {
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('aria-busy');
    performance.mark(INTERACTIVE_MARK);
    // After the first screen responds: which language main says is in force, and react-intl for it.
    void startLanguage();
  }, []);
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
