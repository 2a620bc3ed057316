import { useEffect } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import { usePortals } from '../state/portals';

/** What the portal windows saw (idle logouts with a learned length, autopay boxes, downloads, refused fills), as banners. */
export function PortalNotices() {
  const view = usePortals((s) => s.view);
  useEffect(() => void usePortals.getState().load(), []);
  if (!view) return null;
  const { dismissNotice, applyLearnedIdle, openInBrowser } = usePortals.getState();
  return (
    <>
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
