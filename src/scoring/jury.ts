import type { JuryCombination } from './model';

export interface TrimmedJuryScores {
  /** The scores that count, in input order. */
  kept: number[];
  /** The scores left out: the `trim` lowest, then the `trim` highest. */
  dropped: number[];
  /** Positions of `dropped` in the input, in the same order, so a presenter can mark the judges' cells. */
  droppedIndices: number[];
}

/**
 * Whether `count` scores are enough to drop `trim` from each end and keep at least one
 * (去掉一个最高分和一个最低分 needs three scores).
 */
export function canTrim(count: number, trim: number): boolean {
  return count >= 2 * trim + 1;
}

/**
 * Drops the `trim` lowest and `trim` highest scores (DESIGN §3 step 4). Equal scores are
 * dropped in input order. With too few scores nothing is dropped, so the caller's mean is
 * the plain mean rather than an error in the middle of a meeting.
 */
export function trimJuryScores(scores: readonly number[], trim: number): TrimmedJuryScores {
  assertTrim(trim);
  if (trim === 0 || !canTrim(scores.length, trim))
    return { kept: [...scores], dropped: [], droppedIndices: [] };
  const order = scores.map((_, index) => index).sort((a, b) => compareScores(scores, a, b));
  const droppedIndices = [...order.slice(0, trim), ...order.slice(order.length - trim)];
  const droppedSet = new Set(droppedIndices);
  return {
    kept: scores.filter((_, index) => !droppedSet.has(index)),
    dropped: droppedIndices.map((index) => scores[index] ?? 0),
    droppedIndices,
  };
}

/**
 * Combines one zone's jury scores for one indicator (DESIGN §3 step 4): mean, median, or
 * trimmed mean (falls back to the plain mean when fewer than 2·trim + 1 scores exist).
 * No scores → null, which the missing-data policy then handles.
 */
export function combineJuryScores(scores: readonly number[], combination: JuryCombination): number | null {
  if (scores.length === 0) return null;
  switch (combination.method) {
    case 'mean':
      return mean(scores);
    case 'median':
      return median(scores);
    case 'trimmed-mean':
      return mean(trimJuryScores(scores, combination.trim).kept);
  }
}

function mean(scores: readonly number[]): number {
  let sum = 0;
  for (const score of scores) sum += score;
  return sum / scores.length;
}

function median(scores: readonly number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? 0) + upper) / 2;
}

function compareScores(scores: readonly number[], a: number, b: number): number {
  return (scores[a] ?? 0) - (scores[b] ?? 0) || a - b;
}

function assertTrim(trim: number): void {
  if (!Number.isInteger(trim) || trim < 0) {
    throw new Error(`jury trim must be a whole number ≥ 0 (scores dropped from each end), got ${trim}`);
  }
}
