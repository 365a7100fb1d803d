import type { Aggregation, MissingPolicy } from './model';

/** Geometric nodes raise child scores below this to it unless the scorecard says otherwise. */
export const DEFAULT_GEOMETRIC_FLOOR = 1;

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
 * Aggregates a node's children (DESIGN §3 step 5) with the node's method: weighted arithmetic
 * mean (compensatory) or weighted geometric mean (non-compensatory). Both skip children without a
 * score and re-weight the rest (step 6).
 */
export function aggregateChildren(
  aggregation: Aggregation,
  scores: readonly (number | null)[],
  weights: readonly number[],
  geometricFloor: number = DEFAULT_GEOMETRIC_FLOOR,
): Aggregate {
  switch (aggregation) {
    case 'arithmetic':
      return aggregateArithmetic(scores, weights);
    case 'geometric':
      return aggregateGeometric(scores, weights, geometricFloor);
    default: {
      const unknown: never = aggregation;
      throw new Error(`aggregation "${String(unknown)}" is unknown; use "arithmetic" or "geometric"`);
    }
  }
}

/**
 * Weighted arithmetic mean with skip-and-reweight (DESIGN §3 steps 5–6): Σ uᵢ·sᵢ over the children
 * with a score, uᵢ = wᵢ / (their total weight). If those all weigh 0, the node has no weighted data
 * and is missing. Summing the used weights' products, as the contributions do, keeps a lone
 * child's score exact.
 */
export function aggregateArithmetic(
  scores: readonly (number | null)[],
  weights: readonly number[],
): Aggregate {
  const used = usedWeights(scores, weights);
  if (used === null) return { score: null, weights: scores.map(() => 0) };
  let total = 0;
  scores.forEach((score, index) => {
    if (score !== null && (used[index] ?? 0) > 0) total += (used[index] ?? 0) * score;
  });
  return { score: total, weights: used };
}

/**
 * Weighted geometric mean with skip-and-reweight: exp(Σ uᵢ·ln max(sᵢ, floor)), uᵢ the used weights
 * as for the arithmetic mean. Scores below
 * `floor` (negative ones included) are raised to it first, so with the default floor 1 a zero child
 * pulls the node down hard but not to 0; with floor 0 one zero child makes the node 0 — the
 * non-compensatory reading ("no strength makes up for a zero").
 */
export function aggregateGeometric(
  scores: readonly (number | null)[],
  weights: readonly number[],
  floor: number = DEFAULT_GEOMETRIC_FLOOR,
): Aggregate {
  assertGeometricFloor(floor);
  const used = usedWeights(scores, weights);
  if (used === null) return { score: null, weights: scores.map(() => 0) };
  let logSum = 0;
  scores.forEach((score, index) => {
    if (score !== null && (used[index] ?? 0) > 0)
      logSum += (used[index] ?? 0) * Math.log(score < floor ? floor : score);
  });
  return { score: Math.exp(logSum), weights: used };
}

export function assertGeometricFloor(floor: number, nodeId?: string): void {
  if (!(Number.isFinite(floor) && floor >= 0)) {
    const where = nodeId === undefined ? '' : ` of node "${nodeId}"`;
    throw new Error(`geometricFloor${where} must be a number ≥ 0, got ${floor}`);
  }
}

/** The weights renormalised over the children with a score; null when none of those weighs anything. */
function usedWeights(scores: readonly (number | null)[], weights: readonly number[]): number[] | null {
  let presentWeight = 0;
  scores.forEach((score, index) => {
    const weight = weights[index] ?? 0;
    if (score !== null && weight > 0) presentWeight += weight;
  });
  if (!(presentWeight > 0)) return null;
  return scores.map((score, index) => {
    const weight = weights[index] ?? 0;
    return score === null || !(weight > 0) ? 0 : weight / presentWeight;
  });
}

/**
 * Applies the scorecard's missing-data policy to one indicator's normalised scores across the
 * entities (DESIGN §3 step 6), before aggregation:
 * - `skip` leaves nulls for the aggregation to skip and re-weight;
 * - `zero` scores a missing value as 0;
 * - `mean` imputes the mean score of the entities that have one (nulls stay when none has).
 * The mean is summed in sorted order so the result does not depend on the order of the zones.
 */
export function imputeMissing(scores: readonly (number | null)[], policy: MissingPolicy): (number | null)[] {
  const values = Float64Array.from(scores, (score) => score ?? Number.NaN);
  return Array.from(imputeColumn(values, policy), (score) => (Number.isNaN(score) ? null : score));
}

/** `imputeMissing` on a column with NaN as missing; returns a new array. */
export function imputeColumn(scores: Float64Array, policy: MissingPolicy): Float64Array {
  return imputeInPlace(new Float64Array(scores), policy);
}

/** `imputeColumn` writing into `result` itself (for a column the caller owns). */
export function imputeInPlace(result: Float64Array, policy: MissingPolicy): Float64Array {
  if (policy === 'skip') return result;
  let fill = 0;
  if (policy === 'mean') {
    const present = result.filter((score) => !Number.isNaN(score)).sort();
    if (present.length === result.length) return result;
    let sum = 0;
    for (const score of present) sum += score;
    fill = present.length === 0 ? Number.NaN : sum / present.length;
  } else if (policy !== 'zero') {
    const unknown: never = policy;
    throw new Error(`missing-data policy "${String(unknown)}" is unknown; use "skip", "zero" or "mean"`);
  }
  for (let index = 0; index < result.length; index++) {
    if (Number.isNaN(result[index] ?? 0)) result[index] = fill;
  }
  return result;
}
