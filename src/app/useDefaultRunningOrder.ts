import { useEffect, useState } from 'react';
import { loadBundledData } from '../db/bundledData';
import { reconcileOrder } from '../lib/meetingState';

/**
 * The running order a new meeting starts with: the order the zones presented, which is the
 * bundled data's order (IndexedDB returns zones sorted by id, so it cannot tell). Zones the bundle
 * does not know (an imported dataset) follow in id order. Null until known.
 */
export function useDefaultRunningOrder(zoneIds: readonly string[] | null): string[] | null {
  const [bundledOrder, setBundledOrder] = useState<string[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    loadBundledData().then(
      (bundle) => {
        if (isCurrent) setBundledOrder(bundle.zones.map((zone) => zone.id));
      },
      () => {
        if (isCurrent) setBundledOrder([]);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return zoneIds && bundledOrder ? reconcileOrder(bundledOrder, zoneIds) : null;
}
