import { describe, expect, it } from 'vitest';
import { buildZone } from '../../scoring/testFixtures';
import { buildScenarioRanks, largestMovers } from './buildScenarioRanks';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => buildZone(id)) as [
  ReturnType<typeof buildZone>,
  ReturnType<typeof buildZone>,
  ReturnType<typeof buildZone>,
  ReturnType<typeof buildZone>,
];

function ranking(...entries: [ReturnType<typeof buildZone>, number | null][]) {
  return entries.map(([zone, rank]) => ({ zone, rank }));
}

describe('buildScenarioRanks', () => {
  it('lines up each zone’s rank per scenario, largest movers first', () => {
    const rows = buildScenarioRanks([
      ranking([a, 1], [b, 2], [c, 3], [d, 4]),
      ranking([c, 1], [a, 2], [b, 3], [d, 4]),
      ranking([b, 1], [a, 2], [c, 3], [d, 4]),
    ]);
    expect(rows.map((row) => [row.zone.id, row.ranks, row.best, row.worst, row.spread])).toEqual([
      ['b', [2, 3, 1], 1, 3, 2],
      ['c', [3, 1, 3], 1, 3, 2],
      ['a', [1, 2, 2], 1, 2, 1],
      ['d', [4, 4, 4], 4, 4, 0],
    ]);
  });

  it('keeps ties as the scenario ranks them (1, 2, 2, 4)', () => {
    const rows = buildScenarioRanks([
      ranking([a, 1], [b, 2], [c, 2], [d, 4]),
      ranking([a, 1], [b, 2], [c, 2], [d, 4]),
    ]);
    expect(rows.every((row) => row.spread === 0)).toBe(true);
    expect(rows.map((row) => row.best)).toEqual([1, 2, 2, 4]);
  });

  it('measures the spread over the scenarios that rank a zone, and shows the others as unranked', () => {
    const rows = buildScenarioRanks([
      ranking([a, 1], [b, 2]),
      ranking([a, null], [b, 1]),
      ranking([a, 3], [b, 2]),
    ]);
    const lineA = rows.find((row) => row.zone.id === 'a');
    expect(lineA).toMatchObject({ ranks: [1, null, 3], best: 1, worst: 3, spread: 2 });
  });

  it('includes a zone missing from some scenarios', () => {
    const rows = buildScenarioRanks([ranking([a, 1]), ranking([a, 1], [b, 2])]);
    expect(rows.find((row) => row.zone.id === 'b')?.ranks).toEqual([null, 2]);
  });

  it('returns nothing for no scenarios', () => {
    expect(buildScenarioRanks([])).toEqual([]);
  });
});

describe('largestMovers', () => {
  it('names at most `count` zones that move, none when every place holds', () => {
    const moving = buildScenarioRanks([ranking([a, 1], [b, 2], [c, 3]), ranking([c, 1], [b, 2], [a, 3])]);
    expect(largestMovers(moving, 1).map((row) => row.zone.id)).toEqual(['a']);
    expect(largestMovers(moving).map((row) => row.zone.id)).toEqual(['a', 'c']);
    const still = buildScenarioRanks([ranking([a, 1], [b, 2]), ranking([a, 1], [b, 2])]);
    expect(largestMovers(still)).toEqual([]);
  });
});
