import { useSyncExternalStore, type ReactNode } from 'react';
import type { ShownFact } from '../../shared/content/overrides';
import type { SeedFile } from '../../shared/content/sources';
import './help.css';

/** Which help document a fact came from. */
export function SourceNote({ source }: { source: SeedFile }) {
  return <p className="source">Source: {source}</p>;
}

/**
 * A link to an Office Ally page. In Electron the window's open handler hands allow-listed
 * addresses to the system browser; in browser mode it opens a normal tab.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="help-external" href={href} target="_blank" rel="noreferrer">
      {children} <span className="help-needs-net">(needs internet)</span>
    </a>
  );
}

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

export function useOnline(): boolean {
  // The build-time render (renderer/prerender.tsx) assumes online; hydration then corrects it.
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Shown while the computer is offline: links will not open, everything written still applies. */
export function OfflineNote() {
  const online = useOnline();
  if (online) return null;
  return (
    <p className="status-warn help-offline" role="status">
      This computer is offline. Links marked “needs internet” will not open until it is back online — everything written here still works.
    </p>
  );
}

/** "Set by your practice" and what the help documents say, shown next to an overridden fact. */
export function OverriddenMark({ fact }: { fact: ShownFact }) {
  if (!fact.overridden) return null;
  return (
    <span className="help-overridden">
      <strong className="help-overridden-badge">Set by your practice</strong>{' '}
      <span className="muted">{fact.original ? `The help documents say: ${fact.original}` : 'The help documents give no value for this.'}</span>
    </span>
  );
}

/** A focusable, linkable section: search results and other features jump here by id. */
export function HelpSection({
  id,
  title,
  source,
  children,
  className,
}: {
  id: string;
  title: string;
  source?: SeedFile;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className={`card help-section ${className ?? ''}`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      {source && <SourceNote source={source} />}
    </section>
  );
}
