import { Tabs } from 'radix-ui';
import { Suspense, useEffect } from 'react';
import { bridge } from '../bridge';
import { HelpSearch } from '../help/HelpSearch';
import { useSectionFocus } from '../help/useSectionFocus';
import { useAppStore } from '../state/app';
import { useNavigation } from '../state/navigation';
import { VaultAlerts } from '../vault/VaultAlerts';
import { Banners } from './Banners';
import { screens } from './screens';

/** Its own component so the app facts arriving after first paint re-render one line, not every screen. */
function RuntimeNote() {
  const runtime = useAppStore((s) => s.info?.runtime);
  return runtime === 'browser' ? <p className="runtime-note">Browser mode: served only to this computer.</p> : null;
}

export function App() {
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const load = useAppStore((s) => s.load);
  const addBanner = useAppStore((s) => s.addBanner);
  useSectionFocus();

  useEffect(() => {
    void load();
    const offNotice = bridge().on('app:notice', ({ level, message }) => addBanner(level, message));
    const offNotification = bridge().on('app:notification', ({ title, body }) => addBanner('info', `${title}: ${body}`));
    return () => {
      offNotice();
      offNotification();
    };
  }, [load, addBanner]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>AllyDesk</h1>
          <p className="unofficial">Unofficial helper for Office Ally users — not made or endorsed by Office Ally.</p>
        </div>
        <HelpSearch />
        <RuntimeNote />
      </header>
      <Banners />
      {/* The idle-lock warning shows on every screen. Not lazy: it is only the store and its events (its
          dialog loads once a vault is unlocked); a chunk of its own cost a request and a late re-render. */}
      <VaultAlerts />
      <Tabs.Root className="layout" orientation="vertical" value={screen} onValueChange={(value) => go(value)} activationMode="manual">
        <nav className="nav" aria-label="Main">
          <Tabs.List className="nav-list" aria-label="AllyDesk sections">
            {screens.map(({ id, label }) => (
              <Tabs.Trigger key={id} value={id} className="nav-item">
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </nav>
        <main className="main">
          {screens.map(({ id, Component }) => (
            <Tabs.Content key={id} value={id} className="screen">
              <Suspense fallback={<p className="muted">Loading…</p>}>
                <Component />
              </Suspense>
            </Tabs.Content>
          ))}
        </main>
      </Tabs.Root>
    </div>
  );
}
