import type { Direction, Normalisation } from './model';
import { presentSortedScratch } from './treat';

/** Per-cell outcome of a normalisation, besides the score. */
export const NORMALISE_OK = 0;
/** `goalposts`: the value lay outside [lo, hi] and was clipped to 0 or 100. */
export const NORMALISE_CLIPPED = 1;
/** `target`: completion above the cap scored 100·cap. */
export const NORMALISE_CAPPED = 2;
/** `target`: no usable target (none, or ≤ 0), so no score. */
export const NORMALISE_NO_TARGET = 3;

/** The default completion cap of `target` normalisation (120 %). */
export const DEFAULT_TARGET_CAP = 1.2;

export interface NormaliseContext {
  /** `target`: each entity's target (NaN = none), in the unit of the values. */
  targets?: ArrayLike<number>;
  /** `target`: the values already are actual ÷ target (target-completion, time-pace). */
  isRatio?: boolean;
  /** The values are logged (treatment): goalposts are logged too; `target` is refused. */
  isLogged?: boolean;
}

export interface NormalisedColumn {
  /** NaN = missing. */
  scores: Float64Array;
  /** NORMALISE_* per cell. */
  status: Uint8Array;
}

/**
 * Normalises one indicator's values across the scored entities to scores where higher is better
 * (DESIGN §3 step 3). NaN is missing, before and after; a non-finite value counts as missing. No
 * method yields NaN for a constant or empty column.
 */
export function normaliseValues(
  values: Float64Array,
  normalisation: Normalisation,
  direction: Direction,
  context: NormaliseContext = {},
): NormalisedColumn {
  const present = withoutInfinities(values);
  const status = new Uint8Array(values.length);
  const isHigher = direction === 'higher';
  switch (normalisation.method) {
    case 'minmax':
      return { scores: minMax(present, isHigher), status };
    case 'goalposts':
      return {
        scores: goalposts(present, normalisation, isHigher, context.isLogged === true, status),
        status,
      };
    case 'target':
      return { scores: targetCompletion(present, normalisation.cap, isHigher, context, status), status };
    case 'distance-to-leader':
      return { scores: distanceToLeader(present, isHigher), status };
    case 'zscore':
      return { scores: zScore(present, isHigher), status };
    case 'rank':
      return { scores: rankScore(present, isHigher, false), status };
    case 'percentile-rank':
      return { scores: rankScore(present, isHigher, true), status };
    case 'none':
      // The value already is a 0–100 score (a jury score): direction and clamping do not apply.
      return { scores: present === values ? new Float64Array(values) : present, status };
    default: {
      // Reachable from a hand-edited file: name what is wrong.
      const unknown: never = normalisation;
      throw new Error(`normalisation "${(unknown as { method?: unknown }).method}" is unknown`);
    }
  }
}

/** `normaliseValues` for plain arrays with null as missing (tests, small callers). */
export function normaliseColumn(
  values: readonly (number | null)[],
  normalisation: Normalisation,
  direction: Direction,
  context: NormaliseContext = {},
): (number | null)[] {
  const input = Float64Array.from(values, (value) => value ?? Number.NaN);
  return Array.from(normaliseValues(input, normalisation, direction, context).scores, (score) =>
    Number.isNaN(score) ? null : score,
  );
}

/**
 * 100·(x − min)/(max − min), or 100·(max − x)/(max − min) when lower is better.
 * A constant column scores 100 for every present value: nobody is behind, and 0/0 must not
 * become NaN.
 */
function minMax(values: Float64Array, isHigher: boolean): Float64Array {
  const { min, max } = range(values);
  const scores = new Float64Array(values.length).fill(Number.NaN);
  if (!(min <= max)) return scores;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    if (min === max) {
      scores[index] = 100;
      continue;
    }
    const ratio = fractionOfRange(value, min, max);
    scores[index] = 100 * (isHigher ? ratio : 1 - ratio);
  }
  return scores;
}

/**
 * HDI-style fixed goalposts: 100·(x − lo)/(hi − lo) (lower is better: 100·(hi − x)/(hi − lo)),
 * clipped to [0, 100]. With a log treatment the goalposts are logged too, so they stay in the
 * values' unit in the scorecard.
 */
function goalposts(
  values: Float64Array,
  normalisation: { lo: number; hi: number },
  isHigher: boolean,
  isLogged: boolean,
  status: Uint8Array,
): Float64Array {
  const { lo, hi } = normalisation;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi) || (isLogged && !(lo > 0))) {
    throw new Error(
      `goalposts need finite lo < hi${isLogged ? ' and lo > 0 (the values are logged)' : ''}, got lo ${lo} and hi ${hi}`,
    );
  }
  const low = isLogged ? Math.log(lo) : lo;
  const high = isLogged ? Math.log(hi) : hi;
  const scores = new Float64Array(values.length).fill(Number.NaN);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    const ratio = fractionOfRange(value, low, high);
    const score = 100 * (isHigher ? ratio : 1 - ratio);
    if (score < 0 || score > 100) status[index] = NORMALISE_CLIPPED;
    scores[index] = score < 0 ? 0 : score > 100 ? 100 : score;
  }
  return scores;
}

/**
 * 100·min(x / target, cap) with each entity's own target (cap default 1.2); lower is better:
 * 100·min(target / x, cap). Values that already are a completion ratio are not divided again.
 * A ratio ≤ 0 scores 0 (higher is better) or the cap (lower is better: at or below zero is the
 * best possible); no usable target (none, or ≤ 0) leaves the score missing.
 */
