import { useMemo } from 'react';
import type { MeetingRecord } from '../db/database';
import { useMeeting } from '../db/useMeeting';
import { useSnapshots } from '../db/useSnapshots';
import { useNow } from '../features/meeting/useNow';
import { isTimerRunning, type MeetingState, meetingStateOf } from '../lib/meetingState';
import type { Zone } from '../scoring/model';
import { type BoardState, useBoardModel } from './useBoardModel';

export interface MeetingScreen {
  board: BoardState;
  /** The stored row; null before a presenter first opened the console. */
  record: MeetingRecord | null;
  meeting: MeetingState;
  zones: readonly Zone[];
  zoneIds: readonly string[];
  now: number;
  /** Ranks of the newest frozen result (snapshot) of this scorecard: the audience's ▲/▼ baseline. */
  baseline: ReadonlyMap<string, number | null> | null;
  latestSnapshot: { note: string; createdAt: string } | null;
}

const NO_ZONES: readonly Zone[] = [];

/** What both meeting windows read: the live ranking (from Dexie), the meeting row and the clock. */
export function useMeetingScreen(): MeetingScreen | null | undefined {
  const board = useBoardModel();
  const record = useMeeting();
  const zones = board?.input.zones ?? NO_ZONES;
  const zoneIds = useMemo(() => zones.map((zone) => zone.id), [zones]);
  const meeting = useMemo(() => meetingStateOf(record, zoneIds), [record, zoneIds]);
  const now = useNow(isTimerRunning(meeting.timer));
  const snapshots = useSnapshots(board?.model.scorecard.id ?? '');
  const newest = snapshots[0];
  const baseline = useMemo(
    () => (newest ? new Map(newest.result.map((entry) => [entry.zoneId, entry.rank])) : null),
    [newest],
  );
  if (board === undefined || record === undefined) return undefined;
  if (board === null) return null;
  return {
    board,
    record,
    meeting,
    zones,
    zoneIds,
    now,
    baseline,
    latestSnapshot: newest ? { note: newest.note, createdAt: newest.createdAt } : null,
  };
}
