import { lazy, Suspense, useEffect, type MouseEvent } from 'react';
import { bridge } from '../bridge';
import { HelpSearch } from '../help/HelpSearch';
import { useSectionFocus } from '../help/useSectionFocus';
import { useAppStore } from '../state/app';
import { useNavigation } from '../state/navigation';
import { VaultAlerts } from '../vault/VaultAlerts';
import { SignedIn } from '../desk/SignedIn';
import { Banners } from './Banners';
import { usePortals } from '../state/portals';
import { MainNav } from './MainNav';
import { screenById } from './screens';
import { intlReady, useT } from '../i18n/store';
import { shellMessages as m } from './messages';

/** Its own component so the app facts arriving after first paint re-render one line, not every screen. */
function RuntimeNote() {
  const runtime = useAppStore((s) => s.info?.runtime);
  const t = useT();
  return runtime === 'browser' ? <p className="runtime-note">{t(m.browserMode)}</p> : null;
}

/** The skip link moves focus itself: a hash jump alone does not move keyboard focus everywhere. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

// The open portal windows' list loads once a window is open: its toolbar is not needed before. It
// waits for react-intl as the screens do (its time left is a plural the startup formatter cannot say).
const PortalWindowsList = lazy(async () => ({
  default: (await Promise.all([import('../portals/PortalWindowsList'), intlReady()]))[0].PortalWindowsList,
}));
function PortalWindowsSlot() {
  const open = usePortals((s) => (s.view?.windows.length ?? 0) > 0);
  return open ? (
    <Suspense fallback={null}>
      <PortalWindowsList />
    </Suspense>
  ) : null;
}

export function App() {
  const current = screenById(useNavigation((s) => s.screen));
  const load = useAppStore((s) => s.load);
  const addBanner = useAppStore((s) => s.addBanner);
  const t = useT();
  useSectionFocus();

  useEffect(() => {
    void load();
    const offNotification = bridge().on('app:notification', ({ title, body }) => addBanner('info', `${title}: ${body}`));
    // The desktop app's Help menu: the help screen it chose.
    const offHelp = bridge().on('app:showScreen', ({ screen }) => useNavigation.getState().go(screen));
    return () => (offNotification(), offHelp());
  }, [load, addBanner]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t(m.skip)}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>AllyDesk</h1>
          <p className="unofficial">{t(m.unofficial)}</p>
        </div>
        <HelpSearch />
        <RuntimeNote />
        <SignedIn />
      </header>
      <Banners />
      <PortalWindowsSlot />
      {/* The idle-lock warning shows on every screen. Not lazy: it is only the store and its events (its
          dialog loads once a vault is unlocked); a chunk of its own cost a request and a late re-render. */}
      <VaultAlerts />
      <div className="layout">
        <MainNav />
        <main className="main" id="main" tabIndex={-1} aria-label={t(current.label)}>
          <div key={current.id} className="screen">
            <current.Component />
          </div>
        </main>
      </div>
    </div>
  );
}
