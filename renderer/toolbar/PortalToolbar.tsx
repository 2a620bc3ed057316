import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Toolbar } from 'radix-ui';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { ToolbarView } from '../../shared/ipc/portals';
import { bridge } from '../bridge';
import { useT } from '../i18n/store';
import { splitHost } from '../portals/hostParts';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { toolbarMessages as m } from './messages';
import { useTick, useToolbarView } from './useToolbarView';

declare global {
  interface Window {
    /** The toolbar preload's layout call (desktop app only); the browser-mode toolbar is a page of its own. */
    allydeskToolbar?: { layout(height: number | 'full'): void };
  }
}

const say = (reply: { ok: boolean; error?: { message: string } }, done: string) => (reply.ok ? done : reply.error!.message);

/** The page's host from main's navigation events: a lock only for https on an allowed host, red "Not an Office Ally page" otherwise. */
function Address({ view }: { view: ToolbarView }) {
  const t = useT();
  if (!view.host) return <span className="toolbar-address muted">{t(m.noPage)}</span>;
  const { sub, domain } = splitHost(view.host);
  return (
    <span className={view.allowedHost ? 'toolbar-address' : 'toolbar-address toolbar-address-bad'}>
      <span className="visually-hidden">{t(m.address)}: </span>
      {view.secure && (
        <svg className="toolbar-lock" viewBox="0 0 16 16" role="img" aria-label={t(m.secure)}>
          <title>{t(m.secure)}</title>
          <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" />
        </svg>
      )}
      <span className="toolbar-host" lang="en">
        {sub && <span>{sub}.</span>}
        <strong>{domain}</strong>
      </span>
      {!view.allowedHost && <strong className="toolbar-warning">{t(m.notOfficeAlly)}</strong>}
    </span>
  );
}

/** A redirect or pop-up to a host off the allow-list that AllyDesk refused: named in red until the next page. */
function HeldBack({ host }: { host: string }) {
  const t = useT();
  return (
    <span className="toolbar-address toolbar-address-bad">
      <span>{t(m.heldBack, { host })}</span> <strong className="toolbar-warning">{t(m.notOfficeAlly)}</strong>
    </span>
  );
}

function SessionFacts({ view, offset }: { view: ToolbarView; offset: number }) {
  const t = useT();
  useTick(15_000);
  const portal = PORTAL_NAMES[view.portalId];
  const timer = view.timer;
  const minutes = timer ? Math.max(0, Math.ceil((timer.endsAt - (Date.now() + offset)) / 60_000)) : 0;
  return (
    <span className="toolbar-facts">
      <span className="toolbar-owner">{view.profileName ? t(m.owner, { name: view.profileName }) : t(m.private)}</span>
      <span className={timer?.phase === 'warned' ? 'toolbar-timer toolbar-timer-warned' : 'toolbar-timer'}>
        {!timer ? t(m.noTimer) : timer.phase === 'ended' || minutes === 0 ? t(m.timerEnded, { portal }) : t(m.timer, { minutes })}
      </span>
    </span>
  );
}

/**
 * Find in the page: "n of m"; Enter next, Shift+Enter previous, Esc closes and clears the highlight.
 * `pushed`: main's find state for this window, so a key pressed in the page (Ctrl+F, Enter, Esc)
 * shows here too: a new `seq` puts the keyboard in the field again, a new result updates the count.
 */
function FindBar({ windowId, pushed, onClose }: { windowId: string; pushed: ToolbarView['find']; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [result, setResult] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const seq = pushed?.seq ?? 0;
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [seq]);
  const counted = pushed?.result;
  const say = (found: { matches: number; active: number }) => (found.matches ? t(m.findCount, found) : t(m.findNone));
  useEffect(() => setResult(counted ? say(counted) : ''), [counted?.matches, counted?.active]);
  const run = async (backwards: boolean) => {
    if (!text) return;
    const reply = await bridge().invoke('portals:find', { windowId, text, backwards });
    setResult(reply.ok ? say(reply.data) : reply.error.message);
  };
  const close = async () => {
    await bridge().invoke('portals:findClose', { windowId });
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
  return (
    <div className="toolbar-find">
      <label htmlFor="toolbar-find-text">{t(m.findLabel)}</label>
      <input id="toolbar-find-text" ref={input} type="search" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} />
      <button type="button" onClick={() => void run(false)}>
        {t(m.findNext)}
      </button>
      <button type="button" className="button-secondary" onClick={() => void run(true)}>
        {t(m.findPrevious)}
      </button>
      <button type="button" className="button-secondary" onClick={() => void close()}>
        {t(m.findClose)}
      </button>
      <span role="status" className="toolbar-find-count">
        {result}
      </span>
    </div>
  );
}

/**
 * A portal window's own toolbar (issue 21, item 2): AllyDesk's page above the portal's, so the
 * portal's pixels can never cover or imitate it. Everything it shows is pushed by main for this window.
 */
