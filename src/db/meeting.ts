import { initialMeetingState, type MeetingState } from '../lib/meetingState';
import type { ArenaDatabase, MeetingRecord } from './database';

const MEETING_ID = 'meeting';

/** Thrown when a window that is not (or no longer) the presenter tries to change the meeting. */
export class NotPresenterError extends Error {
  constructor(readonly presenterId: string) {
    super('Another presenter window controls the meeting');
    this.name = 'NotPresenterError';
  }
}

export async function readMeeting(db: ArenaDatabase): Promise<MeetingRecord | null> {
  return (await db.meeting.get(MEETING_ID)) ?? null;
}

/**
 * Makes `presenterId` the one window allowed to write; creates the row (zones in `zoneIds` order)
 * on the first claim. The previous presenter's next write is refused.
 */
export async function claimPresenter(
  db: ArenaDatabase,
  presenterId: string,
  zoneIds: readonly string[],
  now = Date.now(),
): Promise<MeetingRecord> {
  return db.transaction('rw', db.meeting, async () => {
    const current = await db.meeting.get(MEETING_ID);
    const record: MeetingRecord = {
      ...(current ?? initialMeetingState(zoneIds)),
      id: MEETING_ID,
      revision: (current?.revision ?? 0) + 1,
      presenterId,
      updatedAt: now,
    };
    await db.meeting.put(record);
    return record;
  });
}

/**
 * Applies `change` to the stored state in one transaction (read, check the writer, write the whole
 * row with the next revision), so two quick key presses never lose one another and a window that
 * lost the presenter role cannot overwrite the one that took it.
 */
export async function updateMeeting(
  db: ArenaDatabase,
  presenterId: string,
  change: (state: MeetingState) => MeetingState,
  now = Date.now(),
): Promise<MeetingRecord> {
  return db.transaction('rw', db.meeting, async () => {
    const current = await db.meeting.get(MEETING_ID);
    if (!current) throw new NotPresenterError('');
    if (current.presenterId !== presenterId) throw new NotPresenterError(current.presenterId);
    const { id: _id, revision, presenterId: _presenter, updatedAt: _updated, ...state } = current;
    const record: MeetingRecord = {
      ...change(state),
      id: MEETING_ID,
      revision: revision + 1,
      presenterId,
      updatedAt: now,
    };
    await db.meeting.put(record);
    return record;
  });
}
