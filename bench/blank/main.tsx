// The baseline for `npm run bench`: the smallest React 19 page Vite builds, one heading and a line.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Blank page</h1>
      <p>React 19 + Vite, built in the same run as AllyDesk.</p>
    </main>
  </StrictMode>,
);
