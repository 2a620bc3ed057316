import { PortalNotices } from '../portals/PortalNotices';
import { useT } from '../i18n/store';
import { useAppStore } from '../state/app';
import { shellMessages as m } from './messages';

/** In-app banners: polite for info, assertive only for errors. */
export function Banners() {
  const banners = useAppStore((s) => s.banners);
  const dismiss = useAppStore((s) => s.dismissBanner);
  const t = useT();
  return (
    <div className="banners" role="region" aria-label={t(m.messagesLabel)}>
      {banners.map((banner) => (
        <div key={banner.id} className={`banner banner-${banner.level}`} role={banner.level === 'error' ? 'alert' : 'status'}>
          <p>{banner.message}</p>
          <button type="button" className="button-quiet" onClick={() => dismiss(banner.id)}>
            {t(m.dismiss)}
          </button>
        </div>
      ))}
      <PortalNotices />
    </div>
  );
}
