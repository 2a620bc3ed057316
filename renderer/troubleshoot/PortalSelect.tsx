import { useId } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';
import { useTroubleshoot } from '../state/troubleshoot';
import { Field } from '../ui/Field';

/** The portal the person was logging into; one value shared by the steps and the support request. */
export function PortalSelect({ label = 'Which portal were you logging into?', error }: { label?: string; error?: string }) {
  const portalId = useTroubleshoot((s) => s.portalId);
  const setPortal = useTroubleshoot((s) => s.setPortal);
  const id = useId();
  return (
    <Field id={id} className="trouble-portal" label={label} error={error}>
      <select value={portalId} onChange={(event) => setPortal(event.target.value as PortalId | '')}>
        <option value="">Not sure</option>
        {PORTAL_IDS.map((portal) => (
          <option key={portal} value={portal}>
            {PORTAL_NAMES[portal]}
          </option>
        ))}
      </select>
    </Field>
  );
}