export function PortalToolbar({ windowId }: { windowId: string | null }) {
  const t = useT();
  const [state, take] = useToolbarView(windowId);
  const [status, setStatus] = useState('');
  const [finding, setFinding] = useState(false);
  const [dialog, setDialog] = useState<'open' | 'clear' | null>(null);
  const root = useRef<HTMLElement>(null);
  // A command's answer is read out once, then leaves the band (it would otherwise hold a line of the window).
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  // The desktop window lays the portal out below the toolbar's real height; its own dialog covers the window.
  useLayoutEffect(() => {
    const layout = window.allydeskToolbar?.layout;
    const element = root.current;
    if (!layout || !element) return;
    if (dialog) return layout('full');
    const report = () => layout(Math.ceil(element.getBoundingClientRect().height));
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [dialog, state.kind]);

  if (!windowId) return <main className="toolbar-gone">{t(m.noWindow)}</main>;
  if (state.kind === 'loading') return <main ref={root} className="portal-toolbar" aria-busy="true" />;
  if (state.kind === 'gone') return <main className="toolbar-gone">{t(m.closed)}</main>;
  const { view } = state;
  const portal = PORTAL_NAMES[view.portalId];
  const navigate = async (move: 'back' | 'forward' | 'reload' | 'stop') => {
    const reply = await bridge().invoke('portals:navigate', { windowId, move });
    setStatus(reply.ok ? (reply.data.moved ? '' : t(move === 'back' ? m.noEarlier : m.noLater)) : reply.error.message);
  };
  const zoom = async (change: 'in' | 'out' | 'reset') => {
    const reply = await bridge().invoke('portals:zoom', { windowId, change });
    if (reply.ok) take({ ...view, zoomPercent: reply.data.zoomPercent });
    setStatus(reply.ok ? t(m.zoomed, { percent: reply.data.zoomPercent }) : reply.error.message);
  };
  const openInBrowser = async () => {
    const reply = await bridge().invoke('portals:openPageInBrowser', { windowId });
    if (!reply.ok) return setStatus(reply.error.message);
    if (reply.data.opened) return setStatus(t(m.opened, { url: reply.data.url }));
    // Browser mode: main has no browser of its own to ask; this page is in the user's browser.
    window.open(reply.data.url, '_blank', 'noopener,noreferrer');
    setStatus(t(m.openedTab, { url: reply.data.url }));
  };
  const clear = async () => setStatus(say(await bridge().invoke('portals:clearWindow', { windowId }), t(m.cleared, { portal })));
  const percent = view.zoomPercent;

  return (
    <main ref={root} className="portal-toolbar">
      <h1 className="visually-hidden">{t(view.popup ? m.popupHeading : m.heading, { portal })}</h1>
      <Toolbar.Root className="toolbar-row" aria-label={t(view.popup ? m.popupLabel : m.label, { portal })}>
        <Toolbar.Button className="button-secondary" onClick={() => void navigate('back')}>
          <span aria-hidden="true">← </span>
          {t(m.back)}
        </Toolbar.Button>
        <Toolbar.Button className="button-secondary" onClick={() => void navigate('forward')}>
          {t(m.forward)}
          <span aria-hidden="true"> →</span>
        </Toolbar.Button>
        {view.loading ? (
          <Toolbar.Button className="button-secondary" onClick={() => void navigate('stop')}>
            {t(m.stop)}
          </Toolbar.Button>
        ) : (
          <Toolbar.Button className="button-secondary" onClick={() => void navigate('reload')}>
            {t(m.reload)}
          </Toolbar.Button>
        )}
        <Toolbar.Separator className="toolbar-separator" />
        <Toolbar.Button className="button-secondary toolbar-zoom" aria-label={t(m.zoomOut, { percent })} onClick={() => void zoom('out')}>
          −
        </Toolbar.Button>
        <Toolbar.Button className="button-secondary toolbar-zoom-value" aria-label={t(m.zoomReset, { percent })} onClick={() => void zoom('reset')}>
          {t(m.zoomValue, { percent })}
        </Toolbar.Button>
        <Toolbar.Button className="button-secondary toolbar-zoom" aria-label={t(m.zoomIn, { percent })} onClick={() => void zoom('in')}>
          +
        </Toolbar.Button>
        <Toolbar.Separator className="toolbar-separator" />
        <Toolbar.Button className="button-secondary" aria-expanded={finding || Boolean(view.find)} onClick={() => setFinding(true)}>
          {t(m.find)}
        </Toolbar.Button>
        <Toolbar.Button
          className="button-secondary"
          onClick={() =>
            void bridge()
              .invoke('portals:print', { windowId })
              .then((r) => setStatus(say(r, t(m.printing))))
          }
        >
          {t(m.print)}
        </Toolbar.Button>
        {view.shareableUrl && (
          <Toolbar.Button className="button-secondary" aria-haspopup="dialog" onClick={() => setDialog('open')}>
            {t(m.openInBrowser)}
          </Toolbar.Button>
        )}
        {/* A pop-up shares its opener's session: it is cleared from the portal's own window. */}
        {!view.private && !view.popup && (
          <Toolbar.Button className="button-secondary" aria-haspopup="dialog" onClick={() => setDialog('clear')}>
            {t(m.clear)}
          </Toolbar.Button>
        )}
      </Toolbar.Root>
      <div className="toolbar-where">
        <Address view={view} />
        {view.heldBackHost && <HeldBack host={view.heldBackHost} />}
        <SessionFacts view={view} offset={state.offset} />
      </div>
      {(finding || view.find) && <FindBar windowId={windowId} pushed={view.find} onClose={() => setFinding(false)} />}
      <p aria-live="polite" className="toolbar-status">
        {status}
      </p>
      {dialog === 'open' && view.shareableUrl && (
        <ConfirmDialog
          defaultOpen
          onOpenChange={(open) => !open && setDialog(null)}
          title={t(m.openTitle)}
          description={
            <>
              {t(m.openBody)} <code className="toolbar-url">{view.shareableUrl}</code>
            </>
          }
          keepLabel={t(m.openKeep)}
          confirmLabel={t(m.openInBrowser)}
          onConfirm={() => void openInBrowser()}
        />
      )}
      {dialog === 'clear' && (
        <ConfirmDialog
          defaultOpen
          onOpenChange={(open) => !open && setDialog(null)}
          title={t(m.clearTitle, { portal })}
          description={t(m.clearBody, { portal })}
          keepLabel={t(m.clearKeep)}
          confirmLabel={t(m.clearConfirm)}
          onConfirm={() => void clear()}
        />
      )}
    </main>
  );
}
