import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import type { ArenaDatabase } from '../../db/database';
import { saveWeights } from '../../db/dataset';
import type { Scorecard } from '../../scoring/model';
import { selectDraft, useWeightDraftStore } from '../../store/weightDraftStore';

/** How long weights rest before they are written to IndexedDB; the ranking itself never waits. */
const SAVE_DELAY_MS = 150;

const NO_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({});

export interface WeightEditing {
  /** The weights in force: draft over saved; nodes absent here use the scorecard's own weight. */
  weights: Readonly<Record<string, number>>;
  setWeight: (nodeId: string, weight: number) => void;
  reset: () => void;
  isModified: boolean;
}

export function useWeightEditing(
  scorecard: Scorecard | undefined,
  saved: Record<string, number> | undefined,
): WeightEditing {
  const db = useDatabase();
  const scorecardId = scorecard?.id;
  const draft = useWeightDraftStore(selectDraft(scorecardId));
  const weights = useMemo(() => ({ ...(saved ?? NO_WEIGHTS), ...draft }), [saved, draft]);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; flush: () => void } | null>(null);

  const flush = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    current.flush();
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const setWeight = useCallback(
    (nodeId: string, weight: number) => {
      if (!scorecardId) return;
      useWeightDraftStore.getState().setWeight(scorecardId, nodeId, weight);
      if (pending.current) clearTimeout(pending.current.timer);
      const save = () => persistDraft(db, scorecardId, saved);
      pending.current = { timer: setTimeout(() => flush(), SAVE_DELAY_MS), flush: save };
    },
    [db, scorecardId, saved, flush],
  );

  const reset = useCallback(() => {
    if (!scorecardId) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    useWeightDraftStore.getState().clearDraft(scorecardId);
    void db.weightSets.delete(scorecardId);
  }, [db, scorecardId]);

  const isModified = useMemo(
    () =>
      scorecard?.root.children.some(
        (node) => weights[node.id] !== undefined && weights[node.id] !== node.weight,
      ) ?? false,
    [scorecard, weights],
  );

  return { weights, setWeight, reset, isModified };
}

function persistDraft(db: ArenaDatabase, scorecardId: string, saved: Record<string, number> | undefined) {
  const draft = useWeightDraftStore.getState().drafts[scorecardId];
  if (!draft) return;
  void saveWeights(db, scorecardId, { ...saved, ...draft });
}
