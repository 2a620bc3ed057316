import { useT } from '../i18n/store';
import { useReferenceOverrides } from '../state/reference';
import { troubleshootMessages as m } from './messages';
import { supportChannelsNow, type SupportChannel } from './supportNow';

function Contact({ channel }: { channel: SupportChannel }) {
  const t = useT();
  switch (channel.id) {
    case 'chat':
      return <>{t(m.chatWhere)}</>;
    case 'phone':
      return <>{t(m.phoneContact, { phone: channel.phone, option: channel.option })}</>;
    case 'email':
      return <>{channel.email}</>;
  }
}

/** Phone, chat and email with their hours, and the fastest one open now. */
export function SupportChannels({ now }: { now: Date }) {
  const overrides = useReferenceOverrides();
  const t = useT();
  const { channels, fastest } = supportChannelsNow(now, { phone: overrides?.supportPhone, option: overrides?.supportPhoneOption });
  return (
    <div className="trouble-channels">
      {fastest ? <p className="status-ok">{t(m.fastestOpen, { channel: t(m[`channel.${fastest}`]) })}</p> : <p className="status-warn">{t(m.allClosed)}</p>}
      <ul className="trouble-channel-list">
        {channels.map((channel) => (
          <li key={channel.id}>
            <strong>{t(m[`channel.${channel.id}`])}</strong>: <Contact channel={channel} />
            <span className="muted"> — {channel.id === 'email' ? t(m.emailFor) : channel.hours}</span>
            {channel.id !== 'email' && channel.sentence && <span className={channel.open ? 'trouble-open' : 'trouble-closed'}> {channel.sentence}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
