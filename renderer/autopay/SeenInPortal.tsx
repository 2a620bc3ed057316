import { useEffect } from 'react';
import { PORTAL_NAMES } from '../../shared/content/ids';
import type { AutopayProductId } from '../../shared/content/autopay';
import type { WindowPortalId } from '../../shared/ipc/portals';
import { usePortals } from '../state/portals';
import { formatWhen } from './format';

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
  useEffect(() => void usePortals.getState().load(), []);
  if (!seen) return null;
  const what = seen.status === 'enrolled' ? 'enrolled in autopay (the green "Congratulations!" box)' : 'not enrolled in autopay (the red box)';
  return (
    <p className={seen.status === 'enrolled' ? 'status-ok' : 'status-warn'}>
      Seen in the {PORTAL_NAMES[portalId]} portal window on {formatWhen(seen.at)}
      {seen.profileName ? `, signed in as ${seen.profileName}` : ''}: {what}.
    </p>
  );
}
