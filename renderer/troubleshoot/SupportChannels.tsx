import { useContent, useT } from '../i18n/store';
import { useReferenceOverrides } from '../state/reference';
import { WithNames } from '../ui/WithNames';
import { troubleshootMessages as m } from './messages';
import { supportChannelsNow } from './supportNow';

/** Phone, chat and email with their hours, and the fastest one open now. */
export function SupportChannels({ now }: { now: Date }) {
  const overrides = useReferenceOverrides();
  const content = useContent();
  const t = useT();
  const { channels, fastest } = supportChannelsNow(
    now,
    { phone: overrides?.supportPhone, option: overrides?.supportPhoneOption },
    { support: content?.support, hours: content?.supportHours },
  );
  const fastestName = channels.find((channel) => channel.id === fastest)?.name;
  return (
    <div className="trouble-channels">
      {fastestName ? (
        <p className="status-ok">{t(m.fastestOpen, { channel: <WithNames text={fastestName} /> })}</p>
      ) : (
        <p className="status-warn">{t(m.allClosed)}</p>
      )}
      <ul className="trouble-channel-list">
        {channels.map((channel) => (
          <li key={channel.id}>
            <strong>
              <WithNames text={channel.name} />
            </strong>
            : {channel.contact}
            <span className="muted"> — {channel.hours}</span>
            {channel.sentence && <span className={channel.open ? 'trouble-open' : 'trouble-closed'}> {channel.sentence}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
