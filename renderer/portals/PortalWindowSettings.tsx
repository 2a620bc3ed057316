import { useEffect, useState } from 'react';
import { SetByIt } from '../policy/SetByIt';
import { useFixedPolicy } from '../state/policy';
import { usePortals } from '../state/portals';
import { InlineField } from '../ui/Field';
import { useT } from '../i18n/store';
import { oaNames } from '../ui/OfficeAllyName';
import { portalWindowsMessages as m } from './messages';

/**
 * "Log in as" fills and submits; a practice that wants staff to press the portal's button themselves
 * turns submitting off, or its IT fixes it for every PC (the PortalAutoSubmit policy).
 */
export function PortalWindowSettings() {
  const settings = usePortals((s) => s.view?.settings);
  const fixed = useFixedPolicy('PortalAutoSubmit');
  const [error, setError] = useState<string | undefined>();
  const t = useT();
  useEffect(() => void usePortals.getState().load(), []);
  if (!settings) return null;
  return (
    <div className="card settings-form">
      <h3>{t(m.settingsTitle)}</h3>
      <InlineField
        id="portal-submit-after-fill"
        label={t(m.submitAfterFill, oaNames('continue'))}
        error={error}
        announceError
        note={fixed !== undefined ? <SetByIt /> : undefined}
      >
        <input
          type="checkbox"
          checked={fixed ?? settings.submitAfterFill}
          disabled={fixed !== undefined}
          onChange={(e) =>
            void usePortals
              .getState()
              .setSettings({ submitAfterFill: e.target.checked })
              .then((o) => setError(o.ok ? undefined : o.error.message))
          }
        />
      </InlineField>
    </div>
  );
}
