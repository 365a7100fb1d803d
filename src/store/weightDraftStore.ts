import { create } from 'zustand';

type Weights = Record<string, number>;

interface WeightDraftState {
  /** scorecard id → node id → raw weight the user has set but that may not be saved yet. */
  drafts: Record<string, Weights>;
  setWeight: (scorecardId: string, nodeId: string, weight: number) => void;
  clearDraft: (scorecardId: string) => void;
}

/**
 * Weights move at pointer speed, faster than IndexedDB round trips: the ranking reads the draft
 * at once and the draft is saved to Dexie shortly after (see useWeightEditing).
 */
export const useWeightDraftStore = create<WeightDraftState>()((set) => ({
  drafts: {},
  setWeight: (scorecardId, nodeId, weight) =>
    set((state) => ({
      drafts: { ...state.drafts, [scorecardId]: { ...state.drafts[scorecardId], [nodeId]: weight } },
    })),
  clearDraft: (scorecardId) =>
    set((state) => {
      const { [scorecardId]: _cleared, ...rest } = state.drafts;
      return { drafts: rest };
    }),
}));

const NO_DRAFT: Weights = Object.freeze({}) as Weights;

/** A stable empty object when there is no draft, so selectors never return a fresh value. */
export function selectDraft(scorecardId: string | undefined) {
  return (state: WeightDraftState): Weights =>
    scorecardId ? (state.drafts[scorecardId] ?? NO_DRAFT) : NO_DRAFT;
}
