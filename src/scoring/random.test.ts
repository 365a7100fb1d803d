import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  dirichlet,
  gamma,
  logGamma,
  standardNormal,
  uniform,
  xoshiro128StarStar,
} from './random';

function draw(count: number, sample: () => number): number[] {
  return Array.from({ length: count }, sample);
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function varianceOf(values: readonly number[]): number {
  const mean = meanOf(values);
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

describe('xoshiro128StarStar', () => {
  // Outputs of the reference C implementation (prng.di.unimi.it/xoshiro128starstar.c).
  it.each([
    [
      [1, 2, 3, 4],
      [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849],
    ],
    [
      [0x9e3779b9, 0xdeadbeef, 0x12345678, 0xffffffff],
      [1162347276, 1472368062, 4030867362, 95343704, 3497588558, 2613181304, 335718439, 992748718],
    ],
  ] as const)('matches the reference outputs from state %j', (state, expected) => {
    const next = xoshiro128StarStar(state);
    expect(draw(expected.length, next)).toEqual(expected);
  });

  it('refuses the all-zero state', () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('repeats the same stream for the same seed', () => {
    expect(draw(50, createRandom(42))).toEqual(draw(50, createRandom(42)));
  });

  it('gives unrelated streams for neighbouring seeds', () => {
    const one = draw(20, createRandom(1));
    const two = draw(20, createRandom(2));
    expect(one.filter((value, index) => value === two[index])).toEqual([]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = draw(20_000, createRandom(7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(meanOf(values)).toBeCloseTo(0.5, 2);
    const deciles = new Array<number>(10).fill(0);
    for (const value of values) deciles[Math.floor(value * 10)] = (deciles[Math.floor(value * 10)] ?? 0) + 1;
    for (const count of deciles) expect(Math.abs(count - 2_000)).toBeLessThan(200);
  });

  it('accepts any number as a seed', () => {
    for (const seed of [0, -1, 2 ** 40, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const value = createRandom(seed)();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('uniform', () => {
  it('draws from [lo, hi)', () => {
    const random = createRandom(11);
    const values = draw(5_000, () => uniform(random, 0.8, 1.2));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...values)).toBeLessThan(1.2);
    expect(meanOf(values)).toBeCloseTo(1, 2);
  });

  it('returns exactly lo when the range is empty', () => {
    const random = createRandom(3);
    expect(draw(100, () => uniform(random, 1, 1))).toEqual(new Array(100).fill(1));
  });
});

describe('standardNormal', () => {
  it('has mean 0 and variance 1', () => {
    const random = createRandom(5);
    const values = draw(40_000, () => standardNormal(random));
    expect(Math.abs(meanOf(values))).toBeLessThan(0.03);
    expect(Math.abs(varianceOf(values) - 1)).toBeLessThan(0.04);
  });
});

describe('gamma', () => {
  it.each([0.05, 0.3, 1, 2.5, 40, 1e6])('has mean and variance equal to the shape %d', (shape) => {
    const random = createRandom(Math.round(shape * 1000) + 1);
    const count = 40_000;
    const values = draw(count, () => gamma(random, shape));
    expect(values.every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
    // Five standard errors of the sample mean.
    expect(Math.abs(meanOf(values) - shape)).toBeLessThan(5 * Math.sqrt(shape / count));
    expect(Math.abs(varianceOf(values) / shape - 1)).toBeLessThan(0.1);
  });

  it('keeps tiny shapes finite in log space', () => {
    const random = createRandom(9);
    const logs = draw(1_000, () => logGamma(random, 1e-4));
    expect(logs.every(Number.isFinite)).toBe(true);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects the shape %d', (shape) => {
    expect(() => gamma(createRandom(1), shape)).toThrow(RangeError);
  });
});

describe('dirichlet', () => {
  it('has mean alphas / Σ alphas', () => {
    const random = createRandom(13);
    const alphas = [6, 3, 1];
    const samples = Array.from({ length: 20_000 }, () => dirichlet(random, alphas));
    alphas.forEach((alpha, index) => {
      const component = samples.map((shares) => shares[index] ?? Number.NaN);
      expect(meanOf(component)).toBeCloseTo(alpha / 10, 2);
    });
  });

  it('keeps a zero alpha at exactly zero', () => {
    const random = createRandom(17);
    for (let index = 0; index < 200; index++) expect(dirichlet(random, [2, 0, 3])[1]).toBe(0);
  });

  it('refuses alphas that are all zero', () => {
    expect(() => dirichlet(createRandom(1), [0, 0])).toThrow(RangeError);
  });

  it('returns non-negative shares that sum to 1, for any seed and alphas', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (seed, alphas) => {
          const shares = dirichlet(createRandom(seed), alphas);
          expect(shares).toHaveLength(alphas.length);
          expect(shares.every((share) => share >= 0 && share <= 1)).toBe(true);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
