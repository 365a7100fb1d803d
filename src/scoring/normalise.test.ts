import { describe, expect, it } from 'vitest';
import { normaliseColumn } from './normalise';

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

  it('names the method it does not support yet', () => {
    expect(() => normaliseColumn([1], { method: 'zscore' }, 'higher')).toThrow(
      'normalisation "zscore" is not supported yet',
    );
    expect(() => normaliseColumn([1], { method: 'goalposts', lo: 0, hi: 1 }, 'higher')).toThrow(
      'normalisation "goalposts" is not supported yet',
    );
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
