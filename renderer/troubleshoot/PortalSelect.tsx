import { useId } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';

import { useTroubleshoot } from '../state/troubleshoot';

/** The portal the person was logging into; one value shared by the steps and the support request. */
export function PortalSelect({ label = 'Which portal were you logging into?', error }: { label?: string; error?: string }) {
  const portalId = useTroubleshoot((s) => s.portalId);
  const setPortal = useTroubleshoot((s) => s.setPortal);
  const id = useId();
  const errorId = useId();
  return (
    <div className="field trouble-portal">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={portalId}
        onChange={(event) => setPortal(event.target.value as PortalId | '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <option value="">Not sure</option>
        {PORTAL_IDS.map((portal) => (
          <option key={portal} value={portal}>
            {PORTAL_NAMES[portal]}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
