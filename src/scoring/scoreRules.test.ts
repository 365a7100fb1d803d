import { describe, expect, it } from 'vitest';
import type { Indicator, Scorecard } from './model';
import { prepareScoring, rankPrepared, scorePrepared, scoreZones } from './score';
import {
  buildFact,
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildPeriod,
  buildPointEvent,
  buildScorecard,
  buildScoringInput,
  buildTarget,
  buildZone,
  FIXTURE_YEAR,
  text,
} from './testFixtures';
import type { EntityResult, Ranking, ScoringInput } from './types';

/** DESIGN §3 steps 1–3 and 5–9 through the whole engine, each with hand-computed expectations. */

function byZone(ranking: Ranking): Record<string, EntityResult> {
  return Object.fromEntries(ranking.entities.map((entity) => [entity.zoneId, entity]));
}

function ranksOf(ranking: Ranking): [string, number | null][] {
  return ranking.entities.map((entity) => [entity.zoneId, entity.rank]);
}

const none = { method: 'none' } as const;
const Q1 = buildPeriod('2023Q1', '2023-01-01', '2023-03-31');
const LAST_Q1 = buildPeriod('2022Q1', '2022-01-01', '2022-03-31');

describe('scoreZones: value selection', () => {
  it('scores time-pace (序时进度) against the year target at the as-of date and explains its inputs', () => {
    // a: (33 / 230) / (104 / 365) = 0.50355…, goalposts 0–1 → 50.355…; b has no target
    const input = buildScoringInput({
      scorecard: buildScorecard(
        [
          buildLeaf('output', {
            value: { kind: 'time-pace' },
            normalisation: { method: 'goalposts', lo: 0, hi: 1 },
          }),
        ],
        { periodId: '2023Q1', missing: { policy: 'skip', minCoverage: 0 } },
      ),
      zones: [buildZone('a'), buildZone('b')],
      facts: [
        buildFact('a', 'output', 33, { periodId: '2023Q1' }),
        buildFact('b', 'output', 42, { periodId: '2023Q1' }),
      ],
      targets: [buildTarget('a', 'output', 230)],
      periods: [FIXTURE_YEAR, Q1],
      asOf: '2023-04-14',
    });
    const { a, b } = byZone(scoreZones(input));
    expect(a?.total).toBeCloseTo((100 * 33 * 365) / (230 * 104), 10);
    expect(a?.inputs.output).toEqual({
      nodeId: 'output',
      indicatorId: 'output',
      rawValue: 33 / 230 / (104 / 365),
      factId: 'a/output/2023Q1',
      factValue: 33,
      targetId: 'a/output/2023',
      targetValue: 230,
      elapsedShare: 104 / 365,
      usesSampleData: false,
    });
    expect(b?.flags).toEqual([
      { rule: 'no-target', nodeId: 'output', indicatorId: 'output' },
      { rule: 'missing', nodeId: 'output', indicatorId: 'output', treatment: 'skipped' },
    ]);
  });

  it('throws a clear error for time-pace without an as-of date', () => {
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { value: { kind: 'time-pace' } })]),
    });
    expect(() => scoreZones(input)).toThrow('needs the as-of date');
  });

  it('scores growth over the same period a year earlier and names the base fact', () => {
    // a: 150 / 100 − 1 = 0.5, b: 90 / 100 − 1 = −0.1; min–max → 100 and 0; c has no base
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { value: { kind: 'growth' } })], { periodId: '2023Q1' }),
      facts: [
        ...[
          ['a', 150],
          ['b', 90],
          ['c', 70],
        ].map(([zone, value]) => buildFact(String(zone), 'output', Number(value), { periodId: '2023Q1' })),
        buildFact('a', 'output', 100, { periodId: '2022Q1' }),
        buildFact('b', 'output', 100, { periodId: '2022Q1' }),
      ],
      periods: [Q1, LAST_Q1],
    });
    const { a, b, c } = byZone(scoreZones(input));
    expect([a?.total, b?.total, c?.total]).toEqual([100, 0, null]);
    expect(a?.inputs.output).toMatchObject({
      rawValue: 0.5,
      factValue: 150,
      baseFactId: 'a/output/2022Q1',
      baseValue: 100,
    });
    expect(c?.flags[0]).toEqual({
      rule: 'no-base',
      nodeId: 'output',
      indicatorId: 'output',
      basePeriodId: '2022Q1',
    });
  });
});

