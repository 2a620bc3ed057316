import { StrictMode, useEffect } from 'react';
import { App } from './App';

/**
 * The whole renderer tree: rendered to HTML at build time and hydrated by main.tsx, so both must be
 * this. The built page marks #root aria-busy until hydration is done, so assistive technology (and
 * the end-to-end tests) know when the buttons start to work.
 */
export function Root() {
  useEffect(() => document.getElementById('root')?.removeAttribute('aria-busy'), []);
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
