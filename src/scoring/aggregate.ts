import type { Aggregation, MissingPolicy } from './model';

export interface Aggregate {
  /** The node's score; null when no child with weight has a score. */
  score: number | null;
  /** Each child's weight as actually used: 0 when skipped, the others sum to 1. */
  weights: number[];
}

/**
 * Normalises sibling weights to shares that sum to 1 (DESIGN §3: "weights are normalised among
 * siblings"). A negative or non-finite weight counts as 0. When every sibling weighs 0 they count
 * equally: a user who drags every slider to zero still gets a ranking, not 0/0.
 */
export function resolveSiblingWeights(raw: readonly number[]): number[] {
  const clean = raw.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = clean.reduce((total, weight) => total + weight, 0);
  if (sum === 0) return clean.map(() => 1 / clean.length);
  return clean.map((weight) => weight / sum);
}

/**
 * Aggregates a node's children (DESIGN §3 step 5) with the node's method. v0 has the weighted
 * arithmetic mean only; the geometric mean throws until the full engine adds it.
 */
export function aggregateChildren(
  aggregation: Aggregation,
  scores: readonly (number | null)[],
  weights: readonly number[],
): Aggregate {
  if (aggregation !== 'arithmetic') throw new Error(`aggregation "${aggregation}" is not supported yet`);
  return aggregateArithmetic(scores, weights);
}

/**
 * Weighted arithmetic mean with skip-and-reweight (DESIGN §3 steps 5–6): children without a score
 * are left out and the remaining weights renormalised. If the children with a score all weigh 0,
 * the node has no weighted data and is missing itself.
 *
 * The score is summed as Σ share·score, the same products the contributions use, so the
 * contributions of the root's children add up to the total exactly.
 */
export function aggregateArithmetic(
  scores: readonly (number | null)[],
  weights: readonly number[],
): Aggregate {
  let presentWeight = 0;
  scores.forEach((score, index) => {
    if (score !== null) presentWeight += weights[index] ?? 0;
  });
  if (!(presentWeight > 0)) return { score: null, weights: scores.map(() => 0) };
  const used = scores.map((score, index) => (score === null ? 0 : (weights[index] ?? 0) / presentWeight));
  let total = 0;
  scores.forEach((score, index) => {
    if (score !== null) total += (used[index] ?? 0) * score;
  });
  return { score: total, weights: used };
}

/**
 * Applies the scorecard's missing-data policy to one indicator's normalised scores across the
 * entities (DESIGN §3 step 6), before aggregation:
 * - `skip` leaves nulls for `aggregateArithmetic` to skip and re-weight;
 * - `zero` scores a missing value as 0;
 * - `mean` imputes the mean score of the entities that have one (nulls stay when none has).
 * The mean is summed in sorted order so the result does not depend on the order of the zones.
 */
export function imputeMissing(scores: readonly (number | null)[], policy: MissingPolicy): (number | null)[] {
  switch (policy) {
    case 'skip':
      return [...scores];
    case 'zero':
      return scores.map((score) => score ?? 0);
    case 'mean': {
      const mean = orderIndependentMean(scores);
      return scores.map((score) => score ?? mean);
    }
  }
}

function orderIndependentMean(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  return present.reduce((total, score) => total + score, 0) / present.length;
}