function targetCompletion(
  values: Float64Array,
  cap: number | undefined,
  isHigher: boolean,
  context: NormaliseContext,
  status: Uint8Array,
): Float64Array {
  const limit = cap ?? DEFAULT_TARGET_CAP;
  if (!(Number.isFinite(limit) && limit > 0)) throw new Error(`target cap must be a number > 0, got ${cap}`);
  if (context.isLogged) {
    throw new Error(
      'target normalisation cannot follow a log treatment: a logged value has no completion ratio',
    );
  }
  const scores = new Float64Array(values.length).fill(Number.NaN);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    let ratio = value;
    if (!context.isRatio) {
      const target = context.targets?.[index] ?? Number.NaN;
      if (!(Number.isFinite(target) && target > 0)) {
        status[index] = NORMALISE_NO_TARGET;
        continue;
      }
      ratio = value / target;
    }
    const completion = isHigher
      ? ratio <= 0
        ? 0
        : ratio
      : ratio <= 0
        ? Number.POSITIVE_INFINITY
        : 1 / ratio;
    if (completion > limit) status[index] = NORMALISE_CAPPED;
    scores[index] = 100 * Math.min(completion, limit);
  }
  return scores;
}

/**
 * 100·x / max (the leader scores 100), or 100·min / x when lower is better. Meant for
 * ratio-scale values ≥ 0 (counts, money): unlike min–max, the last of two reporting zones is not
 * pushed to 0, it keeps its proportion of the leader. Negative values score 0; a column whose
 * leader is 0 (higher is better) gives everyone 100, as nobody is ahead.
 */
function distanceToLeader(values: Float64Array, isHigher: boolean): Float64Array {
  const { min, max } = range(values);
  const scores = new Float64Array(values.length).fill(Number.NaN);
  if (!(min <= max)) return scores;
  const best = Math.max(min, 0);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    if (isHigher) scores[index] = max <= 0 ? 100 : (100 * Math.max(value, 0)) / max;
    else scores[index] = value <= best ? 100 : (100 * best) / value;
  }
  return scores;
}

/**
 * 50 + 10·z with z = (x − mean)/sd over the present values (population sd; lower is better:
 * 50 − 10·z). A constant column scores 50 for all. Sums run over the sorted values, so the
 * scores do not depend on the entities' order, and over values scaled by the largest magnitude,
 * so ±1e308 does not overflow (z does not change with scale).
 */
function zScore(values: Float64Array, isHigher: boolean): Float64Array {
  const scores = new Float64Array(values.length).fill(Number.NaN);
  const sorted = presentSortedScratch(values);
  const count = sorted.length;
  if (count === 0) return scores;
  const min = sorted[0] ?? 0;
  const max = sorted[count - 1] ?? 0;
  if (min === max) {
    for (let index = 0; index < values.length; index++)
      if (!Number.isNaN(values[index] ?? Number.NaN)) scores[index] = 50;
    return scores;
  }
  const scale = Math.max(Math.abs(min), Math.abs(max));
  let sum = 0;
  for (const value of sorted) sum += value / scale;
  const mean = sum / count;
  let squares = 0;
  for (const value of sorted) squares += (value / scale - mean) ** 2;
  const sd = Math.sqrt(squares / count);
  const sign = isHigher ? 10 : -10;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (!Number.isNaN(value)) scores[index] = 50 + (sign * (value / scale - mean)) / sd;
  }
  return scores;
}

/**
 * Rank scores over the present values, ties sharing (DESIGN §3 step 3). With n values, for each
 * one B = how many are strictly worse and E = how many are equal (itself included):
 * - `rank` (Borda count on 0–100): 100·(B + (E − 1)/2)/(n − 1) — the share of the other
 *   entities it beats, a tie counting half: the best alone scores 100, the worst alone 0;
 * - `percentile-rank` (mid-rank percentile): 100·(B + E/2)/n — the best of n scores 100·(n − ½)/n.
 * A constant column, and a lone value, score 50 on both.
 */
function rankScore(values: Float64Array, isHigher: boolean, isPercentile: boolean): Float64Array {
  const scores = new Float64Array(values.length).fill(Number.NaN);
  const sorted = presentSortedScratch(values);
  const count = sorted.length;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    const below = lowerBound(sorted, value);
    const notAbove = upperBound(sorted, value);
    const equal = notAbove - below;
    const worse = isHigher ? below : count - notAbove;
    if (isPercentile) scores[index] = (100 * (worse + equal / 2)) / count;
    else scores[index] = count === 1 ? 50 : (100 * (worse + (equal - 1) / 2)) / (count - 1);
  }
  return scores;
}

/** How many sorted values are < value. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many sorted values are ≤ value. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** (x − min)/(max − min), halving first when the span overflows (e.g. −1e308 … 1e308). */
function fractionOfRange(value: number, min: number, max: number): number {
  const span = max - min;
  if (Number.isFinite(span)) return (value - min) / span;
  return (value / 2 - min / 2) / (max / 2 - min / 2);
}

/** The values with ±Infinity as missing (NaN); the input itself when it has none, as is usual. */
function withoutInfinities(values: Float64Array): Float64Array {
  let hasInfinity = false;
  for (const value of values)
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) hasInfinity = true;
  if (!hasInfinity) return values;
  return values.map((value) => (Number.isFinite(value) ? value : Number.NaN));
}

/** min > max (both infinite) when no value is present. */
function range(values: Float64Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}
