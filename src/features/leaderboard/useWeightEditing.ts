import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { saveWeights } from '../../db/dataset';
import { WEIGHT_MAX } from '../../lib/weightLimits';
import type { Scorecard } from '../../scoring/model';
import { selectDraft, selectLocks, useWeightDraftStore } from '../../store/weightDraftStore';
import { selectCanRedo, selectCanUndo, useWeightHistoryStore } from '../../store/weightHistoryStore';
import { equalise as equaliseSiblings, rebalance } from './rebalance';
import { findGroup, fullWeightsOf, parentOf, presetWeightsFor, type Weights } from './weightTree';

/** How long weights rest before they are written to IndexedDB; the ranking itself never waits. */
const SAVE_DELAY_MS = 150;

export { WEIGHT_MAX };

const NO_WEIGHTS: Weights = Object.freeze({});

export interface WeightEditing {
  /** The weights in force: draft over saved; nodes absent here use the scorecard's own weight. */
  weights: Weights;
  /** Node ids whose share is locked while their siblings move. */
  lockedIds: Readonly<Record<string, true>>;
  /** Moves one node; when a sibling is locked the unlocked siblings rebalance (see rebalance.ts). */
  setWeight: (nodeId: string, weight: number) => void;
  toggleLock: (nodeId: string) => void;
  /** Gives the unlocked children of a group equal weights. */
  equalise: (groupId: string) => void;
  /** Takes a preset scorecard's weights for the nodes it shares with this one. */
  applyPreset: (preset: Scorecard) => void;
  reset: () => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** A pointer drag started: the resting save still happens, but the undo step waits for its end. */
  beginGesture: () => void;
  /** A gesture ended (pointer up, key up, blur): saves at once and records one undo step. */
  endGesture: () => void;
  /** Saves and records what is pending now (before an action that drops drafts). */
  flush: () => void;
  isModified: boolean;
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  run: () => void;
}

/**
 * Draft weights for the active scorecard, their debounced persistence in Dexie and an undo
 * history with one entry per completed gesture. Callbacks are stable per scorecard so memoised
 * rows do not re-render while a sibling is dragged.
 */
