import type { Treatment } from './model';

/** Per-cell outcome of a treatment. */
export const TREAT_OK = 0;
/** Log of a value ≤ 0: the value became missing. */
export const TREAT_LOG_NON_POSITIVE = 1;
/** Winsorising moved the value to a quantile. */
export const TREAT_WINSORISED = 2;

export interface TreatedColumn {
  values: Float64Array;
  /** TREAT_* per cell. */
  status: Uint8Array;
}

/**
 * Applies a leaf's treatment to its selected values (DESIGN §3 step 2), log first, then
 * winsorising on the (logged) values. NaN = missing, before and after.
 * - `log`: natural log; a value ≤ 0 has none and becomes missing.
 * - `winsorise`: values below the `lower` quantile of the present values are raised to it, values
 *   above the `upper` quantile lowered to it (quantiles interpolate linearly between order
 *   statistics, like numpy's default and R's type 7).
 */
export function treatColumn(values: Float64Array, treatment: Treatment): TreatedColumn {
  assertTreatment(treatment);
  const treated = new Float64Array(values);
  const status = new Uint8Array(values.length);
  if (treatment.log) {
    for (let index = 0; index < treated.length; index++) {
      const value = treated[index] ?? Number.NaN;
      if (Number.isNaN(value)) continue;
      if (value > 0) {
        treated[index] = Math.log(value);
      } else {
        treated[index] = Number.NaN;
        status[index] = TREAT_LOG_NON_POSITIVE;
      }
    }
  }
  if (treatment.winsorise) {
    const sorted = presentSortedScratch(treated);
    if (sorted.length > 0) {
      const low = quantile(sorted, treatment.winsorise.lower);
      const high = quantile(sorted, treatment.winsorise.upper);
      for (let index = 0; index < treated.length; index++) {
        const value = treated[index] ?? Number.NaN;
        const clipped = value < low ? low : value > high ? high : value;
        if (clipped !== value && !Number.isNaN(value)) {
          treated[index] = clipped;
          status[index] = TREAT_WINSORISED;
        }
      }
    }
  }
  return { values: treated, status };
}

/** The present (non-NaN) values, ascending. */
export function presentSorted(values: Float64Array): Float64Array {
  let count = 0;
  for (const value of values) if (!Number.isNaN(value)) count++;
  const present = new Float64Array(count);
  let next = 0;
  for (const value of values) if (!Number.isNaN(value)) present[next++] = value;
  return present.sort();
}

/** Backs `presentSortedScratch` (grown as columns grow). */
let sortBuffer = new Float64Array(1024);

/**
 * `presentSorted` in a buffer shared by every call: valid until the next call, for a caller that
 * reads it at once (a column's quantiles, mean, ranks) — so a large run does not allocate a sorted
 * copy per column.
 */
export function presentSortedScratch(values: Float64Array): Float64Array {
  if (sortBuffer.length < values.length) sortBuffer = new Float64Array(values.length);
  let count = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    if (!Number.isNaN(value)) sortBuffer[count++] = value;
  }
  return sortAscending(sortBuffer.subarray(0, count));
}

/** Below this many values the built-in sort is as fast as the radix sort (measured on Node 20). */
const RADIX_MIN = 1500;
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
let radixKeys = new Uint32Array(0);
const radixCounts = new Int32Array(1 << RADIX_BITS);

/**
 * Sorts finite or infinite doubles (no NaN) in place into the order of `Float64Array#sort` (−0
 * before +0; equal values are the same bits otherwise, so stability does not matter), by an LSD
 * radix sort on the bits made order-preserving: several times faster than the built-in sort on
 * the thousands of values a large run's columns hold.
 */
function sortAscending(values: Float64Array): Float64Array {
  const count = values.length;
  if (count < RADIX_MIN) return values.sort();
  if (radixKeys.length < 4 * count) radixKeys = new Uint32Array(4 * count);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * count);
  // Keys as (low, high) word pairs, flipped so that unsigned order is numeric order.
  let source = radixKeys.subarray(0, 2 * count);
  let target = radixKeys.subarray(2 * count, 4 * count);
  for (let index = 0; index < count; index++) {
    const low = words[2 * index] ?? 0;
    const high = words[2 * index + 1] ?? 0;
    const isNegative = high >>> 31 === 1;
    source[2 * index] = isNegative ? ~low >>> 0 : low;
    source[2 * index + 1] = isNegative ? ~high >>> 0 : (high | 0x80000000) >>> 0;
  }
  for (let pass = 0; pass < 6; pass++) {
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * RADIX_BITS;
    radixCounts.fill(0);
    for (let index = 0; index < count; index++) {
      const digit = ((source[2 * index + word] ?? 0) >>> shift) & RADIX_MASK;
      radixCounts[digit] = (radixCounts[digit] ?? 0) + 1;
    }
    const first = ((source[word] ?? 0) >>> shift) & RADIX_MASK;
    if (radixCounts[first] === count) continue;
    let total = 0;
    for (let digit = 0; digit <= RADIX_MASK; digit++) {
      const size = radixCounts[digit] ?? 0;
      radixCounts[digit] = total;
      total += size;
    }
    for (let index = 0; index < count; index++) {
      const low = source[2 * index] ?? 0;
      const high = source[2 * index + 1] ?? 0;
      const digit = ((word === 0 ? low : high) >>> shift) & RADIX_MASK;
      const at = radixCounts[digit] ?? 0;
      radixCounts[digit] = at + 1;
      target[2 * at] = low;
      target[2 * at + 1] = high;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  for (let index = 0; index < count; index++) {
    const low = source[2 * index] ?? 0;
    const high = source[2 * index + 1] ?? 0;
    const wasNegative = high >>> 31 === 0;
    words[2 * index] = wasNegative ? ~low >>> 0 : low;
    words[2 * index + 1] = wasNegative ? ~high >>> 0 : (high & 0x7fffffff) >>> 0;
  }
  return values;
}

/** Quantile `q` (0–1) of ascending values, interpolating linearly between order statistics. */
export function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  const fraction = position - below;
  if (fraction === 0) return lower;
  const span = upper - lower;
  // A span wider than the largest double (−1e308 … 1e308) overflows; the weighted sum does not.
  return Number.isFinite(span) ? lower + span * fraction : lower * (1 - fraction) + upper * fraction;
}

function assertTreatment(treatment: Treatment): void {
  const bounds = treatment.winsorise;
  if (
    bounds &&
    !(
      Number.isFinite(bounds.lower) &&
      Number.isFinite(bounds.upper) &&
      bounds.lower >= 0 &&
      bounds.lower <= bounds.upper &&
      bounds.upper <= 1
    )
  ) {
    throw new Error(
      `winsorise quantiles must satisfy 0 ≤ lower ≤ upper ≤ 1, got lower ${bounds.lower} and upper ${bounds.upper}`,
    );
  }
}
