/**
 * Seeded pseudo-random numbers for the robustness analysis (DESIGN §3, "Monte Carlo, seeded,
 * reproducible"). The engine never calls `Math.random`: a caller passes a seed, and the same seed
 * gives the same stream on every JavaScript engine (only 32-bit integer arithmetic and IEEE
 * doubles are used).
 */

/** A stream of uniform numbers in [0, 1). Each call advances the stream. */
export type Random = () => number;

/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that neighbouring seeds (1, 2, 3 …)
 * give unrelated streams. Any number is accepted as a seed; it is reduced to 32 bits.
 */
export function createRandom(seed: number): Random {
  let mix = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  const splitmix32 = () => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const next = xoshiro128StarStar([splitmix32(), splitmix32(), splitmix32(), splitmix32()]);
  return () => next() / 4294967296;
}

/**
 * The raw xoshiro128** generator: 32-bit unsigned outputs from a 128-bit state (four 32-bit words,
 * not all zero). Exported so tests can pin it to the reference implementation's outputs.
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = state.map((word) => word >>> 0) as [number, number, number, number];
  if ((a | b | c | d) === 0) throw new RangeError('xoshiro128** needs a state that is not all zero');
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotateLeft(d, 11);
    return result;
  };
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Uniform in [lo, hi). With lo === hi it returns exactly lo. */
export function uniform(random: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/** A standard normal variate (Marsaglia's polar method; the second variate is discarded for simplicity). */
export function standardNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * A Gamma(shape, 1) variate (mean = variance = shape): Marsaglia & Tsang (2000) for shape ≥ 1; for
 * shape < 1 the boost Gamma(a) = Gamma(a + 1) · U^(1/a), which can underflow to 0 for tiny shapes
 * (use `logGamma` there).
 */
export function gamma(random: Random, shape: number): number {
  checkShape(shape);
  if (shape >= 1) return gammaAtLeastOne(random, shape);
  // 1 − random() lies in (0, 1], so the power is never 0^negative.
  return gammaAtLeastOne(random, shape + 1) * (1 - random()) ** (1 / shape);
}

/**
 * The natural log of a Gamma(shape, 1) variate, from the same draws as `gamma`. Working in logs
 * keeps tiny shapes usable: for shape 0.001 the variate itself underflows to 0 most of the time,
 * its log does not.
 */
export function logGamma(random: Random, shape: number): number {
  checkShape(shape);
  if (shape >= 1) return Math.log(gammaAtLeastOne(random, shape));
  return Math.log(gammaAtLeastOne(random, shape + 1)) + Math.log(1 - random()) / shape;
}

function checkShape(shape: number): void {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`Gamma shape must be a finite number > 0, got ${shape}`);
  }
}

/** Marsaglia & Tsang's squeeze-and-reject sampler; shape ≥ 1, so the result is > 0 and finite. */
function gammaAtLeastOne(random: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    const xx = x * x;
    if (u < 1 - 0.0331 * xx * xx) return d * v;
    if (Math.log(u) < 0.5 * xx + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A Dirichlet(alphas) sample: non-negative shares that sum to 1 (up to rounding), with mean
 * alphas / Σ alphas. An alpha of 0 is a degenerate component that is always exactly 0; at least one
 * alpha must be > 0. With an alpha below 1 the components are normalised in log space, so tiny
 * alphas never yield NaN; otherwise the gamma variates are used directly (they cannot underflow).
 */
export function dirichlet(random: Random, alphas: readonly number[]): number[] {
  const count = alphas.length;
  const values = new Array<number>(count);
  let hasPositive = false;
  let isLogSpace = false;
  for (let index = 0; index < count; index++) {
    const alpha = alphas[index] ?? 0;
    if (alpha !== 0) hasPositive = true;
    if (alpha < 1 && alpha !== 0) isLogSpace = true;
  }
  if (!hasPositive) throw new RangeError('Dirichlet needs at least one alpha > 0');
  let sum = 0;
  if (isLogSpace) {
    let max = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < count; index++) {
      const alpha = alphas[index] ?? 0;
      const log = alpha === 0 ? Number.NEGATIVE_INFINITY : logGamma(random, alpha);
      values[index] = log;
      if (log > max) max = log;
    }
    for (let index = 0; index < count; index++) {
      const value = Math.exp((values[index] ?? 0) - max);
      values[index] = value;
      sum += value;
    }
  } else {
    for (let index = 0; index < count; index++) {
      const alpha = alphas[index] ?? 0;
      const value = alpha === 0 ? 0 : gamma(random, alpha);
      values[index] = value;
      sum += value;
    }
  }
  for (let index = 0; index < count; index++) values[index] = (values[index] ?? 0) / sum;
  return values;
}