export function useWeightEditing(
  scorecard: Scorecard | undefined,
  saved: Record<string, number> | undefined,
): WeightEditing {
  const db = useDatabase();
  const scorecardId = scorecard?.id;
  const draft = useWeightDraftStore(selectDraft(scorecardId));
  const lockedIds = useWeightDraftStore(selectLocks(scorecardId));
  const canUndo = useWeightHistoryStore(selectCanUndo(scorecardId));
  const canRedo = useWeightHistoryStore(selectCanRedo(scorecardId));
  const weights = useMemo(() => ({ ...(saved ?? NO_WEIGHTS), ...draft }), [saved, draft]);

  const live = useRef({ scorecard, saved });
  const pending = useRef<Pending | null>(null);
  const isDragging = useRef(false);
  /** Whether the weights changed since the last undo step was recorded. */
  const isDirty = useRef(false);

  /** The complete weight state in force now (read from the stores, not from a render). */
  const currentWeights = useCallback((): Record<string, number> | null => {
    const { scorecard: card, saved: savedNow } = live.current;
    if (!card) return null;
    const draftNow = useWeightDraftStore.getState().drafts[card.id];
    return fullWeightsOf(card, { ...savedNow, ...draftNow });
  }, []);

  const commit = useCallback(() => {
    const card = live.current.scorecard;
    const state = currentWeights();
    if (!card || !state || !isDirty.current) return;
    isDirty.current = false;
    useWeightHistoryStore.getState().commit(card.id, state);
  }, [currentWeights]);

  /** Saves now what is waiting for the rest, and records the gesture unless a drag is still on. */
  const flush = useCallback(() => {
    const current = pending.current;
    if (current) {
      clearTimeout(current.timer);
      pending.current = null;
      current.run();
    }
    if (!isDragging.current) commit();
  }, [commit]);

  useLayoutEffect(() => {
    // Switching scorecards first ends whatever was being edited on the previous one.
    if (live.current.scorecard?.id !== scorecard?.id) {
      isDragging.current = false;
      flush();
    }
    live.current = { scorecard, saved };
  }, [scorecard, saved, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      isDragging.current = false;
      flush();
    };
  }, [flush]);

  /** Applies a change as a draft: records where the gesture started, then saves after the rest. */
  const applyDraft = useCallback(
    (change: Readonly<Record<string, number>>, mode: 'merge' | 'replace') => {
      const card = live.current.scorecard;
      const before = currentWeights();
      if (!card || !before) return;
      if (!isDirty.current) useWeightHistoryStore.getState().begin(card.id, before);
      const store = useWeightDraftStore.getState();
      if (mode === 'merge') store.setWeights(card.id, change);
      else store.replaceDraft(card.id, change);
      isDirty.current = true;
      if (pending.current) clearTimeout(pending.current.timer);
      const run = () => {
        const state = fullWeightsOf(card, {
          ...live.current.saved,
          ...useWeightDraftStore.getState().drafts[card.id],
        });
        void saveWeights(db, card.id, state);
      };
      pending.current = { timer: setTimeout(flush, SAVE_DELAY_MS), run };
    },
    [db, currentWeights, flush],
  );

  const setWeight = useCallback(
    (nodeId: string, weight: number) => {
      const card = live.current.scorecard;
      const state = currentWeights();
      const parent = card && parentOf(card, nodeId);
      if (!card || !state || !parent) return;
      const locks = useWeightDraftStore.getState().locks[card.id] ?? {};
      const siblings = parent.children.map((node) => ({
        id: node.id,
        weight: state[node.id] ?? node.weight,
        isLocked: locks[node.id] === true,
      }));
      const next = rebalance(siblings, nodeId, weight, { max: WEIGHT_MAX });
      if (next) applyDraft(next, 'merge');
    },
    [applyDraft, currentWeights],
  );

  /** A change made in one go (equalise, preset, reset) is its own undo step. */
  const applyAtOnce = useCallback(
    (change: Readonly<Record<string, number>>, mode: 'merge' | 'replace') => {
      flush();
      applyDraft(change, mode);
      flush();
    },
    [applyDraft, flush],
  );

  const equalise = useCallback(
    (groupId: string) => {
      const card = live.current.scorecard;
      const state = currentWeights();
      const group = card && findGroup(card, groupId);
      if (!card || !state || !group) return;
      const locks = useWeightDraftStore.getState().locks[card.id] ?? {};
      const next = equaliseSiblings(
        group.children.map((node) => ({
          id: node.id,
          weight: state[node.id] ?? node.weight,
          isLocked: locks[node.id] === true,
        })),
        { max: WEIGHT_MAX },
      );
      if (next) applyAtOnce(next, 'merge');
    },
    [applyAtOnce, currentWeights],
  );

  const applyPreset = useCallback(
    (preset: Scorecard) => {
      const card = live.current.scorecard;
      if (card) applyAtOnce(presetWeightsFor(card, preset), 'merge');
    },
    [applyAtOnce],
  );

  const reset = useCallback(() => {
    const card = live.current.scorecard;
    if (!card) return;
    // The draft holds the scorecard's own weights in full, so a saved set still being read
    // cannot show through; the saved set is removed like an import does.
    applyAtOnce(fullWeightsOf(card, {}), 'replace');
    void db.weightSets.delete(card.id);
  }, [applyAtOnce, db]);

  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const card = live.current.scorecard;
      if (!card) return;
      isDragging.current = false;
      flush();
      const history = useWeightHistoryStore.getState();
      const state = direction === 'undo' ? history.undo(card.id) : history.redo(card.id);
      if (!state) return;
      useWeightDraftStore.getState().replaceDraft(card.id, state);
      void saveWeights(db, card.id, { ...state });
    },
    [db, flush],
  );
  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);

  const toggleLock = useCallback((nodeId: string) => {
    const card = live.current.scorecard;
    if (card) useWeightDraftStore.getState().toggleLock(card.id, nodeId);
  }, []);

  const beginGesture = useCallback(() => {
    isDragging.current = true;
  }, []);
  const endGesture = useCallback(() => {
    isDragging.current = false;
    flush();
  }, [flush]);

  const isModified = useMemo(() => {
    if (!scorecard) return false;
    const own = fullWeightsOf(scorecard, {});
    const inForce = fullWeightsOf(scorecard, weights);
    return Object.keys(own).some((nodeId) => own[nodeId] !== inForce[nodeId]);
  }, [scorecard, weights]);

  return {
    weights,
    lockedIds,
    setWeight,
    toggleLock,
    equalise,
    applyPreset,
    reset,
    undo,
    redo,
    canUndo,
    canRedo,
    beginGesture,
    endGesture,
    flush,
    isModified,
  };
}
