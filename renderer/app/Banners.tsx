import { PortalNotices } from '../portals/PortalNotices';
import { useAppStore } from '../state/app';

/** In-app banners: polite for info, assertive only for errors. */
export function Banners() {
  const banners = useAppStore((s) => s.banners);
  const dismiss = useAppStore((s) => s.dismissBanner);
  return (
    <div className="banners" role="region" aria-label="Messages">
      {banners.map((banner) => (
        <div key={banner.id} className={`banner banner-${banner.level}`} role={banner.level === 'error' ? 'alert' : 'status'}>
          <p>{banner.message}</p>
          <button type="button" className="button-quiet" onClick={() => dismiss(banner.id)}>
            Dismiss
          </button>
        </div>
      ))}
      <PortalNotices />
    </div>
  );
}
