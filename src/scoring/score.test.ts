import { describe, expect, it } from 'vitest';
import { scoreZones } from './score';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildJuryScores,
  buildLeaf,
  buildScorecard,
  buildScoringInput,
  buildZone,
} from './testFixtures';
import type { ScoringInput } from './types';

/**
 * Three zones, two dimensions, worked by hand:
 *
 *   economy (3)   gdp (2, higher, minmax)      a 100 → 0    b 200 → 50   c 300 → 100
 *                 energy (1, lower, minmax)    a 10 → 100   b 30 → 0     c —  (skipped)
 *   innovation (1) patents (1, higher, minmax) a 50 → 100   b 50 → 100   c 20 → 0
 *                 pitch (1, jury, none)        a [80 90 70] → 80   b [60 100 90 95] → 92.5   c [70] → 70 (untrimmed)
 *
 *   economy     a 2/3·0 + 1/3·100 = 33.33   b 2/3·50 + 1/3·0 = 33.33   c gdp alone = 100
 *   innovation  a (100 + 80)/2 = 90          b (100 + 92.5)/2 = 96.25    c (0 + 70)/2 = 35
 *   total       a 3/4·33.33 + 1/4·90 = 47.5  b 25 + 24.0625 = 49.0625    c 75 + 8.75 = 83.75
 *
 *   coverage    a 1, b 1, c 1 − 3/4·1/3 = 0.75
 */
function exampleInput(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return buildScoringInput({
    scorecard: buildScorecard([
      buildGroup('economy', [buildLeaf('gdp', { weight: 2 }), buildLeaf('energy')], { weight: 3 }),
      buildGroup('innovation', [
        buildLeaf('patents'),
        buildLeaf('pitch', { normalisation: { method: 'none' } }),
      ]),
    ]),
    indicators: [
      buildIndicator('gdp'),
      buildIndicator('energy', { direction: 'lower' }),
      buildIndicator('patents'),
      buildJuryIndicator('pitch'),
    ],
    facts: [
      ...buildFacts('gdp', { a: 100, b: 200, c: 300 }),
      ...buildFacts('energy', { a: 10, b: 30, c: null }),
      ...buildFacts('patents', { a: 50, b: 50, c: 20 }),
    ],
    juryScores: [
      ...buildJuryScores('a', 'pitch', [80, 90, 70]),
      ...buildJuryScores('b', 'pitch', [60, 100, 90, 95]),
      ...buildJuryScores('c', 'pitch', [70]),
    ],
    ...overrides,
  });
}

function entity(input: ScoringInput, zoneId: string) {
  const found = scoreZones(input).entities.find((candidate) => candidate.zoneId === zoneId);
  if (!found) throw new Error(`no result for zone ${zoneId}`);
  return found;
}

