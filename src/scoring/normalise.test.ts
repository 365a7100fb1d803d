import { describe, expect, it } from 'vitest';
import type { Normalisation } from './model';
import {
  NORMALISE_CAPPED,
  NORMALISE_CLIPPED,
  NORMALISE_NO_TARGET,
  NORMALISE_OK,
  normaliseColumn,
  normaliseValues,
} from './normalise';

const minmax = { method: 'minmax' } as const;

describe('normaliseColumn', () => {
  it('maps min to 0 and max to 100 when higher is better', () => {
    expect(normaliseColumn([10, 20, 30], minmax, 'higher')).toEqual([0, 50, 100]);
  });

  it('inverts the scale when lower is better', () => {
    expect(normaliseColumn([10, 20, 30], minmax, 'lower')).toEqual([100, 50, 0]);
  });

  it('scores negative and fractional values on the same scale', () => {
    // min −2, max 6, span 8: −2 → 0, 0 → 25, 6 → 100
    expect(normaliseColumn([-2, 0, 6], minmax, 'higher')).toEqual([0, 25, 100]);
  });

  it('keeps nulls as null and scales the present values only', () => {
    expect(normaliseColumn([null, 5, null, 15], minmax, 'higher')).toEqual([null, 0, null, 100]);
  });

  it('gives 100 to every present value of a constant column, without NaN', () => {
    expect(normaliseColumn([7, null, 7], minmax, 'higher')).toEqual([100, null, 100]);
    expect(normaliseColumn([7, 7], minmax, 'lower')).toEqual([100, 100]);
  });

  it('returns all nulls for an all-null column', () => {
    expect(normaliseColumn([null, null], minmax, 'higher')).toEqual([null, null]);
    expect(normaliseColumn([], minmax, 'higher')).toEqual([]);
  });

  it('treats non-finite values as missing', () => {
    expect(normaliseColumn([Number.NaN, 0, 10, Number.POSITIVE_INFINITY], minmax, 'higher')).toEqual([
      null,
      0,
      100,
      null,
    ]);
  });

  it('does not overflow to NaN on a span wider than the largest double', () => {
    expect(normaliseColumn([-1e308, 0, 1e308], minmax, 'higher')).toEqual([0, 50, 100]);
  });

  it('passes values through unchanged with none, whatever the direction, without clamping', () => {
    expect(normaliseColumn([85, null, 120, -5], { method: 'none' }, 'lower')).toEqual([85, null, 120, -5]);
  });

  it('names a method it does not know', () => {
    const unknown = JSON.parse('{"method":"cube-root"}') as { method: 'none' };
    expect(() => normaliseColumn([1], unknown, 'higher')).toThrow('normalisation "cube-root" is unknown');
  });
});

describe('normaliseColumn: distance-to-leader', () => {
  const leader = { method: 'distance-to-leader' } as const;

  it('gives the leader 100 and the others their proportion of it', () => {
    // 高新区 33 and 金家岭 42 projects: 33/42 = 78.57…, not 0 as min–max would give
    expect(normaliseColumn([33, 42, null], leader, 'higher')).toEqual([(100 * 33) / 42, 100, null]);
  });

  it('scores lower-is-better values as best / x', () => {
    expect(normaliseColumn([2, 4, 8], leader, 'lower')).toEqual([100, 50, 25]);
  });

  it('scores negative values 0 and never yields NaN when the leader is 0', () => {
    expect(normaliseColumn([-5, 10], leader, 'higher')).toEqual([0, 100]);
    expect(normaliseColumn([0, 0], leader, 'higher')).toEqual([100, 100]);
    expect(normaliseColumn([0, 5], leader, 'lower')).toEqual([100, 0]);
  });
});

describe('normaliseColumn: goalposts', () => {
  const posts = { method: 'goalposts', lo: 0, hi: 200 } as const;

  it('scores 100·(x − lo)/(hi − lo) and clips to 0–100', () => {
    expect(normaliseColumn([50, 250, -10, null], posts, 'higher')).toEqual([25, 100, 0, null]);
  });

  it('reverses the scale when lower is better', () => {
    expect(normaliseColumn([50, 250, -10], posts, 'lower')).toEqual([75, 0, 100]);
  });

  it('marks the clipped values', () => {
    const { status } = normaliseValues(Float64Array.from([50, 250, -10]), posts, 'higher');
    expect(Array.from(status)).toEqual([NORMALISE_OK, NORMALISE_CLIPPED, NORMALISE_CLIPPED]);
  });

  it('logs the goalposts when the values are logged', () => {
    // ln 10 between ln 1 and ln 100 is half-way
    const [score] = normaliseColumn([Math.log(10)], { method: 'goalposts', lo: 1, hi: 100 }, 'higher', {
      isLogged: true,
    });
    expect(score).toBeCloseTo(50, 12);
  });

  it('rejects goalposts that are equal, reversed, or ≤ 0 under a log', () => {
    expect(() => normaliseColumn([1], { method: 'goalposts', lo: 5, hi: 5 }, 'higher')).toThrow(
      'goalposts need finite lo < hi, got lo 5 and hi 5',
    );
    expect(() =>
      normaliseColumn([1], { method: 'goalposts', lo: 0, hi: 5 }, 'higher', { isLogged: true }),
    ).toThrow('lo > 0 (the values are logged)');
  });
});

