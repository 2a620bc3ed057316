import { useEffect } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { AutopayProductId } from '../../shared/content/autopay';
import type { WindowPortalId } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { useAutopayFormat } from './format';
import { autopayMessages as m } from './messages';

/** The portal whose pages show this product's autopay box (both Service Center flavors are one site). */
const PORTAL_OF: Record<AutopayProductId, WindowPortalId> = {
  'service-center-new': 'service-center',
  'service-center-classic': 'service-center',
  'practice-mate': 'practice-mate',
  ehr: 'ehr',
};

/**
 * What a portal window last showed of this product's autopay (the documents' own verification step,
 * seen for the user): the green enrolled box or the red not-enrolled one, when, and under whose login.
 */
export function SeenInPortal({ productId }: { productId: AutopayProductId }) {
  const portalId = PORTAL_OF[productId];
  const seen = usePortals((s) => s.view?.autopaySeen.find((entry) => entry.portalId === portalId));
  const t = useT();
  const { formatWhen } = useAutopayFormat();
  useEffect(() => void usePortals.getState().load(), []);
  if (!seen) return null;
  const enrolled = seen.status === 'enrolled';
  const message = enrolled ? (seen.profileName ? m.seenEnrolledAs : m.seenEnrolled) : seen.profileName ? m.seenNotEnrolledAs : m.seenNotEnrolled;
  return (
    <p className={enrolled ? 'status-ok' : 'status-warn'}>
      {t(message, {
        portal: <span lang="en">{PORTAL_NAMES[portalId]}</span>,
        when: formatWhen(seen.at),
        name: seen.profileName ?? '',
        box: <OfficeAllyName name="congratulations" />,
      })}
    </p>
  );
}
