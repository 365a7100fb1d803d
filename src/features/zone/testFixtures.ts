/** A small scored board for the zone card's component tests (imported by tests only). */
import { translate } from '../../i18n/messages';
import { type BoardData, buildBoardModelFrom, scoringInputOf } from '../../lib/boardModel';
import { prepareScoring } from '../../scoring/score';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildJuryScore,
  buildLeaf,
  buildPeriod,
  buildPointEvent,
  buildScorecard,
  buildTarget,
  buildZone,
} from '../../scoring/testFixtures';
import type { ZoneBoard } from './ZoneCard';

export const tZh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);
export const tEn = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

const DIMENSIONS = [
  { id: 'dim-achievements', zh: '展实绩', en: 'Achievements', weight: 2 },
  { id: 'dim-plans', zh: '谈打算', en: 'Plans', weight: 1 },
  { id: 'dim-shortfalls', zh: '晒不足', en: 'Shortfalls', weight: 1 },
] as const;

/** One judge per zone: the dimension scores are exactly these. Totals (2:1:1): a 82.5, b 70, c 65. */
export const ZONE_SCORES: Record<string, readonly number[]> = {
  a: [90, 80, 70],
  b: [70, 70, 70],
  c: [60, 50, 90],
};

export const PERIOD_Q1 = buildPeriod('2023Q1', '2023-01-01', '2023-03-31');
export const PERIOD_YEAR = buildPeriod('2023', '2023-01-01', '2023-12-31');

export function zoneBoardData(overrides: Partial<BoardData> = {}): BoardData {
  const dimensions = DIMENSIONS.map((dimension) =>
    buildGroup(
      dimension.id,
      [
        buildLeaf(`leaf-${dimension.id}`, {
          indicatorId: dimension.id,
          name: { zh: dimension.zh, en: dimension.en },
          normalisation: { method: 'none' },
          jury: { method: 'mean' },
        }),
      ],
      { weight: dimension.weight, name: { zh: dimension.zh, en: dimension.en } },
    ),
  );
  return {
    zones: [
      buildZone('a', {
        name: { zh: '甲区', en: 'Zone A' },
        shortName: { zh: '甲', en: 'A' },
        color: '#aa0000',
      }),
      buildZone('b', {
        name: { zh: '乙区', en: 'Zone B' },
        shortName: { zh: '乙', en: 'B' },
        color: '#00aa00',
      }),
      buildZone('c', {
        name: { zh: '丙区', en: 'Zone C' },
        shortName: { zh: '丙', en: 'C' },
        color: '#0000aa',
      }),
    ],
    indicators: [
      ...DIMENSIONS.map((dimension) =>
        buildJuryIndicator(dimension.id, { name: { zh: dimension.zh, en: dimension.en } }),
      ),
      buildIndicator('platform-enterprises', {
        name: { zh: '平台上线企业', en: 'Platform enterprises' },
        unit: '家',
      }),
    ],
    facts: [
      buildFact('b', 'platform-enterprises', 4000, {
        id: 'f-b-platform',
        periodId: '2023Q1',
        source: { sourceId: 'daily', text: '平台上线企业突破4000家' },
      }),
    ],
    juryScores: Object.entries(ZONE_SCORES).flatMap(([zone, scores]) =>
      DIMENSIONS.map((dimension, index) => buildJuryScore('j1', zone, dimension.id, scores[index] ?? 0)),
    ),
    periods: [PERIOD_Q1, PERIOD_YEAR],
    targets: [
      buildTarget('b', 'platform-enterprises', 5000, {
        id: 't-b-platform',
        periodId: '2023',
        comparator: 'moreThan',
        source: { sourceId: 'daily', text: '年内上线企业突破5000家' },
      }),
    ],
    pointEvents: [
      buildPointEvent('b', 2, '2023-02-01', {
        id: 'p-b',
        reason: { zh: '招商加点', en: 'Investment bonus' },
      }),
    ],
    scorecard: buildScorecard(dimensions, {
      periodId: '2023',
      missing: { policy: 'skip', minCoverage: 0 },
    }),
    asOf: '2023-04-14',
    ...overrides,
  };
}

export function zoneBoard(
  data: BoardData = zoneBoardData(),
  weights: Record<string, number> = {},
): ZoneBoard {
  const prepared = prepareScoring(scoringInputOf(data));
  return { model: buildBoardModelFrom(data, prepared, weights), prepared, weights };
}
