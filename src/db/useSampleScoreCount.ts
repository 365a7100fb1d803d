import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';

/** How many jury scores are sample values (0 while loading, so no banner flashes). */
export function useSampleScoreCount(): number {
  const db = useDatabase();
  return useLiveQuery(() => db.juryScores.filter((score) => score.isSample).count(), [db], 0);
}
