import { useEffect, useState } from 'react';
import { hoursSummary, supportAvailability, type ChannelStatus } from '../../shared/content/support';
import { useContent } from '../i18n/store';

const REFRESH_MS = 30_000;

/** The renderer's current time, refreshed every 30 seconds so "Open now" turns into "Closed" on time. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Open/closed sentence and the weekly hours for one channel, in the language shown (Intl formats the times). */
export function ChannelHours({ status, now = new Date() }: { status: ChannelStatus; now?: Date }) {
  const texts = useContent()?.supportHours;
  return (
    <div className="support-hours">
      <p className={status.open ? 'status-ok' : 'status-warn'}>{status.sentence}</p>
      <ul className="support-hours-list">
        {hoursSummary(status.channel, now, texts).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{status.caveat}</p>
    </div>
  );
}

/** Support availability for both channels, computed from the current time. */
export function useSupportAvailability() {
  const texts = useContent()?.supportHours;
  return supportAvailability(useNow(), undefined, texts);
}
