import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import type { MeetingRecord } from '../../db/database';
import { claimPresenter, NotPresenterError, updateMeeting } from '../../db/meeting';
import { type MeetingAction, reduceMeeting } from '../../lib/meetingState';

const LOCK_NAME = 'leitai-arena-presenter';
const RETRY_MS = 200;

/** This window's id as a presenter (one per page load). */
const TAB_ID =
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random()}`;

export type PresenterStatus = 'claiming' | 'presenter' | 'read-only';

export interface PresenterRole {
  status: PresenterStatus;
  /** Applies an action to the stored meeting; ignored unless this window is the presenter. */
  dispatch: (action: MeetingAction) => void;
  /** Takes the presenter role from another window, which becomes read-only. */
  takeOver: () => void;
  /** The last write that failed for a reason other than losing the role. */
  error: string | null;
}

function hasLocks(): boolean {
  return typeof navigator !== 'undefined' && navigator.locks !== undefined;
}

/**
 * Makes this window the meeting's only writer. With the Web Locks API a second presenter window
 * finds the lock held by a live window and opens read-only, offering to take over (a closed
 * window releases its lock, so a reopened console becomes the presenter by itself). Whatever the
 * lock says, the stored row names its presenter and refuses anyone else's writes (db/meeting.ts).
 */
export function usePresenterRole(
  meeting: MeetingRecord | null | undefined,
  zoneIds: readonly string[] | null,
) {
  const db = useDatabase();
  const [status, setStatus] = useState<PresenterStatus>('claiming');
  const [error, setError] = useState<string | null>(null);
  const release = useRef<(() => void) | null>(null);
  /** The row revision our claim wrote: an older row still in the live query is not a takeover. */
  const claimedRevision = useRef(Number.POSITIVE_INFINITY);
  const zones = useRef(zoneIds);
  zones.current = zoneIds;
  const isReady = zoneIds !== null;

  const claim = useCallback(async () => {
    claimedRevision.current = (await claimPresenter(db, TAB_ID, zones.current ?? [])).revision;
    setStatus('presenter');
  }, [db]);

  const hold = useCallback(
    (steal: boolean, session: { isActive: boolean }, retries = 1) => {
      release.current?.();
      const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
      navigator.locks
        .request(LOCK_NAME, options, async (lock) => {
          if (!session.isActive) return;
          if (!lock) {
            // React's development double effect may still hold the lock for a moment: ask once more.
            if (retries > 0) setTimeout(() => hold(false, session, retries - 1), RETRY_MS);
            else setStatus('read-only');
            return;
          }
          await claim();
          // Held until this window closes, unmounts the console or another window steals it.
          await new Promise<void>((resolve) => {
            release.current = resolve;
          });
        })
        .catch(() => setStatus('read-only'));
    },
    [claim],
  );

  const session = useRef({ isActive: false });
  useEffect(() => {
    if (!isReady) return;
    const current = { isActive: true };
    session.current = current;
    if (hasLocks()) hold(false, current);
    else void claim();
    return () => {
      current.isActive = false;
      release.current?.();
      release.current = null;
    };
  }, [claim, hold, isReady]);

  // Another window claimed the row (a takeover, or a browser without Web Locks): stop writing.
  const isNamedPresenter = meeting?.presenterId === TAB_ID;
  const isTakenOver = meeting != null && !isNamedPresenter && meeting.revision > claimedRevision.current;
  useEffect(() => {
    if (status === 'presenter' && isTakenOver) {
      release.current?.();
      release.current = null;
      setStatus('read-only');
    }
  }, [status, isTakenOver]);

  const canWrite = status === 'presenter' && isNamedPresenter;
  const dispatch = useCallback(
    (action: MeetingAction) => {
      if (!canWrite) return;
      updateMeeting(db, TAB_ID, (state) => reduceMeeting(state, action, Date.now())).catch(
        (reason: unknown) => {
          if (reason instanceof NotPresenterError) setStatus('read-only');
          else setError(reason instanceof Error ? reason.message : String(reason));
        },
      );
    },
    [db, canWrite],
  );

  const takeOver = useCallback(() => {
    if (hasLocks()) hold(true, session.current, 0);
    else void claim();
  }, [claim, hold]);

  const role: PresenterRole = {
    status: canWrite ? 'presenter' : status === 'claiming' ? 'claiming' : 'read-only',
    dispatch,
    takeOver,
    error,
  };
  return role;
}
