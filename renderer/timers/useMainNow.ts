import { useEffect, useState } from 'react';
import { useTimers } from '../state/timers';

/** Main-process time, ticking each second: the countdowns follow main's clock (which tests move). */
export function useMainNow(): number {
  const offset = useTimers((s) => s.offset);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const handle = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(handle);
  }, [offset]);
  return now;
}
