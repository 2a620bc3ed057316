import { useEffect } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { PortalsView } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { useT, type Translate } from '../i18n/store';
import { portalActionsMessages as m } from './messages';

type PortalWindowView = PortalsView['windows'][number];

/** While a portal shows its two-factor code page: where to type the code (the seeds' words on where it comes from). */
export function codeRequestMessage(t: Translate, portalWindow: PortalWindowView): string {
  const portal = PORTAL_NAMES[portalWindow.portalId];
  return portalWindow.profileName ? t(m.codeRequest, { portal, profile: portalWindow.profileName }) : t(m.codeRequestPrivate, { portal });
}

/**
 * What the portal windows are waiting for (a two-factor code) and what they saw (idle logouts with
 * a learned length, autopay boxes, downloads, refused fills), as banners. A code request has no
 * Dismiss: it goes by itself once the portal moves on.
 */
export function PortalNotices() {
  const view = usePortals((s) => s.view);
  const t = useT();
  useEffect(() => void usePortals.getState().load(), []);
  if (!view) return null;
  const { dismissNotice, applyLearnedIdle, openInBrowser } = usePortals.getState();
  return (
    <>
      {view.windows
        .filter((portalWindow) => portalWindow.awaitingCode)
        .map((portalWindow) => (
          <div key={`code:${portalWindow.portalId}:${portalWindow.profileName ?? 'private'}`} className="banner banner-info" role="status">
            <p>{codeRequestMessage(t, portalWindow)}</p>
          </div>
        ))}
      {view.notices.map((notice) => {
        const learned = notice.offer === 'learnedIdle' ? view.learnedIdle.find((l) => l.portalId === notice.portalId && !l.applied) : undefined;
        return (
          <div key={notice.id} className="banner banner-info" role="status">
            <p>{notice.message}</p>
            {learned && (
              <button type="button" onClick={() => void applyLearnedIdle(learned.portalId).then(() => dismissNotice(notice.id))}>
                {t(m.setIdle, { portal: PORTAL_NAMES[learned.portalId], minutes: Math.min(480, Math.max(3, learned.idleMinutes)) })}
              </button>
            )}
            {notice.offer === 'external' && notice.url && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => void openInBrowser(notice.id)}
                aria-label={t(m.openInBrowserLabel, { url: notice.url })}
              >
                {t(m.openInBrowser)}
              </button>
            )}
            <button type="button" className="button-quiet" onClick={() => void dismissNotice(notice.id)}>
              {t(m.dismiss)}
            </button>
          </div>
        );
      })}
    </>
  );
}
