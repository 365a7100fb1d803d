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
  const droppedIndices = extremeIndices(scores, trim);
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

/**
 * Positions of the `trim` lowest then the `trim` highest scores, equal scores in input order.
 * An insertion sort: a jury has a handful of judges, and this runs for every zone × jury leaf.
 */
function extremeIndices(scores: readonly number[], trim: number): number[] {
  const order: number[] = [];
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index] ?? 0;
    let slot = order.length;
    while (slot > 0 && (scores[order[slot - 1] ?? 0] ?? 0) > score) slot--;
    order.splice(slot, 0, index);
  }
  return [...order.slice(0, trim), ...order.slice(order.length - trim)];
}

/** Reused by `combineScoreList`: which scores a trimmed mean drops (grown as juries grow). */
let dropMask = new Uint8Array(16);

/**
 * `combineJuryScores` straight from score records, without intermediate arrays: the engine runs
 * it for every zone × jury leaf. The trimmed mean drops what `trimJuryScores` drops — the `trim`
 * lowest (equal scores: the first in input order) and the `trim` highest (equal: the last) — and
 * sums the rest in input order, so the result has the same bits.
 */
export function combineScoreList(
  scores: readonly { score: number }[],
  combination: JuryCombination,
): number | null {
  const count = scores.length;
  if (count === 0) return null;
  if (combination.method === 'median') return median(scores.map((entry) => entry.score));
  const trim = combination.method === 'trimmed-mean' ? combination.trim : 0;
  if (trim === 0 || !canTrim(count, trim)) return sumOf(scores, null) / count;
  if (dropMask.length < count) dropMask = new Uint8Array(count * 2);
  const mask = dropMask.subarray(0, count);
  mask.fill(0);
  for (let round = 0; round < trim; round++) {
    let lowest = -1;
    let highest = -1;
    for (let index = 0; index < count; index++) {
      if (mask[index] === 1) continue;
      const score = scores[index]?.score ?? 0;
      if (lowest < 0 || score < (scores[lowest]?.score ?? 0)) lowest = index;
    }
    mask[lowest] = 1;
    for (let index = 0; index < count; index++) {
      if (mask[index] === 1) continue;
      const score = scores[index]?.score ?? 0;
      if (highest < 0 || score >= (scores[highest]?.score ?? 0)) highest = index;
    }
    mask[highest] = 1;
  }
  return sumOf(scores, mask) / (count - 2 * trim);
}

/**
 * `combineScoreList` on `values[start]` … `values[end − 1]` (one zone's scores of a jury index), with
 * the same operations in the same order, hence the same bits.
 */
export function combineScoreRange(
  values: Float64Array,
  start: number,
  end: number,
  combination: JuryCombination,
): number | null {
  const count = end - start;
  if (count <= 0) return null;
  if (combination.method === 'median') return median(Array.from(values.subarray(start, end)));
  const trim = combination.method === 'trimmed-mean' ? combination.trim : 0;
  if (trim === 0 || !canTrim(count, trim)) return sumRange(values, start, end, null) / count;
  if (dropMask.length < count) dropMask = new Uint8Array(count * 2);
  const mask = dropMask;
  mask.fill(0, 0, count);
  for (let round = 0; round < trim; round++) {
    let lowest = -1;
    let highest = -1;
    for (let index = 0; index < count; index++) {
      if (mask[index] === 1) continue;
      const score = values[start + index] ?? 0;
      if (lowest < 0 || score < (values[start + lowest] ?? 0)) lowest = index;
    }
    mask[lowest] = 1;
    for (let index = 0; index < count; index++) {
      if (mask[index] === 1) continue;
      const score = values[start + index] ?? 0;
      if (highest < 0 || score >= (values[start + highest] ?? 0)) highest = index;
    }
    mask[highest] = 1;
  }
  return sumRange(values, start, end, mask) / (count - 2 * trim);
}

function sumRange(values: Float64Array, start: number, end: number, skip: Uint8Array | null): number {
  let sum = 0;
  for (let index = start; index < end; index++) {
    if (skip === null || skip[index - start] !== 1) sum += values[index] ?? 0;
  }
  return sum;
}

function sumOf(scores: readonly { score: number }[], skip: Uint8Array | null): number {
  let sum = 0;
  for (let index = 0; index < scores.length; index++) {
    if (skip?.[index] !== 1) sum += scores[index]?.score ?? 0;
  }
  return sum;
}

/** Throws for a trimmed mean whose trim is not a whole number ≥ 0. */
export function assertJuryCombination(combination: JuryCombination): void {
  if (combination.method === 'trimmed-mean') assertTrim(combination.trim);
}

function assertTrim(trim: number): void {
  if (!Number.isInteger(trim) || trim < 0) {
    throw new Error(`jury trim must be a whole number ≥ 0 (scores dropped from each end), got ${trim}`);
  }
}