describe('scoreZones: treatment', () => {
  it('logs before min–max and drops a value ≤ 0 with a flag', () => {
    // ln 1 = 0, ln 10, ln 100 = 2·ln 10 → 0, 50, 100; d's 0 has no log
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { treatment: { log: true } })]),
      zones: ['a', 'b', 'c', 'd'].map((id) => buildZone(id)),
      facts: buildFacts('output', { a: 1, b: 10, c: 100, d: 0 }),
    });
    const { a, b, c, d } = byZone(scoreZones(input));
    expect(a?.total).toBe(0);
    expect(b?.total).toBeCloseTo(50, 12);
    expect(c?.total).toBe(100);
    expect(d?.total).toBeNull();
    expect(d?.inputs.output).toMatchObject({ rawValue: 0, treatedValue: null });
    expect(d?.flags[0]).toEqual({
      rule: 'log-non-positive',
      nodeId: 'output',
      indicatorId: 'output',
      value: 0,
    });
  });

  it('winsorises an outlier so it no longer stretches the scale', () => {
    // quantiles 0–0.5 of 10, 20, 30, 1000: the upper one is 25, so 30 and 1000 both score 100
    const input = buildScoringInput({
      scorecard: buildScorecard([
        buildLeaf('output', { treatment: { winsorise: { lower: 0, upper: 0.5 } } }),
      ]),
      zones: ['a', 'b', 'c', 'd'].map((id) => buildZone(id)),
      facts: buildFacts('output', { a: 10, b: 20, c: 30, d: 1000 }),
    });
    const { a, b, d } = byZone(scoreZones(input));
    expect([a?.total, d?.total]).toEqual([0, 100]);
    expect(b?.total).toBeCloseTo(200 / 3, 12);
    expect(d?.flags).toEqual([
      { rule: 'winsorised', nodeId: 'output', indicatorId: 'output', from: 1000, to: 25 },
    ]);
    expect(d?.inputs.output).toMatchObject({ rawValue: 1000, treatedValue: 25 });
  });
});

describe('scoreZones: target normalisation', () => {
  it('scores 100·min(x / target, 1.2) with each zone’s target and flags the cap and a missing target', () => {
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { normalisation: { method: 'target' } })]),
      facts: buildFacts('output', { a: 50, b: 150, c: 80 }),
      targets: [buildTarget('a', 'output', 100), buildTarget('b', 'output', 100)],
      periods: [FIXTURE_YEAR],
    });
    const { a, b, c } = byZone(scoreZones(input));
    expect([a?.total, b?.total, c?.total]).toEqual([50, 120, null]);
    expect(a?.inputs.output).toMatchObject({ targetId: 'a/output/2023', targetValue: 100 });
    expect(b?.flags).toEqual([{ rule: 'target-capped', nodeId: 'output', indicatorId: 'output', cap: 1.2 }]);
    expect(c?.flags[0]).toEqual({ rule: 'no-target', nodeId: 'output', indicatorId: 'output' });
  });
});

