import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';
import type { MeetingRecord } from './database';
import { readMeeting } from './meeting';

/**
 * The stored meeting state, live in every window (undefined while loading, null before a presenter
 * first opened the console). Dexie's cross-window notification brings the presenter's writes to the
 * audience within a few milliseconds (ecosystem.md §4).
 */
export function useMeeting(): MeetingRecord | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readMeeting(db), [db]);
}
