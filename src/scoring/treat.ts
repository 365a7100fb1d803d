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
    const sorted = presentSorted(treated);
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
