import { describe, expect, it } from 'vitest';
import { prepareScoring } from '../scoring/score';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildJuryScores,
  buildLeaf,
  buildScorecard,
  buildZone,
  FIXTURE_PERIOD,
} from '../scoring/testFixtures';
import {
  type BoardData,
  buildBoardModel,
  buildBoardModelFrom,
  effectiveWeight,
  scoringInputOf,
  totalDigitsFor,
} from './boardModel';

// Two dimensions: a jury one where b leads, a quantitative one where a leads.
function boardData(): BoardData {
  const scorecard = buildScorecard([
    buildGroup(
      'dim-jury',
      [buildLeaf('jury', { normalisation: { method: 'none' }, jury: { method: 'mean' } })],
      {
        weight: 3,
      },
    ),
    buildGroup('dim-output', [buildLeaf('output', { normalisation: { method: 'distance-to-leader' } })], {
      weight: 1,
    }),
  ]);
  return {
    zones: [buildZone('a'), buildZone('b')],
    indicators: [buildJuryIndicator('jury'), buildIndicator('output')],
    facts: [
      {
        id: 'fa',
        zoneId: 'a',
        indicatorId: 'output',
        periodId: FIXTURE_PERIOD,
        value: 40,
        source: { sourceId: 's', text: '40' },
      },
      {
        id: 'fb',
        zoneId: 'b',
        indicatorId: 'output',
        periodId: FIXTURE_PERIOD,
        value: 10,
        source: { sourceId: 's', text: '10' },
      },
    ],
    juryScores: [...buildJuryScores('a', 'jury', [70]), ...buildJuryScores('b', 'jury', [90])].map(
      (score) => ({
        ...score,
        id: `${score.zoneId}-${score.judgeId}`,
      }),
    ),
    periods: [
      { id: FIXTURE_PERIOD, label: { zh: '2023年', en: '2023' }, start: '2023-01-01', end: '2023-12-31' },
    ],
    scorecard,
    asOf: '2023-04-14',
  };
}

describe('buildBoardModel', () => {
  it('ranks with the scorecard weights when nothing overrides them', () => {
    // a: 0.75·70 + 0.25·100 = 77.5; b: 0.75·90 + 0.25·25 = 73.75
    const model = buildBoardModel(boardData(), {});
    expect(model.rows.map((row) => [row.zone.id, row.rank, row.total])).toEqual([
      ['a', 1, 77.5],
      ['b', 2, 73.75],
    ]);
    expect(
      model.dimensions.map((dimension) => [dimension.nodeId, dimension.weight, dimension.share]),
    ).toEqual([
      ['dim-jury', 3, 0.75],
      ['dim-output', 1, 0.25],
    ]);
    expect(model.period?.label.zh).toBe('2023年');
  });

  it('re-ranks when a weight override moves the balance', () => {
    // jury alone: b 90 beats a 70
    const model = buildBoardModel(boardData(), { 'dim-output': 0 });
    expect(model.rows.map((row) => row.zone.id)).toEqual(['b', 'a']);
    expect(model.rows[0]?.dimensionScores).toEqual({ 'dim-jury': 90, 'dim-output': 25 });
  });

  it('says whether sample jury scores were used', () => {
    const data = boardData();
    expect(buildBoardModel(data, {}).usesSampleData).toBe(false);
    data.juryScores = data.juryScores.map((score) => ({ ...score, isSample: true }));
    expect(buildBoardModel(data, {}).usesSampleData).toBe(true);
    expect(buildBoardModel(data, {}).rows.map((row) => row.usesSampleData)).toEqual([true, true]);
  });
});

describe('buildBoardModelFrom', () => {
  it('gives the same board from one prepared run as from scratch, for any weights', () => {
    const data = boardData();
    const prepared = prepareScoring(scoringInputOf(data));
    const weightSets: Record<string, number>[] = [{}, { 'dim-output': 0 }, { 'dim-jury': 1 }];
    for (const weights of weightSets) {
      expect(buildBoardModelFrom(data, prepared, weights)).toEqual(buildBoardModel(data, weights));
    }
  });

  it('shows a vetoed zone with its reason, ranked last', () => {
    const data = boardData();
    data.indicators.push(buildIndicator('accidents', { kind: 'veto' }));
    data.facts.push(buildFact('a', 'accidents', 1));
    data.scorecard = {
      ...data.scorecard,
      vetoes: [
        {
          id: 'safety',
          indicatorId: 'accidents',
          when: { op: '>', value: 0 },
          reason: { zh: '安全事故', en: 'accident' },
        },
      ],
    };
    const rows = buildBoardModel(data, {}).rows;
    expect(rows.map((row) => [row.zone.id, row.rank, row.isVetoed, row.isExcluded])).toEqual([
      ['b', 1, false, false],
      ['a', 2, true, false],
    ]);
    expect(rows[1]?.vetoReasons).toEqual([{ zh: '安全事故', en: 'accident' }]);
    data.scorecard = { ...data.scorecard, vetoMode: 'exclude' };
    expect(buildBoardModel(data, {}).rows.map((row) => [row.zone.id, row.rank, row.isExcluded])).toEqual([
      ['b', 1, false],
      ['a', null, true],
    ]);
  });
});

describe('scoringInputOf', () => {
  it('passes targets, periods, point events and the as-of date to the engine', () => {
    const input = scoringInputOf(boardData());
    expect(input).toMatchObject({ targets: [], pointEvents: [], asOf: '2023-04-14' });
    expect(input.periods?.map((period) => period.id)).toEqual([FIXTURE_PERIOD]);
    expect('weights' in input).toBe(false);
  });
});

describe('effectiveWeight', () => {
  it.each([
    [{ n: 5 }, 5],
    [{ n: 0 }, 0],
    [{}, 2],
    [{ n: -1 }, 2],
    [{ n: Number.NaN }, 2],
  ])('override %o of a weight-2 node gives %d', (overrides, expected) => {
    expect(effectiveWeight('n', 2, overrides)).toBe(expected);
  });
});

describe('totalDigitsFor', () => {
  it('keeps one decimal when ranks and shown totals agree', () => {
    expect(
      totalDigitsFor([
        { rank: 1, total: 86.31 },
        { rank: 2, total: 80.2 },
      ]),
    ).toBe(1);
  });

  it('adds a decimal when zones of different rank would show the same total', () => {
    expect(
      totalDigitsFor([
        { rank: 3, total: 86.31 },
        { rank: 4, total: 86.27 },
      ]),
    ).toBe(2);
  });

  it('ignores an excluded zone without a rank', () => {
    expect(
      totalDigitsFor([
        { rank: 1, total: 86.31 },
        { rank: null, total: 86.27 },
      ]),
    ).toBe(1);
  });

  it('does not add decimals for true ties', () => {
    expect(
      totalDigitsFor([
        { rank: 1, total: 90 },
        { rank: 1, total: 90 },
        { rank: 3, total: null },
      ]),
    ).toBe(1);
  });

  it('stops at three decimals', () => {
    expect(
      totalDigitsFor([
        { rank: 1, total: 50.00001 },
        { rank: 2, total: 50.00002 },
      ]),
    ).toBe(3);
  });
});