describe('scoreZones', () => {
  it('scores and ranks the hand-worked example', () => {
    const ranking = scoreZones(exampleInput());
    expect(ranking.entities.map((result) => [result.zoneId, result.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ]);
    const totals = Object.fromEntries(ranking.entities.map((result) => [result.zoneId, result.total]));
    expect(totals.a).toBeCloseTo(47.5, 10);
    expect(totals.b).toBeCloseTo(49.0625, 10);
    expect(totals.c).toBeCloseTo(83.75, 10);
    expect(ranking).toMatchObject({ scorecardId: 'fixture-card', revision: 1, periodId: '2023' });
  });

  it('explains each node: score, re-weighted weight, share and contribution', () => {
    const c = entity(exampleInput(), 'c');
    expect(c.nodes.root).toMatchObject({ score: 83.75, weight: 1, share: 1, contribution: 83.75 });
    expect(c.nodes.economy).toMatchObject({ score: 100, weight: 0.75, share: 0.75, contribution: 75 });
    expect(c.nodes.gdp).toMatchObject({
      score: 100,
      weight: 1,
      share: 0.75,
      contribution: 75,
      isMissing: false,
    });
    expect(c.nodes.energy).toEqual({
      nodeId: 'energy',
      score: null,
      weight: 0,
      share: 0,
      contribution: 0,
      isMissing: true,
    });
    expect(c.nodes.pitch).toMatchObject({ score: 70, weight: 0.5, share: 0.125, contribution: 8.75 });
  });

  it('reports the data used and the rules that fired', () => {
    const c = entity(exampleInput(), 'c');
    expect(c.inputs.energy).toEqual({
      nodeId: 'energy',
      indicatorId: 'energy',
      rawValue: null,
      usesSampleData: false,
    });
    expect(c.inputs.pitch).toMatchObject({ rawValue: 70, juryCount: 1 });
    expect(c.flags).toEqual([
      { rule: 'missing', nodeId: 'energy', indicatorId: 'energy', treatment: 'skipped' },
      { rule: 'jury-untrimmed', nodeId: 'pitch', count: 1, trim: 1 },
    ]);
    expect(entity(exampleInput(), 'b').inputs.pitch?.droppedJuryScoreIds).toEqual([
      'j1/b/pitch',
      'j2/b/pitch',
    ]);
  });

  it('measures coverage with the nominal weights', () => {
    expect(entity(exampleInput(), 'a').coverage).toBe(1);
    expect(entity(exampleInput(), 'c').coverage).toBeCloseTo(0.75, 12);
    expect(entity(exampleInput(), 'c').hasSufficientData).toBe(true);
  });

  it('ranks a zone below the coverage threshold after the others and flags it', () => {
    const base = exampleInput();
    const input = {
      ...base,
      scorecard: { ...base.scorecard, missing: { policy: 'skip', minCoverage: 0.8 } },
    } as const;
    const ranking = scoreZones(input);
    expect(ranking.entities.map((result) => [result.zoneId, result.rank, result.hasSufficientData])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
      ['c', 3, false],
    ]);
    expect(ranking.entities[2]?.flags).toContainEqual({
      rule: 'insufficient-data',
      coverage: 0.75,
      minCoverage: 0.8,
    });
  });

  it('applies draft weights over the scorecard weights', () => {
    // innovation alone: a 90, b 96.25, c 35
    const input = exampleInput({ weights: { economy: 0 } });
    expect(entity(input, 'b').total).toBeCloseTo(96.25, 10);
    expect(entity(input, 'b').rank).toBe(1);
    expect(entity(input, 'c').rank).toBe(3);
  });

  it('counts a missing value as 0 under the zero policy', () => {
    const base = exampleInput();
    const input = {
      ...base,
      scorecard: { ...base.scorecard, missing: { policy: 'zero', minCoverage: 0.5 } },
    } as const;
    const c = entity(input, 'c');
    // economy 2/3·100 + 1/3·0 = 66.67; total 3/4·66.67 + 1/4·35 = 58.75
    expect(c.total).toBeCloseTo(58.75, 10);
    expect(c.nodes.energy).toMatchObject({ score: 0, isMissing: true });
    expect(c.flags).toContainEqual({
      rule: 'missing',
      nodeId: 'energy',
      indicatorId: 'energy',
      treatment: 'zero',
    });
    expect(c.coverage).toBeCloseTo(0.75, 12);
  });

  it('imputes the mean of the other zones under the mean policy', () => {
    const base = exampleInput();
    const input = {
      ...base,
      scorecard: { ...base.scorecard, missing: { policy: 'mean', minCoverage: 0.5 } },
    } as const;
    // energy mean of a 100 and b 0 = 50; economy 2/3·100 + 1/3·50 = 83.33; total 62.5 + 8.75 = 71.25
    expect(entity(input, 'c').total).toBeCloseTo(71.25, 10);
  });

  it('gives equal ranks to equal totals and keeps the input order among them', () => {
    const input = buildScoringInput({
      zones: ['a', 'b', 'c', 'd'].map((id) => buildZone(id)),
      facts: buildFacts('output', { a: 10, b: 30, c: 30, d: 20 }),
    });
    const ranking = scoreZones(input);
    expect(ranking.entities.map((result) => [result.zoneId, result.rank, result.isTied])).toEqual([
      ['b', 1, true],
      ['c', 1, true],
      ['d', 3, false],
      ['a', 4, false],
    ]);
  });

  it('ranks a zone without any data last with no total', () => {
    const input = buildScoringInput({ facts: buildFacts('output', { a: 1, b: 2, c: null }) });
    const c = entity(input, 'c');
    expect(c).toMatchObject({ total: null, rank: 3, coverage: 0, hasSufficientData: false });
    expect(c.nodes.root).toMatchObject({ score: null, contribution: 0, isMissing: true });
  });

  it('marks a zone whose jury scores include samples', () => {
    const input = exampleInput();
    const withSample = {
      ...input,
      juryScores: input.juryScores.map((score) => ({ ...score, isSample: score.zoneId === 'a' })),
    };
    expect(entity(withSample, 'a').usesSampleData).toBe(true);
    expect(entity(withSample, 'b').usesSampleData).toBe(false);
  });

  it('returns no entities for no zones', () => {
    expect(scoreZones(exampleInput({ zones: [] })).entities).toEqual([]);
  });

  it('names a leaf whose indicator does not exist', () => {
    expect(() => scoreZones(exampleInput({ indicators: [] }))).toThrow(
      'scorecard node "gdp" refers to indicator "gdp", which does not exist',
    );
  });

  it('rejects a scorecard that uses a node id twice', () => {
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output'), buildLeaf('output')]),
    });
    expect(() => scoreZones(input)).toThrow('node id "output" appears twice');
  });

  it('accepts a node id that is also an Object.prototype key', () => {
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('__proto__', { indicatorId: 'output' })]),
      facts: buildFacts('output', { a: 1, b: 2 }),
    });
    const b = entity(input, 'b');
    expect(Object.hasOwn(b.nodes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(b.nodes)).toBe(Object.prototype);
  });
});
