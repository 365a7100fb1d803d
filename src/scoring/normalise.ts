import type { Direction, Normalisation } from './model';

/**
 * Normalises one indicator's raw values across the scored entities to scores where higher is
 * better (DESIGN §3 step 3). Nulls stay null; a non-finite value counts as missing, so no NaN
 * can reach the aggregation.
 *
 * v0 supports `minmax`, `distance-to-leader` and `none`; every other method throws until the full engine adds it.
 */
export function normaliseColumn(
  values: readonly (number | null)[],
  normalisation: Normalisation,
  direction: Direction,
): (number | null)[] {
  switch (normalisation.method) {
    case 'minmax':
      return normaliseMinMax(values, direction);
    case 'distance-to-leader':
      return normaliseDistanceToLeader(values, direction);
    case 'none':
      // The value already is a 0–100 score (a jury score): direction and clamping do not apply.
      return values.map(finiteOrNull);
    default:
      throw new Error(`normalisation "${normalisation.method}" is not supported yet`);
  }
}

/**
 * 100·(x − min)/(max − min), or 100·(max − x)/(max − min) when lower is better.
 * A constant column scores 100 for every present value: nobody is behind, and 0/0 must not
 * become NaN (DESIGN §3 step 3).
 */
function normaliseMinMax(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const present = values.map(finiteOrNull);
  const range = presentRange(present);
  if (range === null) return present;
  const { min, max } = range;
  if (min === max) return present.map((value) => (value === null ? null : 100));
  return present.map((value) => {
    if (value === null) return null;
    const ratio = fractionOfRange(value, min, max);
    return 100 * (direction === 'higher' ? ratio : 1 - ratio);
  });
}

/**
 * 100·x / max (the leader scores 100), or 100·min / x when lower is better. Meant for
 * ratio-scale values ≥ 0 (counts, money): unlike min–max, the last of two reporting zones is not
 * pushed to 0, it keeps its proportion of the leader. Negative values score 0; a column whose
 * leader is 0 (higher is better) gives everyone 100, as nobody is ahead.
 */
function normaliseDistanceToLeader(
  values: readonly (number | null)[],
  direction: Direction,
): (number | null)[] {
  const present = values.map(finiteOrNull);
  const range = presentRange(present);
  if (range === null) return present;
  if (direction === 'higher') {
    if (range.max <= 0) return present.map((value) => (value === null ? null : 100));
    return present.map((value) => (value === null ? null : (100 * Math.max(value, 0)) / range.max));
  }
  const best = Math.max(range.min, 0);
  return present.map((value) => {
    if (value === null) return null;
    if (value <= best) return 100;
    return (100 * best) / value;
  });
}

/** (x − min)/(max − min), halving first when the span overflows (e.g. −1e308 … 1e308). */
function fractionOfRange(value: number, min: number, max: number): number {
  const span = max - min;
  if (Number.isFinite(span)) return (value - min) / span;
  return (value / 2 - min / 2) / (max / 2 - min / 2);
}

function presentRange(values: readonly (number | null)[]): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value === null) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : null;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