describe('normaliseColumn: target', () => {
  const target: Normalisation = { method: 'target' };
  const targets = Float64Array.from([100, 100, 160, Number.NaN]);

  it('scores 100·min(x / target, 1.2) with each entity’s own target', () => {
    expect(normaliseColumn([50, 150, 80, 10], target, 'higher', { targets })).toEqual([50, 120, 50, null]);
  });

  it('scores 100·min(target / x, cap) when lower is better, with a configurable cap', () => {
    expect(normaliseColumn([50, 200], { method: 'target', cap: 1.5 }, 'lower', { targets })).toEqual([
      150, 50,
    ]);
  });

  it('marks capped values and entities without a target', () => {
    const { status } = normaliseValues(Float64Array.from([50, 150, 80, 10]), target, 'higher', { targets });
    expect(Array.from(status)).toEqual([NORMALISE_OK, NORMALISE_CAPPED, NORMALISE_OK, NORMALISE_NO_TARGET]);
  });

  it('does not divide a value that already is a completion ratio', () => {
    expect(normaliseColumn([0.5, 2], target, 'higher', { isRatio: true })).toEqual([50, 120]);
  });

  it('scores a ratio ≤ 0 as 0, or as the cap when lower is better', () => {
    expect(normaliseColumn([-5], target, 'higher', { isRatio: true })).toEqual([0]);
    expect(normaliseColumn([0], target, 'lower', { isRatio: true })).toEqual([120]);
  });

  it('refuses a log treatment and a cap that is not > 0', () => {
    expect(() => normaliseColumn([1], target, 'higher', { isLogged: true })).toThrow('cannot follow a log');
    expect(() => normaliseColumn([1], { method: 'target', cap: 0 }, 'higher')).toThrow(
      'target cap must be a number > 0',
    );
  });
});

describe('normaliseColumn: zscore', () => {
  it('scores 50 + 10·z with the population standard deviation', () => {
    // mean 5, sd 2: 2 → z −1.5 → 35; 9 → z 2 → 70
    const scores = normaliseColumn([2, 4, 4, 4, 5, 5, 7, 9], { method: 'zscore' }, 'higher');
    expect(scores[0]).toBeCloseTo(35, 12);
    expect(scores[7]).toBeCloseTo(70, 12);
    expect(scores[4]).toBeCloseTo(50, 12);
  });

  it('turns the sign when lower is better', () => {
    expect(normaliseColumn([2, 4, 4, 4, 5, 5, 7, 9], { method: 'zscore' }, 'lower')[0]).toBeCloseTo(65, 12);
  });

  it('scores 50 for all in a constant column and for a lone value', () => {
    expect(normaliseColumn([0.1, 0.1, null, 0.1], { method: 'zscore' }, 'higher')).toEqual([
      50,
      50,
      null,
      50,
    ]);
    expect(normaliseColumn([7], { method: 'zscore' }, 'higher')).toEqual([50]);
  });

  it('does not overflow on values near the largest double', () => {
    const scores = normaliseColumn([-1e308, 1e308], { method: 'zscore' }, 'higher');
    expect(scores[0]).toBeCloseTo(40, 12);
    expect(scores[1]).toBeCloseTo(60, 12);
  });
});

describe('normaliseColumn: rank and percentile-rank', () => {
  it('gives Borda scores 100·(B + (E − 1)/2)/(n − 1), ties sharing', () => {
    expect(normaliseColumn([10, 20, 20, 40, null], { method: 'rank' }, 'higher')).toEqual([
      0,
      50,
      50,
      100,
      null,
    ]);
    expect(normaliseColumn([10, 20, 20, 40], { method: 'rank' }, 'lower')).toEqual([100, 50, 50, 0]);
  });

  it('gives mid-rank percentiles 100·(B + E/2)/n', () => {
    expect(normaliseColumn([10, 20, 20, 40], { method: 'percentile-rank' }, 'higher')).toEqual([
      12.5, 50, 50, 87.5,
    ]);
  });

  it('scores 50 for a constant column and a lone value', () => {
    expect(normaliseColumn([3, 3, 3], { method: 'rank' }, 'higher')).toEqual([50, 50, 50]);
    expect(normaliseColumn([3], { method: 'rank' }, 'higher')).toEqual([50]);
    expect(normaliseColumn([3, 3], { method: 'percentile-rank' }, 'lower')).toEqual([50, 50]);
  });
});

describe('normaliseColumn: every method', () => {
  const methods: Normalisation[] = [
    { method: 'minmax' },
    { method: 'goalposts', lo: 0, hi: 10 },
    { method: 'target' },
    { method: 'distance-to-leader' },
    { method: 'zscore' },
    { method: 'rank' },
    { method: 'percentile-rank' },
    { method: 'none' },
  ];

  it.each(methods)('$method gives the same finite score to every entity of a constant column', (method) => {
    for (const direction of ['higher', 'lower'] as const) {
      const scores = normaliseColumn([4, 4, null, 4], method, direction, { targets: [8, 8, 8, 8] });
      expect(scores[2]).toBeNull();
      expect(new Set(scores.filter((score) => score !== null)).size).toBe(1);
      expect(scores.every((score) => score === null || Number.isFinite(score))).toBe(true);
    }
  });

  it.each(methods)('$method returns nothing for an empty or all-missing column', (method) => {
    expect(normaliseColumn([], method, 'higher')).toEqual([]);
    expect(normaliseColumn([null, Number.NaN], method, 'higher', { targets: [1, 1] })).toEqual([null, null]);
  });
});
