import { describe, expect, it } from 'vitest';
import { competitionRank, markTies, NOT_LEVEL, rankTotals, STILL_TIED, TIER_EXCLUDED } from './rank';

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

  it('never marks an entity without a rank', () => {
    expect(markTies([1, null, null])).toEqual([false, false, false]);
  });
});

describe('rankTotals', () => {
  const totals = Float64Array.from([80, 90, 80, 80, 70]);

  it('breaks ties on total with the chain: higher node score first, the next node if still level', () => {
    // a, c, d level on 80: node 1 puts c (60) ahead of a and d (50 each); node 2 puts d (9) ahead of a (5)
    const chain = [Float64Array.from([50, 0, 60, 50, 0]), Float64Array.from([5, 0, 1, 9, 0])];
    const outcome = rankTotals(totals, { tieBreak: chain });
    expect(Array.from(outcome.ranks)).toEqual([4, 1, 2, 3, 5]);
    expect(Array.from(outcome.order)).toEqual([1, 2, 3, 0, 4]);
    expect(Array.from(outcome.decidedBy)).toEqual([1, NOT_LEVEL, 0, 1, NOT_LEVEL]);
  });

  it('leaves entities tied when no node of the chain separates them', () => {
    const chain = [Float64Array.from([50, 0, 50, 60, 0])];
    const outcome = rankTotals(totals, { tieBreak: chain });
    expect(Array.from(outcome.ranks)).toEqual([3, 1, 3, 2, 5]);
    expect(Array.from(outcome.decidedBy)).toEqual([STILL_TIED, NOT_LEVEL, STILL_TIED, 0, NOT_LEVEL]);
  });

  it('ranks a missing tie-break score after a present one', () => {
    const outcome = rankTotals(Float64Array.from([1, 1]), { tieBreak: [Float64Array.from([Number.NaN, 0])] });
    expect(Array.from(outcome.ranks)).toEqual([2, 1]);
  });

  it('marks the group of entities level on total', () => {
    const outcome = rankTotals(totals);
    expect(Array.from(outcome.levelGroup)).toEqual([1, 0, 1, 1, 4]);
  });

  it('does not rank an excluded entity and lists it last', () => {
    const outcome = rankTotals(Float64Array.from([99, 50, 60]), { tiers: [TIER_EXCLUDED, 0, 0] });
    expect(Array.from(outcome.ranks)).toEqual([0, 2, 1]);
    expect(Array.from(outcome.order)).toEqual([2, 1, 0]);
    expect(outcome.levelGroup[0]).toBe(-1);
  });

  it('ranks a vetoed tier after an insufficient-data tier', () => {
    const outcome = rankTotals(Float64Array.from([99, 10, 50]), { tiers: [2, 1, 0] });
    expect(Array.from(outcome.ranks)).toEqual([3, 2, 1]);
  });
});
