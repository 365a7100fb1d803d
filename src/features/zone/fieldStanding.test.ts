import { describe, expect, it } from 'vitest';
import { scoreZones } from '../../scoring/score';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildZone,
} from '../../scoring/testFixtures';
import { leafStandings, strengthsAndWeaknesses } from './fieldStanding';

// Three leaves scored `none` (the values are the scores); c has no `y`.
const input = {
  scorecard: buildScorecard(
    [
      buildGroup('d1', [
        buildLeaf('x', { normalisation: { method: 'none' } }),
        buildLeaf('y', { normalisation: { method: 'none' } }),
      ]),
      buildGroup('d2', [buildLeaf('z', { normalisation: { method: 'none' } })]),
    ],
    { missing: { policy: 'mean', minCoverage: 0 } },
  ),
  zones: ['a', 'b', 'c'].map((id) => buildZone(id)),
  indicators: ['x', 'y', 'z'].map((id) => buildIndicator(id)),
  facts: [
    ...buildFacts('x', { a: 90, b: 60, c: 30 }),
    ...buildFacts('y', { a: 40, b: 80, c: null }),
    ...buildFacts('z', { a: 50, b: 50, c: 50 }),
  ],
  juryScores: [],
};

describe('leafStandings', () => {
  it('ranks the zone’s leaves by score minus the field mean, with its place in the field', () => {
    const standings = leafStandings(scoreZones(input), input.scorecard.root, 'a');
    expect(
      standings.map((standing) => [standing.nodeId, standing.difference, standing.place, standing.count]),
    ).toEqual([
      ['x', 30, 1, 3],
      ['z', 0, 1, 3],
      ['y', -20, 2, 2],
    ]);
    expect(standings[0]?.fieldMean).toBe(60);
  });

  it('leaves out a leaf where the zone’s score was imputed and keeps it out of the field mean', () => {
    const standings = leafStandings(scoreZones(input), input.scorecard.root, 'c');
    expect(standings.map((standing) => standing.nodeId)).toEqual(['z', 'x']);
    const [b] = leafStandings(scoreZones(input), input.scorecard.root, 'b').filter((s) => s.nodeId === 'y');
    expect(b).toMatchObject({ fieldMean: 60, difference: 20, count: 2 });
  });

  it('is empty for an unknown zone', () => {
    expect(leafStandings(scoreZones(input), input.scorecard.root, 'nowhere')).toEqual([]);
  });
});

describe('strengthsAndWeaknesses', () => {
  it('takes leaves above the mean as strengths (best first) and below as weaknesses (worst first)', () => {
    const { strengths, weaknesses } = strengthsAndWeaknesses(
      leafStandings(scoreZones(input), input.scorecard.root, 'a'),
    );
    expect(strengths.map((standing) => standing.nodeId)).toEqual(['x']);
    expect(weaknesses.map((standing) => standing.nodeId)).toEqual(['y']);
  });
});
