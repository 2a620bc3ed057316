import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Toolbar } from 'radix-ui';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { PortalsView } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { useTimers } from '../state/timers';
import { useT, type Translate } from '../i18n/store';
import { splitHost } from './hostParts';
import { portalWindowsMessages as m } from './messages';
import './portals.css';

const ClearPortalDialog = lazy(async () => ({ default: (await import('./ClearPortalDialog')).ClearPortalDialog }));

type PortalWindowView = PortalsView['windows'][number];

/** "Practice Mate — Ann" / "Practice Mate — private window": the same words as the window's title. */
export const windowName = (t: Translate, w: PortalWindowView) =>
  w.profileName ? t(m.windowName, { portal: PORTAL_NAMES[w.portalId], profile: w.profileName }) : t(m.privateWindowName, { portal: PORTAL_NAMES[w.portalId] });

/**
 * The page's host as main saw it navigate: the registrable domain (the last two labels) emphasised,
 * punycode (xn--…) shown as it is, and a red "Not an Office Ally page" off the allow-list.
 */
export function HostLabel({ host, allowed }: { host: string | null; allowed: boolean }) {
  const t = useT();
  if (!host) return <span className="muted">{t(m.noPage)}</span>;
  const { sub, domain } = splitHost(host);
  return (
    <span className={allowed ? 'portal-host' : 'portal-host portal-host-bad'}>
      {sub && <span>{sub}.</span>}
      <strong>{domain}</strong>
      {!allowed && <span className="portal-host-warning"> {t(m.notOfficeAlly)}</span>}
    </span>
  );
}

