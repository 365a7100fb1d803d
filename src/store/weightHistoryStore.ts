import { create } from 'zustand';

type Weights = Readonly<Record<string, number>>;

/** The weight states of one scorecard: `present` is the last completed gesture's result. */
export interface WeightHistory {
  past: Weights[];
  present: Weights;
  future: Weights[];
}

/** Undo steps kept per scorecard; older ones are dropped. */
export const HISTORY_LIMIT = 100;

interface WeightHistoryState {
  /** scorecard id → its history in this session. */
  histories: Record<string, WeightHistory>;
  /**
   * Marks the state a gesture starts from. A first call starts the history; a state that differs
   * from `present` means the weights changed elsewhere (another tab, an import), so the history
   * starts afresh rather than undo into weights the user never saw.
   */
  begin: (scorecardId: string, weights: Weights) => void;
  /** Records a completed gesture (a whole drag, a preset, a reset); a no-op when nothing changed. */
  commit: (scorecardId: string, weights: Weights) => void;
  /** Steps back; returns the state to apply, or undefined when there is nothing to undo. */
  undo: (scorecardId: string) => Weights | undefined;
  redo: (scorecardId: string) => Weights | undefined;
  clear: () => void;
}

/** One entry per completed gesture, never per input event (see useWeightEditing). */
export const useWeightHistoryStore = create<WeightHistoryState>()((set, get) => ({
  histories: {},
  begin: (scorecardId, weights) => {
    const history = get().histories[scorecardId];
    if (history && sameWeights(history.present, weights)) return;
    set((state) => ({
      histories: { ...state.histories, [scorecardId]: { past: [], present: weights, future: [] } },
    }));
  },
  commit: (scorecardId, weights) => {
    const history = get().histories[scorecardId];
    if (history && sameWeights(history.present, weights)) return;
    const past = history ? [...history.past, history.present].slice(-HISTORY_LIMIT) : [];
    set((state) => ({
      histories: { ...state.histories, [scorecardId]: { past, present: weights, future: [] } },
    }));
  },
  undo: (scorecardId) => {
    const history = get().histories[scorecardId];
    const previous = history?.past.at(-1);
    if (!history || !previous) return undefined;
    const next: WeightHistory = {
      past: history.past.slice(0, -1),
      present: previous,
      future: [history.present, ...history.future],
    };
    set((state) => ({ histories: { ...state.histories, [scorecardId]: next } }));
    return previous;
  },
  redo: (scorecardId) => {
    const history = get().histories[scorecardId];
    const following = history?.future[0];
    if (!history || !following) return undefined;
    const next: WeightHistory = {
      past: [...history.past, history.present],
      present: following,
      future: history.future.slice(1),
    };
    set((state) => ({ histories: { ...state.histories, [scorecardId]: next } }));
    return following;
  },
  clear: () => set({ histories: {} }),
}));

export function selectCanUndo(scorecardId: string | undefined) {
  return (state: WeightHistoryState): boolean =>
    scorecardId ? (state.histories[scorecardId]?.past.length ?? 0) > 0 : false;
}

export function selectCanRedo(scorecardId: string | undefined) {
  return (state: WeightHistoryState): boolean =>
    scorecardId ? (state.histories[scorecardId]?.future.length ?? 0) > 0 : false;
}

function sameWeights(a: Weights, b: Weights): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
