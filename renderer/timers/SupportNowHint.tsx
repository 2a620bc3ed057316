import { SUPPORT } from '../../shared/content/support';
import { useReferenceOverrides } from '../state/reference';
import { useNavigation } from '../state/navigation';
import { useSupportAvailability } from '../support/SupportHours';

/** The support step of the 2FA wait: the number to call and whether phone and chat are open now. */
export function SupportNowHint() {
  const go = useNavigation((s) => s.go);
  const overrides = useReferenceOverrides();
  const { phone, chat } = useSupportAvailability();
  const number = overrides?.supportPhone ?? SUPPORT.phone.value;
  const option = overrides?.supportPhoneOption ?? SUPPORT.phoneOption.value;
  return (
    <div className="timers-support">
      <p>
        Office Ally support: <strong>{number}</strong>, option {option} for technical issues.
      </p>
      <p className={phone.open ? 'status-ok' : 'status-warn'}>Phone: {phone.sentence}</p>
      <p className={chat.open ? 'status-ok' : 'status-warn'}>Live chat: {chat.sentence}</p>
      <button type="button" className="button-secondary" onClick={() => go('support')}>
        Support hours and contacts
      </button>
    </div>
  );
}