/** Now, again every 15 s: the minutes left count down while the list is on screen. */
function useTicking(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function TimeLeft({ portalId }: { portalId: PortalWindowView['portalId'] }) {
  const session = useTimers((s) => s.view?.sessions.find((t) => t.portalId === portalId));
  const offset = useTimers((s) => s.offset);
  const t = useT();
  const now = useTicking();
  if (!session || session.phase === 'ended') return <>{t(m.noTimer)}</>;
  const minutes = Math.max(0, Math.ceil((session.endsAt - (now + offset)) / 60_000));
  return <>{t(m.timeLeft, { minutes })}</>;
}

/** Find in the page: "n of m"; Enter next, Shift+Enter previous, Esc closes and clears the highlight. */
function FindBar({ w, onClose }: { w: PortalWindowView; onClose: () => void }) {
  const { find, findClose } = usePortals.getState();
  const [text, setText] = useState('');
  const [result, setResult] = useState<string>('');
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  useEffect(() => input.current?.focus(), []);
  const run = async (backwards: boolean) => {
    if (!text) return;
    const reply = await find(w.id, text, backwards);
    setResult(
      reply.ok ? (reply.data.matches ? t(m.findCount, { active: reply.data.active, matches: reply.data.matches }) : t(m.findNone)) : reply.error.message,
    );
  };
  const close = async () => {
    await findClose(w.id);
    onClose();
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void run(event.shiftKey);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void close();
    }
  };
  const id = `find-${w.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div className="portal-find">
      <label htmlFor={id}>{t(m.findIn, { window: windowName(t, w) })}</label>
      <input id={id} ref={input} type="search" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} />
      <button type="button" onClick={() => void run(false)}>
        {t(m.findNext)}
      </button>
      <button type="button" className="button-secondary" onClick={() => void run(true)}>
        {t(m.findPrevious)}
      </button>
      <button type="button" className="button-secondary" onClick={() => void close()}>
        {t(m.findClose)}
      </button>
      <span role="status" className="portal-find-count">
        {result}
      </span>
    </div>
  );
}

function WindowRow({ w }: { w: PortalWindowView }) {
  const { navigate, zoom, print, savePdf, focus, close, clear } = usePortals.getState();
  const [status, setStatus] = useState('');
  const [finding, setFinding] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const t = useT();
  const name = windowName(t, w);
  const say = (reply: { ok: true } | { ok: false; error: { message: string } }, done: string) => setStatus(reply.ok ? done : reply.error.message);
  return (
    <li className="portal-window-row card">
      <div className="portal-window-facts">
        <strong>{name}</strong>
        <span>
          <HostLabel host={w.host} allowed={w.allowedHost} />
        </span>
        <span className="muted">
          <TimeLeft portalId={w.portalId} />
        </span>
      </div>
      <Toolbar.Root className="portal-window-toolbar" aria-label={t(m.toolbar, { window: name })}>
        <Toolbar.Button onClick={() => void focus(w.id).then((r) => say(r, t(m.inFront, { window: name })))}>{t(m.bringToFront)}</Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          onClick={() =>
            void navigate(w.id, 'back').then((r) => setStatus(r.ok ? (r.data.moved ? t(m.wentBack, { window: name }) : t(m.noEarlier)) : r.error.message))
          }
        >
          {t(m.back)}
        </Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          onClick={() =>
            void navigate(w.id, 'forward').then((r) => setStatus(r.ok ? (r.data.moved ? t(m.wentForward, { window: name }) : t(m.noLater)) : r.error.message))
          }
        >
          {t(m.forward)}
        </Toolbar.Button>
        <Toolbar.Button className="button-secondary" onClick={() => void navigate(w.id, 'reload').then((r) => say(r, t(m.reloading, { window: name })))}>
          {t(m.reload)}
        </Toolbar.Button>
        <Toolbar.Separator className="portal-toolbar-separator" />
        <Toolbar.Button
          className="button-secondary"
          aria-label={t(m.zoomOut, { percent: w.zoomPercent })}
          onClick={() => void zoom(w.id, 'out').then((r) => setStatus(r.ok ? t(m.zoomed, { percent: r.data.zoomPercent }) : r.error.message))}
        >
          −
        </Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          aria-label={t(m.zoomReset, { percent: w.zoomPercent })}
          onClick={() => void zoom(w.id, 'reset').then((r) => setStatus(r.ok ? t(m.zoomed, { percent: r.data.zoomPercent }) : r.error.message))}
        >
          {t(m.zoomValue, { percent: w.zoomPercent })}
        </Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          aria-label={t(m.zoomIn, { percent: w.zoomPercent })}
          onClick={() => void zoom(w.id, 'in').then((r) => setStatus(r.ok ? t(m.zoomed, { percent: r.data.zoomPercent }) : r.error.message))}
        >
          +
        </Toolbar.Button>
        <Toolbar.Separator className="portal-toolbar-separator" />
        <Toolbar.Button className="button-secondary" aria-expanded={finding} onClick={() => setFinding(true)}>
          {t(m.find)}
        </Toolbar.Button>
        <Toolbar.Button className="button-secondary" onClick={() => void print(w.id).then((r) => say(r, t(m.printing, { window: name })))}>
          {t(m.print)}
        </Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          onClick={() => void savePdf(w.id).then((r) => setStatus(r.ok ? t(m.savedPdf, { file: r.data.file }) : r.error.message))}
        >
          {t(m.savePdf)}
        </Toolbar.Button>
        {!w.private && (
          <Toolbar.Button className="button-secondary" aria-haspopup="dialog" onClick={() => setConfirmingClear(true)}>
            {t(m.clear)}
          </Toolbar.Button>
        )}
        <Toolbar.Button className="button-secondary" onClick={() => void close(w.id)}>
          {t(m.close)}
        </Toolbar.Button>
      </Toolbar.Root>
      {finding && <FindBar w={w} onClose={() => setFinding(false)} />}
      {confirmingClear && (
        <Suspense fallback={null}>
          <ClearPortalDialog
            name={PORTAL_NAMES[w.portalId]}
            onClear={() => void clear(w.portalId).then((r) => say(r, t(m.cleared, { portal: PORTAL_NAMES[w.portalId] })))}
            onClose={() => setConfirmingClear(false)}
          />
        </Suspense>
      )}
      <p aria-live="polite" className="portal-window-status">
        {status}
      </p>
    </li>
  );
}

// One empty list, not a new one per render: a selector that returns a new array each time makes zustand re-render forever.
const NO_WINDOWS: PortalWindowView[] = [];

/**
 * The open portal windows, seen from AllyDesk (issue 21, item 5): portal, whose session, the host
 * main saw, time left before the portal's logout, and the window commands. Nothing when none is open.
 */
export function PortalWindowsList() {
  const windows = usePortals((s) => s.view?.windows ?? NO_WINDOWS);
  const t = useT();
  useEffect(() => void usePortals.getState().load(), []);
  useEffect(() => {
    if (windows.length > 0 && !useTimers.getState().view) void useTimers.getState().load();
  }, [windows.length]);
  if (windows.length === 0) return null;
  return (
    <section className="portal-windows" aria-labelledby="portal-windows-title">
      <h2 id="portal-windows-title">{t(m.title)}</h2>
      <ul>
        {windows.map((w) => (
          <WindowRow key={w.id} w={w} />
        ))}
      </ul>
    </section>
  );
}
