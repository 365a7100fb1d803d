import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canTrim, combineJuryScores, combineScoreList, trimJuryScores } from './jury';
import type { JuryCombination } from './model';

describe('trimJuryScores', () => {
  it('drops the lowest and the highest score', () => {
    expect(trimJuryScores([60, 70, 80, 90, 100], 1)).toEqual({
      kept: [70, 80, 90],
      dropped: [60, 100],
      droppedIndices: [0, 4],
    });
  });

  it('reports positions in the input, whatever its order', () => {
    expect(trimJuryScores([90, 100, 60, 80, 70], 1)).toEqual({
      kept: [90, 80, 70],
      dropped: [60, 100],
      droppedIndices: [2, 1],
    });
  });

  it('drops one of several equal extremes, the first in input order', () => {
    expect(trimJuryScores([80, 80, 90, 70, 70], 1)).toEqual({
      kept: [80, 80, 70],
      dropped: [70, 90],
      droppedIndices: [3, 2],
    });
  });

  it('drops two from each end with trim 2', () => {
    expect(trimJuryScores([1, 2, 3, 4, 5, 6, 7], 2).kept).toEqual([3, 4, 5]);
  });

  it('drops nothing when fewer than 2·trim + 1 scores exist', () => {
    expect(trimJuryScores([60, 100], 1)).toEqual({ kept: [60, 100], dropped: [], droppedIndices: [] });
    expect(trimJuryScores([1, 2, 3, 4], 2).dropped).toEqual([]);
  });

  it('drops nothing with trim 0', () => {
    expect(trimJuryScores([5, 1], 0).kept).toEqual([5, 1]);
  });

  it('rejects a negative or fractional trim', () => {
    expect(() => trimJuryScores([1, 2, 3], -1)).toThrow('jury trim must be a whole number ≥ 0');
    expect(() => trimJuryScores([1, 2, 3], 0.5)).toThrow('got 0.5');
  });
});

describe('canTrim', () => {
  it('needs at least one score left after trimming both ends', () => {
    expect(canTrim(3, 1)).toBe(true);
    expect(canTrim(2, 1)).toBe(false);
    expect(canTrim(1, 0)).toBe(true);
    expect(canTrim(0, 0)).toBe(false);
  });
});

describe('combineJuryScores', () => {
  it('takes the trimmed mean: [60, 70, 80, 90, 100] trim 1 → 80', () => {
    expect(combineJuryScores([60, 70, 80, 90, 100], { method: 'trimmed-mean', trim: 1 })).toBe(80);
  });

  it('falls back to the plain mean when there are too few scores to trim', () => {
    expect(combineJuryScores([60, 90], { method: 'trimmed-mean', trim: 1 })).toBe(75);
  });

  it('takes the mean', () => {
    expect(combineJuryScores([60, 70, 95], { method: 'mean' })).toBe(75);
  });

  it('takes the median of an odd and an even count', () => {
    expect(combineJuryScores([90, 60, 70], { method: 'median' })).toBe(70);
    expect(combineJuryScores([90, 60, 70, 100], { method: 'median' })).toBe(80);
  });

  it('returns null without scores', () => {
    expect(combineJuryScores([], { method: 'mean' })).toBeNull();
    expect(combineJuryScores([], { method: 'median' })).toBeNull();
    expect(combineJuryScores([], { method: 'trimmed-mean', trim: 1 })).toBeNull();
  });
});

describe('combineScoreList', () => {
  it('gives combineJuryScores’ result, to the bit, for any scores and combination', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true })), {
          maxLength: 9,
        }),
        fc.constantFrom<JuryCombination>(
          { method: 'mean' },
          { method: 'median' },
          { method: 'trimmed-mean', trim: 0 },
          { method: 'trimmed-mean', trim: 1 },
          { method: 'trimmed-mean', trim: 2 },
        ),
        (scores, combination) => {
          const records = scores.map((score) => ({ score }));
          expect(combineScoreList(records, combination)).toBe(combineJuryScores(scores, combination));
        },
      ),
    );
  });

  it('drops one of several equal extremes the way trimJuryScores does: [80, 80, 90, 70, 70] → 76.67', () => {
    const records = [80, 80, 90, 70, 70].map((score) => ({ score }));
    expect(combineScoreList(records, { method: 'trimmed-mean', trim: 1 })).toBe((80 + 80 + 70) / 3);
  });
});
