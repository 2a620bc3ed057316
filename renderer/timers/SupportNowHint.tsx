import { useNavigation } from '../state/navigation';

/** The support step of the 2FA wait. */
export function SupportNowHint() {
  const go = useNavigation((s) => s.go);
  // Integrator: replace this body with supportAvailability(new Date()) from shared/content/support.ts (open now / opens at).
  return (
    <div className="timers-support">
      <p>
        Office Ally support: <strong>(360) 975-7000</strong>, option 2 for technical issues — see Support for open hours.
      </p>
      <button type="button" className="button-secondary" onClick={() => go('support')}>
        Support hours and contacts
      </button>
    </div>
  );
}
