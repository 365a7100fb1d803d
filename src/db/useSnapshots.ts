import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';
import type { Snapshot } from './database';
import { listSnapshots } from './snapshots';

const NONE: Snapshot[] = [];

/** A scorecard's saved snapshots, newest first (empty while loading). */
export function useSnapshots(scorecardId: string): Snapshot[] {
  const db = useDatabase();
  return useLiveQuery(() => listSnapshots(db, scorecardId), [db, scorecardId]) ?? NONE;
}
