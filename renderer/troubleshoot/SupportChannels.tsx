import { supportChannelsNow } from './supportNow';

/** Phone, chat and email with their hours, and the fastest one open now when that is known. */
export function SupportChannels({ now }: { now: Date }) {
  const { channels, fastest } = supportChannelsNow(now);
  const fastestName = channels.find((channel) => channel.id === fastest)?.name;
  const unknown = channels.some((channel) => channel.open === null);
  return (
    <div className="trouble-channels">
      {fastestName ? (
        <p className="status-ok">Fastest open now: {fastestName}.</p>
      ) : unknown ? (
        <p className="trouble-note">
          AllyDesk cannot yet tell whether phone and chat are open at this moment; check the hours below (Pacific time). Office Ally says Live
          Chat is often faster than a phone call.
        </p>
      ) : (
        <p className="status-warn">Phone and chat are closed now. Email support and they will answer when they open.</p>
      )}
      <ul className="trouble-channel-list">
        {channels.map((channel) => (
          <li key={channel.id}>
            <strong>{channel.name}</strong>: {channel.contact}
            <span className="muted"> — {channel.hours}</span>
            {channel.open !== null && channel.id !== 'email' && (
              <span className={channel.open ? 'trouble-open' : 'trouble-closed'}>{channel.open ? ' Open now' : ' Closed now'}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
