import { useSyncExternalStore, type ReactNode } from 'react';
import type { ShownFact } from '../../shared/content/overrides';
import type { SeedFile } from '../../shared/content/sources';
import { useT } from '../i18n/store';
import { helpMessages as m } from './portalsMessages';
import './help.css';

/** Which help document a fact came from. */
export function SourceNote({ source }: { source: SeedFile }) {
  const t = useT();
  return <p className="source">{t(m.source, { source })}</p>;
}

/**
 * A link to an Office Ally page. In Electron the window's open handler hands allow-listed
 * addresses to the system browser; in browser mode it opens a normal tab.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const t = useT();
  return (
    <a className="help-external" href={href} target="_blank" rel="noreferrer">
      {children} <span className="help-needs-net">{t(m.needsInternet)}</span>
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
  const t = useT();
  if (online) return null;
  return (
    <p className="status-warn help-offline" role="status">
      {t(m.offline)}
    </p>
  );
}

/** "Set by your practice" and what the help documents say, shown next to an overridden fact. */
export function OverriddenMark({ fact }: { fact: ShownFact }) {
  const t = useT();
  if (!fact.overridden) return null;
  return (
    <span className="help-overridden">
      <strong className="help-overridden-badge">{t(m.setByPractice)}</strong>{' '}
      <span className="muted">{fact.original ? t(m.documentsSay, { value: fact.original }) : t(m.documentsNoValue)}</span>
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
  title: ReactNode;
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
