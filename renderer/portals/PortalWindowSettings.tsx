import { useEffect, useState } from 'react';
import { SetByIt } from '../policy/SetByIt';
import { useFixedPolicy } from '../state/policy';
import { usePortals } from '../state/portals';
import { InlineField } from '../ui/Field';

/**
 * "Log in as" fills and submits; a practice that wants staff to press the portal's button themselves
 * turns submitting off, or its IT fixes it for every PC (the PortalAutoSubmit policy).
 */
export function PortalWindowSettings() {
  const settings = usePortals((s) => s.view?.settings);
  const fixed = useFixedPolicy('PortalAutoSubmit');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => void usePortals.getState().load(), []);
  if (!settings) return null;
  return (
    <div className="card settings-form">
      <h3>Portal windows</h3>
      <InlineField
        id="portal-submit-after-fill"
        label={<>&ldquo;Log in as&rdquo; also presses the portal&rsquo;s Continue button (off: AllyDesk only fills in the username and password)</>}
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
