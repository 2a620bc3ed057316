import { useEffect } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { PortalsView } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';

type PortalWindowView = PortalsView['windows'][number];

/** While a portal shows its two-factor code page: where to type the code (the seeds' words on where it comes from). */
export function codeRequestMessage(portalWindow: PortalWindowView) {
  const name = PORTAL_NAMES[portalWindow.portalId];
  const where = portalWindow.profileName ? `the ${name} — ${portalWindow.profileName} window` : `the private ${name} window`;
  return `${name} is asking for your two-factor security code. Type it into ${where}. The code is usually sent to your registered email, or to your mobile phone by text. No code yet? Check your spam or junk folder.`;
}

/**
 * What the portal windows are waiting for (a two-factor code) and what they saw (idle logouts with
 * a learned length, autopay boxes, downloads, refused fills), as banners. A code request has no
 * Dismiss: it goes by itself once the portal moves on.
 */
export function PortalNotices() {
  const view = usePortals((s) => s.view);
  useEffect(() => void usePortals.getState().load(), []);
  if (!view) return null;
  const { dismissNotice, applyLearnedIdle, openInBrowser } = usePortals.getState();
  return (
    <>
      {view.windows
        .filter((portalWindow) => portalWindow.awaitingCode)
        .map((portalWindow) => (
          <div key={`code:${portalWindow.portalId}:${portalWindow.profileName ?? 'private'}`} className="banner banner-info" role="status">
            <p>{codeRequestMessage(portalWindow)}</p>
          </div>
        ))}
      {view.notices.map((notice) => {
        const learned = notice.offer === 'learnedIdle' ? view.learnedIdle.find((l) => l.portalId === notice.portalId && !l.applied) : undefined;
        return (
          <div key={notice.id} className="banner banner-info" role="status">
            <p>{notice.message}</p>
            {learned && (
              <button type="button" onClick={() => void applyLearnedIdle(learned.portalId).then(() => dismissNotice(notice.id))}>
                Set {PORTAL_NAMES[learned.portalId]}&rsquo;s inactivity timer to {Math.min(480, Math.max(3, learned.idleMinutes))} minutes
              </button>
            )}
            {notice.offer === 'external' && notice.url && (
              <button type="button" className="button-secondary" onClick={() => void openInBrowser(notice.id)} aria-label={`Open ${notice.url} in my browser`}>
                Open it in my browser
              </button>
            )}
            <button type="button" className="button-quiet" onClick={() => void dismissNotice(notice.id)}>
              Dismiss
            </button>
          </div>
        );
      })}
    </>
  );
}
