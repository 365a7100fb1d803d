import { useEffect, useState } from 'react';

/** The clock, re-read a few times a second while `isTicking` (a running timer); still otherwise. */
export function useNow(isTicking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!isTicking) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [isTicking, intervalMs]);
  return now;
}
