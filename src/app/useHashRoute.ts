import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'leaderboard' }
  | { name: 'zone'; zoneId: string }
  | { name: 'scorecard' }
  | { name: 'jury' }
  | { name: 'data' }
  | { name: 'present' }
  | { name: 'audience' }
  | { name: 'share'; payload: string }
  | { name: 'not-found'; path: string };

/** Hash routes (DESIGN §4) so any static file server can host the build. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'leaderboard' };
  const zone = /^\/zone\/([^/]+)$/.exec(path);
  if (zone?.[1]) return { name: 'zone', zoneId: decodeURIComponent(zone[1]) };
  // A share link's payload is read (and refused with a reason if damaged) by the share route itself.
  const share = /^\/share\/(.*)$/.exec(path);
  if (share) return { name: 'share', payload: share[1] ?? '' };
  if (
    path === '/scorecard' ||
    path === '/jury' ||
    path === '/data' ||
    path === '/present' ||
    path === '/audience'
  ) {
    return { name: path.slice(1) as 'scorecard' | 'jury' | 'data' | 'present' | 'audience' };
  }
  return { name: 'not-found', path };
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
