import { describe, expect, it } from 'vitest';
import { aggregateArithmetic, aggregateChildren, imputeMissing, resolveSiblingWeights } from './aggregate';

describe('resolveSiblingWeights', () => {
  it('normalises raw weights to shares that sum to 1', () => {
    expect(resolveSiblingWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
  });

  it('counts every sibling equally when all weigh 0', () => {
    expect(resolveSiblingWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('counts a negative or non-finite weight as 0', () => {
    expect(resolveSiblingWeights([-3, 1, Number.NaN, 3])).toEqual([0, 0.25, 0, 0.75]);
  });

  it('returns nothing for no siblings', () => {
    expect(resolveSiblingWeights([])).toEqual([]);
  });
});

describe('aggregateArithmetic', () => {
  it('takes the weighted arithmetic mean', () => {
    // 0.5·80 + 0.25·40 + 0.25·20 = 55
    expect(aggregateArithmetic([80, 40, 20], [0.5, 0.25, 0.25])).toEqual({
      score: 55,
      weights: [0.5, 0.25, 0.25],
    });
  });

  it('skips a missing child and re-weights the others (weights 2:1:1, the second missing)', () => {
    // the remaining 2:1 become 2/3 and 1/3: 2/3·80 + 1/3·40 = 66.67
    const result = aggregateArithmetic([80, null, 40], [2, 1, 1]);
    expect(result.score).toBeCloseTo(200 / 3, 12);
    expect(result.weights[0]).toBeCloseTo(2 / 3, 15);
    expect(result.weights[1]).toBe(0);
    expect(result.weights[2]).toBeCloseTo(1 / 3, 15);
  });

  it('is missing when every child is missing', () => {
    expect(aggregateArithmetic([null, null], [1, 1])).toEqual({ score: null, weights: [0, 0] });
  });

  it('is missing when only zero-weight children have a score', () => {
    expect(aggregateArithmetic([null, 70], [1, 0])).toEqual({ score: null, weights: [0, 0] });
  });

  it('is missing without children', () => {
    expect(aggregateArithmetic([], [])).toEqual({ score: null, weights: [] });
  });
});

describe('aggregateChildren', () => {
  it('uses the arithmetic mean for an arithmetic node', () => {
    expect(aggregateChildren('arithmetic', [10, 30], [0.5, 0.5]).score).toBe(20);
  });

  it('does not support the geometric mean yet', () => {
    expect(() => aggregateChildren('geometric', [10], [1])).toThrow(
      'aggregation "geometric" is not supported yet',
    );
  });
});

describe('imputeMissing', () => {
  it('leaves nulls for skip-and-reweight', () => {
    expect(imputeMissing([50, null], 'skip')).toEqual([50, null]);
  });

  it('scores a missing value as 0', () => {
    expect(imputeMissing([50, null], 'zero')).toEqual([50, 0]);
  });

  it('imputes the mean of the entities that have a score', () => {
    expect(imputeMissing([20, null, 80, null], 'mean')).toEqual([20, 50, 80, 50]);
  });

  it('cannot impute a mean when nobody has a score', () => {
    expect(imputeMissing([null, null], 'mean')).toEqual([null, null]);
  });
});