describe('scoreZones: geometric aggregation', () => {
  const indicators = ['x', 'y', 'z'].map((id) => buildIndicator(id));
  function input(geometricFloor?: number): ScoringInput {
    return buildScoringInput({
      scorecard: buildScorecard([
        buildGroup('g', [buildLeaf('x', { normalisation: none }), buildLeaf('y', { normalisation: none })], {
          aggregation: 'geometric',
          ...(geometricFloor === undefined ? {} : { geometricFloor }),
        }),
        buildGroup('h', [buildLeaf('z', { normalisation: none })]),
      ]),
      zones: [buildZone('a'), buildZone('b')],
      indicators,
      facts: [
        ...buildFacts('x', { a: 100, b: 0 }),
        ...buildFacts('y', { a: 25, b: 100 }),
        ...buildFacts('z', { a: 80, b: 80 }),
      ],
    });
  }

  it('takes √(100 · 25) = 50 and splits its contribution among the children by weight', () => {
    // a: g 50, h 80, total 65; g contributes 25, x and y 12.5 each
    const { a } = byZone(scoreZones(input()));
    expect(a?.total).toBeCloseTo(65, 12);
    expect(a?.nodes.g).toMatchObject({ weight: 0.5, share: 0.5, aggregation: 'geometric' });
    expect(a?.nodes.g?.score).toBeCloseTo(50, 12);
    expect(a?.nodes.g?.contribution).toBeCloseTo(25, 12);
    expect(a?.nodes.x?.contribution).toBeCloseTo(12.5, 12);
    expect(a?.nodes.y?.contribution).toBeCloseTo(12.5, 12);
  });

  it('raises a zero to the floor 1 by default (√(1 · 100) = 10), and to 0 with floor 0', () => {
    expect(byZone(scoreZones(input())).b?.nodes.g?.score).toBeCloseTo(10, 12);
    expect(byZone(scoreZones(input(0))).b?.nodes.g?.score).toBe(0);
    expect(byZone(scoreZones(input(0))).b?.total).toBe(40);
  });

  it('splits in proportion to weight × score below a geometric root, so every group still adds up', () => {
    // root √(60 · 15) = 30; each dimension 15; in dim-a p 15·40/60 = 10 and q 5
    const nested = buildScoringInput({
      scorecard: buildScorecard([], {
        root: buildGroup(
          'root',
          [
            buildGroup('dim-a', [
              buildLeaf('p', { normalisation: none }),
              buildLeaf('q', { normalisation: none }),
            ]),
            buildGroup('dim-b', [buildLeaf('r', { normalisation: none })]),
          ],
          { aggregation: 'geometric' },
        ),
      }),
      zones: [buildZone('a')],
      indicators: ['p', 'q', 'r'].map((id) => buildIndicator(id)),
      facts: [...buildFacts('p', { a: 80 }), ...buildFacts('q', { a: 40 }), ...buildFacts('r', { a: 15 })],
    });
    const { a } = byZone(scoreZones(nested));
    expect(a?.total).toBeCloseTo(30, 12);
    expect(a?.nodes['dim-a']?.contribution).toBeCloseTo(15, 12);
    expect(a?.nodes.p?.contribution).toBeCloseTo(10, 12);
    expect(a?.nodes.q?.contribution).toBeCloseTo(5, 12);
    expect(a?.nodes.r?.contribution).toBeCloseTo(15, 12);
  });

  it('rejects a negative floor, naming the node', () => {
    expect(() => scoreZones(input(-1))).toThrow('geometricFloor of node "g" must be a number ≥ 0');
  });
});

describe('scoreZones: coefficient and points', () => {
  const award: Indicator = buildIndicator('award', { kind: 'bonus', unit: '分' });
  function input(points?: Scorecard['points']): ScoringInput {
    return buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { normalisation: none })], {
        coefficients: { byCategory: { 'hi-tech': 1.1 }, byZone: { c: 1.25 } },
        ...(points === undefined ? {} : { points }),
      }),
      zones: [buildZone('a'), buildZone('b'), buildZone('c', { categoryId: 'finance' })],
      indicators: [buildIndicator('output'), award],
      facts: [...buildFacts('output', { a: 80, b: 80, c: 60 }), buildFact('c', 'award', 2)],
      periods: [FIXTURE_YEAR],
      asOf: '2023-04-14',
      pointEvents: [
        buildPointEvent('a', 3, '2023-02-01', { id: 'a1' }),
        buildPointEvent('a', 4, '2023-03-01', { id: 'a2' }),
        buildPointEvent('b', -2, '2023-03-01', { id: 'b1' }),
        buildPointEvent('c', 9, '2022-12-31', { id: 'too-early' }),
      ],
    });
  }

  it('computes coefficient × aggregate + bonus − deduction, each capped', () => {
    // a 1.1·80 + min(7, 5) = 93; b 1.1·80 − 2 = 86; c 1.25·60 + 2 (the award fact) = 77
    const { a, b, c } = byZone(scoreZones(input({ bonusCap: 5, deductionCap: 5 })));
    expect(a).toMatchObject({ aggregate: 80, coefficient: 1.1, bonus: 5, deduction: 0 });
    expect(a?.total).toBeCloseTo(93, 12);
    expect(b?.total).toBeCloseTo(86, 12);
    expect(c?.total).toBe(77);
    expect(a?.flags).toEqual([
      { rule: 'coefficient', coefficient: 1.1, source: 'category' },
      { rule: 'points', bonus: 7, deduction: 0, eventIds: ['a1', 'a2'], factIds: [] },
      { rule: 'capped', kind: 'bonus', points: 7, cap: 5 },
    ]);
    expect(c?.flags).toEqual([
      { rule: 'coefficient', coefficient: 1.25, source: 'zone' },
      { rule: 'points', bonus: 2, deduction: 0, eventIds: [], factIds: ['c/award/2023'] },
    ]);
  });

  it('adds the points uncapped when the scorecard sets no caps', () => {
    expect(byZone(scoreZones(input())).a?.total).toBeCloseTo(95, 12);
  });

  it('keeps the contributions in aggregate points: the root’s is the aggregate', () => {
    const { a } = byZone(scoreZones(input()));
    expect(a?.nodes.root?.contribution).toBe(80);
  });
});

