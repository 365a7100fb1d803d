import { describe, expect, it } from 'vitest';
import { competitionRank, markTies } from './rank';

describe('competitionRank', () => {
  it('ranks ties as 1, 2, 2, 4', () => {
    expect(competitionRank([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
  });

  it('ranks higher totals first whatever the input order', () => {
    expect(competitionRank([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
  });

  it('ranks entities without a total after all others, sharing a rank', () => {
    expect(competitionRank([null, 50, null, 0])).toEqual([3, 1, 3, 2]);
  });

  it('ranks on unrounded totals by default', () => {
    expect(competitionRank([86.44, 86.36])).toEqual([1, 2]);
  });

  it('ranks on totals rounded to the published precision when asked', () => {
    // both are shown as 86.4
    expect(competitionRank([86.44, 86.36, 86.46], { precision: 1 })).toEqual([2, 2, 1]);
  });

  it('ranks a later tier after every entity of an earlier tier', () => {
    expect(competitionRank([95, 60, 80, null], { tiers: [1, 0, 0, 0] })).toEqual([4, 2, 1, 3]);
  });

  it('ranks nobody for no entities', () => {
    expect(competitionRank([])).toEqual([]);
  });

  it('rejects a precision that is not a whole number of decimals', () => {
    expect(() => competitionRank([1], { precision: -1 })).toThrow('rank precision must be a whole number');
  });
});

describe('markTies', () => {
  it('marks every entity that shares its rank', () => {
    expect(markTies([1, 2, 2, 4])).toEqual([false, true, true, false]);
  });
});
