import { describe, expect, it } from 'vitest';
import {
  aggregateArithmetic,
  aggregateChildren,
  aggregateGeometric,
  imputeColumn,
  imputeMissing,
  resolveSiblingWeights,
} from './aggregate';

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

describe('aggregateGeometric', () => {
  it('takes the weighted geometric mean: √(100 · 25) = 50', () => {
    const result = aggregateGeometric([100, 25], [0.5, 0.5]);
    expect(result.score).toBeCloseTo(50, 12);
    expect(result.weights).toEqual([0.5, 0.5]);
  });

  it('weighs by exponent: 16^¾ · 1^¼ = 8', () => {
    expect(aggregateGeometric([16, 1], [3, 1]).score).toBeCloseTo(8, 12);
  });

  it('raises a zero to the default floor 1, so √(1 · 100) = 10', () => {
    expect(aggregateGeometric([0, 100], [1, 1]).score).toBeCloseTo(10, 12);
  });

  it('makes the node 0 when a child is 0 and the floor is 0', () => {
    expect(aggregateGeometric([0, 100], [1, 1], 0).score).toBe(0);
  });

  it('raises a negative score to the floor', () => {
    expect(aggregateGeometric([-20, 100], [1, 1], 0).score).toBe(0);
    expect(aggregateGeometric([-20, 100], [1, 1]).score).toBeCloseTo(10, 12);
  });

  it('skips a missing child and re-weights the others: √(64 · 1) = 8', () => {
    const result = aggregateGeometric([64, null, 1], [1, 1, 1]);
    expect(result.score).toBeCloseTo(8, 12);
    expect(result.weights).toEqual([0.5, 0, 0.5]);
  });

  it('passes a lone child’s score through exactly', () => {
    expect(aggregateGeometric([null, 37], [1, 2]).score).toBeCloseTo(37, 12);
  });

  it('is missing when every child is missing', () => {
    expect(aggregateGeometric([null, null], [1, 1])).toEqual({ score: null, weights: [0, 0] });
  });

  it('rejects a floor that is negative or not a number', () => {
    expect(() => aggregateGeometric([1], [1], -1)).toThrow('geometricFloor must be a number ≥ 0, got -1');
  });
});

describe('aggregateChildren', () => {
  it('uses the arithmetic mean for an arithmetic node', () => {
    expect(aggregateChildren('arithmetic', [10, 30], [0.5, 0.5]).score).toBe(20);
  });

  it('uses the geometric mean for a geometric node, with its floor', () => {
    expect(aggregateChildren('geometric', [0, 100], [0.5, 0.5]).score).toBeCloseTo(10, 12);
    expect(aggregateChildren('geometric', [0, 100], [0.5, 0.5], 0).score).toBe(0);
  });

  it('names an aggregation it does not know', () => {
    const unknown = JSON.parse('"harmonic"') as 'arithmetic';
    expect(() => aggregateChildren(unknown, [10], [1])).toThrow('aggregation "harmonic" is unknown');
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

describe('imputeColumn', () => {
  it('imputes on a column with NaN as missing and leaves the input alone', () => {
    const scores = Float64Array.from([20, Number.NaN, 80]);
    expect(Array.from(imputeColumn(scores, 'mean'))).toEqual([20, 50, 80]);
    expect(Array.from(imputeColumn(scores, 'zero'))).toEqual([20, 0, 80]);
    expect(scores[1]).toBeNaN();
  });
});
