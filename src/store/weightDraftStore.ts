import { create } from 'zustand';

type Weights = Record<string, number>;
type Locks = Readonly<Record<string, true>>;

interface WeightDraftState {
  /** scorecard id → node id → raw weight the user has set but that may not be saved yet. */
  drafts: Record<string, Weights>;
  /** scorecard id → node ids whose share is locked while their siblings move (session only). */
  locks: Record<string, Locks>;
  setWeight: (scorecardId: string, nodeId: string, weight: number) => void;
  /** Sets several nodes at once (a rebalance moves siblings together). */
  setWeights: (scorecardId: string, weights: Readonly<Weights>) => void;
  /** Replaces the scorecard's whole draft (undo, redo, reset apply a complete state). */
  replaceDraft: (scorecardId: string, weights: Readonly<Weights>) => void;
  clearDraft: (scorecardId: string) => void;
  toggleLock: (scorecardId: string, nodeId: string) => void;
}

/**
 * Weights move at pointer speed, faster than IndexedDB round trips: the ranking reads the draft
 * at once and the draft is saved to Dexie shortly after (see useWeightEditing).
 */
export const useWeightDraftStore = create<WeightDraftState>()((set) => ({
  drafts: {},
  locks: {},
  setWeight: (scorecardId, nodeId, weight) =>
    set((state) => ({
      drafts: { ...state.drafts, [scorecardId]: { ...state.drafts[scorecardId], [nodeId]: weight } },
    })),
  setWeights: (scorecardId, weights) =>
    set((state) => ({
      drafts: { ...state.drafts, [scorecardId]: { ...state.drafts[scorecardId], ...weights } },
    })),
  replaceDraft: (scorecardId, weights) =>
    set((state) => ({ drafts: { ...state.drafts, [scorecardId]: { ...weights } } })),
  clearDraft: (scorecardId) =>
    set((state) => {
      const { [scorecardId]: _cleared, ...rest } = state.drafts;
      return { drafts: rest };
    }),
  toggleLock: (scorecardId, nodeId) =>
    set((state) => {
      const { [nodeId]: wasLocked, ...others } = state.locks[scorecardId] ?? NO_LOCKS;
      const next: Locks = wasLocked ? others : { ...others, [nodeId]: true };
      return { locks: { ...state.locks, [scorecardId]: next } };
    }),
}));

const NO_DRAFT: Weights = Object.freeze({}) as Weights;
const NO_LOCKS: Locks = Object.freeze({});

/** A stable empty object when there is no draft, so selectors never return a fresh value. */
export function selectDraft(scorecardId: string | undefined) {
  return (state: WeightDraftState): Weights =>
    scorecardId ? (state.drafts[scorecardId] ?? NO_DRAFT) : NO_DRAFT;
}

/** The locked node ids of a scorecard; a stable empty object when none. */
export function selectLocks(scorecardId: string | undefined) {
  return (state: WeightDraftState): Locks =>
    scorecardId ? (state.locks[scorecardId] ?? NO_LOCKS) : NO_LOCKS;
}
