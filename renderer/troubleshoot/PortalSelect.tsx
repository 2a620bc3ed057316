import { useId } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';
import { useTroubleshoot } from '../state/troubleshoot';
import { Field } from '../ui/Field';
import { useT } from '../i18n/store';
import { troubleshootMessages as m } from './messages';

/** The portal the person was logging into; one value shared by the steps and the support request. */
export function PortalSelect({ short, error }: { /** "Portal" instead of the question (inside a step or the composer). */ short?: boolean; error?: string }) {
  const t = useT();
  const portalId = useTroubleshoot((s) => s.portalId);
  const setPortal = useTroubleshoot((s) => s.setPortal);
  const id = useId();
  return (
    <Field id={id} className="trouble-portal" label={t(short ? m.portal : m.whichPortal)} error={error}>
      <select value={portalId} onChange={(event) => setPortal(event.target.value as PortalId | '')}>
        <option value="">{t(m.notSure)}</option>
        {PORTAL_IDS.map((portal) => (
          <option key={portal} value={portal}>
            {PORTAL_NAMES[portal]}
          </option>
        ))}
      </select>
    </Field>
  );
}