describe('scoreZones: veto', () => {
  function input(vetoMode?: Scorecard['vetoMode']): ScoringInput {
    // a leads on output but had an accident; c has no data (insufficient)
    return buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output')], {
        vetoes: [
          {
            id: 'safety',
            indicatorId: 'accidents',
            when: { op: '>', value: 0 },
            reason: text('重大安全事故'),
          },
        ],
        ...(vetoMode === undefined ? {} : { vetoMode }),
      }),
      indicators: [buildIndicator('output'), buildIndicator('accidents', { kind: 'veto' })],
      facts: [...buildFacts('output', { a: 100, b: 50 }), ...buildFacts('accidents', { a: 1, b: 0 })],
    });
  }

  it('ranks a vetoed zone after everyone, insufficient data included, and says why', () => {
    const ranking = scoreZones(input());
    expect(ranksOf(ranking)).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
    const { a } = byZone(ranking);
    expect(a).toMatchObject({
      isVetoed: true,
      isExcluded: false,
      vetoReasons: [text('重大安全事故')],
      total: 100,
    });
    expect(a?.flags).toContainEqual({
      rule: 'vetoed',
      ruleId: 'safety',
      indicatorId: 'accidents',
      value: 1,
      reason: text('重大安全事故'),
    });
  });

  it('leaves a vetoed zone unranked and last under vetoMode exclude', () => {
    const ranking = scoreZones(input('exclude'));
    expect(ranksOf(ranking)).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', null],
    ]);
    expect(byZone(ranking).a).toMatchObject({ isExcluded: true, isTied: false });
    expect(rankPrepared(prepareScoring(input('exclude'))).ranks).toEqual([null, 1, 2]);
  });

  it('names a rule whose indicator does not exist', () => {
    const bad = input();
    bad.indicators = [buildIndicator('output')];
    expect(() => scoreZones(bad)).toThrow(
      'veto rule "safety" refers to indicator "accidents", which does not exist',
    );
  });
});

