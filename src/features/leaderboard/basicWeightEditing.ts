import type { DimensionColumn } from '../../lib/boardModel';
import type { WeightEditing } from './useWeightEditing';

export interface BasicWeightHandlers {
  onWeightChange: (nodeId: string, weight: number) => void;
  onResetWeights: () => void;
  isModified: boolean;
}

const noop = () => {};

/**
 * Weight editing for a board whose weights live elsewhere (e.g. a shared link's view): set one
 * weight and reset only — no locks, equalise, presets or history, which need the whole state.
 */
export function basicWeightEditing(
  dimensions: readonly DimensionColumn[],
  { onWeightChange, onResetWeights, isModified }: BasicWeightHandlers,
): WeightEditing {
  return {
    weights: Object.fromEntries(dimensions.map((dimension) => [dimension.nodeId, dimension.weight])),
    lockedIds: {},
    isBasic: true,
    setWeight: onWeightChange,
    toggleLock: noop,
    equalise: noop,
    applyPreset: noop,
    reset: onResetWeights,
    undo: noop,
    redo: noop,
    canUndo: false,
    canRedo: false,
    beginGesture: noop,
    endGesture: noop,
    flush: noop,
    isModified,
  };
}
