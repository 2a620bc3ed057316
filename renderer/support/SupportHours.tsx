import { useEffect, useState } from 'react';
import { HOURS_SUMMARY, supportAvailability, type ChannelStatus } from '../../shared/content/support';

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

/** Open/closed sentence and the weekly hours for one channel. */
export function ChannelHours({ status }: { status: ChannelStatus }) {
  return (
    <div className="support-hours">
      <p className={status.open ? 'status-ok' : 'status-warn'}>{status.sentence}</p>
      <ul className="support-hours-list">
        {HOURS_SUMMARY[status.channel].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{status.caveat}</p>
    </div>
  );
}

/** Support availability for both channels, computed from the current time. */
export function useSupportAvailability() {
  return supportAvailability(useNow());
}