describe('scoreZones: ranking rules', () => {
  it('ranks on totals rounded to the published precision', () => {
    // 86.44 and 86.36 both read 86.4
    const input = buildScoringInput({
      scorecard: buildScorecard([buildLeaf('output', { normalisation: none })], {
        ranking: { precision: 1 },
      }),
      facts: buildFacts('output', { a: 86.44, b: 86.36, c: 80 }),
    });
    expect(scoreZones(input).entities.map((entity) => [entity.zoneId, entity.rank, entity.isTied])).toEqual([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 3, false],
    ]);
  });

  function tied(tieBreak: string[]): ScoringInput {
    // every total is 70: p 80/60, q 60/80, r 70/70, s 60/80
    return buildScoringInput({
      scorecard: buildScorecard(
        [
          buildGroup('dim-a', [buildLeaf('x', { normalisation: none })]),
          buildGroup('dim-b', [buildLeaf('y', { normalisation: none })]),
        ],
        { ranking: { tieBreak } },
      ),
      zones: ['p', 'q', 'r', 's'].map((id) => buildZone(id)),
      indicators: [buildIndicator('x'), buildIndicator('y')],
      facts: [
        ...buildFacts('x', { p: 80, q: 60, r: 70, s: 60 }),
        ...buildFacts('y', { p: 60, q: 80, r: 70, s: 80 }),
      ],
    });
  }

  it('breaks a tie on total with the chain and flags the node that decided', () => {
    const ranking = scoreZones(tied(['dim-a', 'dim-b']));
    expect(ranksOf(ranking)).toEqual([
      ['p', 1],
      ['r', 2],
      ['q', 3],
      ['s', 3],
    ]);
    const { p, q } = byZone(ranking);
    expect(p?.flags).toEqual([{ rule: 'tie-break', nodeId: 'dim-a', tiedZoneIds: ['r', 'q', 's'] }]);
    expect(q?.flags).toEqual([{ rule: 'tie-break', nodeId: null, tiedZoneIds: ['p', 'r', 's'] }]);
    expect(q?.isTied).toBe(true);
  });

  it('uses the next node of the chain when the first leaves zones level', () => {
    const ranking = scoreZones(tied(['dim-b', 'dim-a']));
    expect(ranksOf(ranking)).toEqual([
      ['q', 1],
      ['s', 1],
      ['r', 3],
      ['p', 4],
    ]);
    expect(byZone(ranking).r?.flags[0]).toMatchObject({ nodeId: 'dim-b' });
  });

  it('names a tie-break node that is not in the scorecard', () => {
    expect(() => scoreZones(tied(['dim-c']))).toThrow('ranking.tieBreak names node "dim-c"');
  });
});

describe('scorePrepared', () => {
  const input = buildScoringInput({
    scorecard: buildScorecard([
      buildGroup('dim-a', [buildLeaf('x')]),
      buildGroup('dim-b', [buildLeaf('y')], { aggregation: 'geometric' }),
    ]),
    indicators: [buildIndicator('x'), buildIndicator('y')],
    facts: [...buildFacts('x', { a: 1, b: 2, c: 3 }), ...buildFacts('y', { a: 9, b: 2, c: null })],
  });

  it('gives what scoreZones gives, for any weights, from one prepared run', () => {
    const prepared = prepareScoring(input);
    const weightSets: Record<string, number>[] = [{}, { 'dim-a': 0 }, { 'dim-b': 3, x: 2 }];
    for (const weights of weightSets) {
      expect(scorePrepared(prepared, weights)).toEqual(scoreZones({ ...input, weights }));
    }
  });

  it('reports the dimension scores without building the node explanations', () => {
    // b: x 50; y 0 raised to the geometric floor 1
    const entity = byZone(scorePrepared(prepareScoring(input))).b;
    expect(entity?.dimensionScores).toEqual({ 'dim-a': 50, 'dim-b': 1 });
    expect(entity?.dimensionScores['dim-a']).toBe(entity?.nodes['dim-a']?.score);
  });

  it('keeps its explanations when the ranking is cloned for a worker or a snapshot', () => {
    const ranking = scorePrepared(prepareScoring(input), { 'dim-a': 2 });
    const clone = structuredClone(ranking);
    expect(clone.entities[0]?.nodes).toEqual(ranking.entities[0]?.nodes);
    expect(JSON.parse(JSON.stringify(ranking))).toEqual(clone);
  });

  it('explains an earlier ranking correctly after the prepared run was re-weighted', () => {
    const prepared = prepareScoring(input);
    const first = scorePrepared(prepared, { 'dim-a': 0 });
    rankPrepared(prepared, { 'dim-b': 0 });
    scorePrepared(prepared, { 'dim-b': 0 });
    expect(first.entities.map((entity) => entity.nodes.root?.score)).toEqual(
      scoreZones({ ...input, weights: { 'dim-a': 0 } }).entities.map((entity) => entity.nodes.root?.score),
    );
  });
});

describe('rankPrepared', () => {
  it('returns totals and ranks in input zone order', () => {
    const input = buildScoringInput({ facts: buildFacts('output', { a: 1, b: 3, c: null }) });
    expect(rankPrepared(prepareScoring(input))).toEqual({ totals: [0, 100, null], ranks: [2, 1, 3] });
  });
});
