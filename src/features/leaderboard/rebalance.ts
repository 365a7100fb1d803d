/**
 * The arithmetic of the weights panel's lock and equalise controls, on one set of siblings.
 *
 * Weights are raw numbers ≥ 0 normalised among siblings (DESIGN §3), so what a user "keeps" when
 * locking a node is its share of the siblings' total. Every function here keeps that total
 * constant, which keeps every locked node's raw weight — and therefore its share — unchanged.
 */

export interface SiblingWeight {
  id: string;
  /** Raw weight ≥ 0. */
  weight: number;
  isLocked: boolean;
}

export interface RebalanceOptions {
  /** Largest raw weight a control can show; larger results are scaled down together (shares unchanged). */
  max?: number;
}

/**
 * Moves sibling `movedId` to raw weight `weight` and returns every sibling's new raw weight.
 *
 * - Nothing locked: the sliders are independent; only the moved sibling changes (the shares of
 *   all siblings follow from normalisation).
 * - Something locked: the siblings' total stays the same, locked siblings keep their weight (so
 *   their share), the moved sibling takes `weight` (at most what the locked ones leave) and the
 *   other unlocked siblings share the rest in proportion to their current weights (equally when
 *   they are all 0).
 *
 * Returns null when the move is refused: the moved sibling is unknown or itself locked, every
 * other sibling is locked, or the siblings' total is 0 (there are no shares to keep).
 */
export function rebalance(
  siblings: readonly SiblingWeight[],
  movedId: string,
  weight: number,
  options: RebalanceOptions = {},
): Record<string, number> | null {
  const moved = siblings.find((sibling) => sibling.id === movedId);
  if (!moved || moved.isLocked || !Number.isFinite(weight)) return null;
  const target = Math.max(0, weight);
  const result = Object.fromEntries(siblings.map((sibling) => [sibling.id, sibling.weight]));
  if (!siblings.some((sibling) => sibling.isLocked)) {
    result[movedId] = Math.min(target, options.max ?? Number.POSITIVE_INFINITY);
    return result;
  }
  const free = siblings.filter((sibling) => !sibling.isLocked && sibling.id !== movedId);
  const total = sum(siblings.map((sibling) => sibling.weight));
  if (free.length === 0 || !(total > 0)) return null;
  const lockedTotal = sum(siblings.filter((sibling) => sibling.isLocked).map((sibling) => sibling.weight));
  const movedWeight = Math.min(target, total - lockedTotal);
  const rest = total - lockedTotal - movedWeight;
  const freeTotal = sum(free.map((sibling) => sibling.weight));
  result[movedId] = movedWeight;
  for (const sibling of free) {
    result[sibling.id] = freeTotal > 0 ? (rest * sibling.weight) / freeTotal : rest / free.length;
  }
  return fitWithin(result, options.max);
}

/**
 * Gives the unlocked siblings equal weights: together they keep what they had (so locked shares
 * are unchanged); when everything is 0 each unlocked sibling gets 1. Returns null when fewer than
 * one sibling is unlocked.
 */
export function equalise(
  siblings: readonly SiblingWeight[],
  options: RebalanceOptions = {},
): Record<string, number> | null {
  const free = siblings.filter((sibling) => !sibling.isLocked);
  if (free.length === 0) return null;
  const freeTotal = sum(free.map((sibling) => sibling.weight));
  const each = freeTotal > 0 ? freeTotal / free.length : 1;
  const result = Object.fromEntries(
    siblings.map((sibling) => [sibling.id, sibling.isLocked ? sibling.weight : each]),
  );
  return fitWithin(result, options.max);
}

/** Each sibling's weight as a share of the siblings' total; equal shares when the total is 0. */
export function sharesOf(weights: readonly number[]): number[] {
  const total = sum(weights);
  return weights.map((weight) => (total > 0 ? weight / total : 1 / weights.length));
}

/** Scales every weight down together when one exceeds `max`: the shares are unchanged. */
function fitWithin(weights: Record<string, number>, max: number | undefined): Record<string, number> {
  const largest = Math.max(0, ...Object.values(weights));
  if (max === undefined || largest <= max) return weights;
  const factor = max / largest;
  return Object.fromEntries(Object.entries(weights).map(([id, weight]) => [id, weight * factor]));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
