import { describe, expect, it } from 'vitest';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildLeaf,
  buildScorecard,
  buildZone,
} from '../../scoring/testFixtures';
import { buildMethodology, methodologyText } from './methodology';
import { findScorecardWarnings } from './scorecardWarnings';

const catalogue = {
  indicators: [
    buildIndicator('output', { name: { zh: '产值', en: 'Output' }, unit: '亿元' }),
    buildIndicator('waste', { name: { zh: '能耗', en: 'Energy use' }, unit: '吨', direction: 'lower' }),
    buildJuryIndicator('jury', { name: { zh: '评委', en: 'Jury' } }),
  ],
  periods: [{ id: '2023', label: { zh: '2023年', en: '2023' }, start: '2023-01-01', end: '2023-12-31' }],
  zones: [buildZone('west', { name: { zh: '西区', en: 'West' } })],
  categories: [{ id: 'hi-tech', name: { zh: '高新区', en: 'High-tech zone' } }],
};

const scorecard = buildScorecard(
  [
    buildGroup(
      'economy',
      [
        buildLeaf('output', {
          name: { zh: '产值', en: 'Output' },
          weight: 3,
          treatment: { log: true },
          normalisation: { method: 'goalposts', lo: 10, hi: 500 },
          value: { kind: 'target-completion', targetPeriodId: '2023' },
        }),
        buildLeaf('waste', { name: { zh: '能耗', en: 'Energy' }, weight: 1 }),
      ],
      { name: { zh: '经济', en: 'Economy' }, weight: 60, aggregation: 'geometric', geometricFloor: 5 },
    ),
    buildGroup(
      'meeting',
      [
        buildLeaf('jury', {
          name: { zh: '评委打分', en: 'Jury score' },
          normalisation: { method: 'none' },
          jury: { method: 'trimmed-mean', trim: 2 },
        }),
      ],
      { name: { zh: '现场', en: 'Meeting' }, weight: 40 },
    ),
  ],
  {
    name: { zh: '测试方案', en: 'Test card' },
    revision: 4,
    coefficients: { byCategory: { 'hi-tech': 1.1 } },
    points: { bonusCap: 5 },
    vetoes: [
      {
        id: 'v',
        indicatorId: 'waste',
        when: { op: '>', value: 9 },
        reason: { zh: '超标', en: 'Over limit' },
      },
    ],
    ranking: { precision: 1, tieBreak: ['economy'] },
  },
);

describe('buildMethodology', () => {
  it('writes out every dimension with raw and relative weight, and each leaf rule in English', () => {
    const text = methodologyText(buildMethodology(scorecard, catalogue, 'en'));
    expect(text).toContain('Methodology: Test card (revision 4)');
    expect(text).toContain(
      'Economy: weight 60 (60% of its parent), Weighted geometric mean, scores below 5 raised to 5 first.',
    );
    expect(text).toContain('Meeting: weight 40 (40% of its parent)');
    expect(text).toContain(
      'Output: weight 3 (75% of its parent); indicator “Output”, unit 亿元, higher is better.',
    );
    expect(text).toContain('Value: Target completion (target period 2023).');
    expect(text).toContain('Treatment: natural log (values ≤ 0 become missing).');
    expect(text).toContain('S = 100 × (x − 10) / (500 − 10), clipped to 0–100');
    expect(text).toContain('lower is better');
    expect(text).toContain('Jury scores: the mean after dropping the 2 highest and 2 lowest scores.');
    expect(text).toContain('Coefficients: High-tech zone × 1.1');
    expect(text).toContain('Bonus cap: 5; deduction cap: none.');
    expect(text).toContain('Veto: indicator “Energy use” > 9 vetoes (Over limit).');
    expect(text).toContain('Ranks use totals rounded to 1 decimals.');
    expect(text).toContain('Ties are broken by, in turn: Economy (higher first).');
  });

  it('speaks Chinese by default and indents the tree by depth', () => {
    const methodology = buildMethodology(scorecard, catalogue, 'zh-CN');
    expect(methodology.title).toBe('评分方法说明：测试方案（第 4 版）');
    expect(methodology.tree.map((line) => [line.nodeId, line.depth])).toEqual([
      ['economy', 0],
      ['output', 1],
      ['waste', 1],
      ['meeting', 0],
      ['jury', 1],
    ]);
    expect(methodology.tree[0]?.text).toContain('经济：权重 60（占上级 60%）');
    expect(methodology.rules).toContain(
      '缺失数据：跳过并重新分配权重；覆盖权重低于 50% 的对象标为“数据不足”，排在其他对象之后。',
    );
  });
});

describe('findScorecardWarnings', () => {
  it('warns about leaves without data, unknown indicators and groups whose weights are all zero', () => {
    const card = buildScorecard([
      buildGroup('dim', [buildLeaf('output', { weight: 0 }), buildLeaf('ghost', { weight: 0 })]),
      buildGroup('empty', []),
    ]);
    const warnings = findScorecardWarnings(
      card,
      {
        indicators: catalogue.indicators,
        facts: [buildFact('west', 'output', 1, { periodId: '2022' })],
        juryScores: [],
      },
      'en',
    );
    expect(warnings.map((warning) => `${warning.path} ${warning.message}`)).toEqual([
      '$.root.children[0] Every child of “dim” has weight 0.',
      '$.root.children[0].children[0] “output”: indicator “Output” has no data in the scored period 2023.',
      '$.root.children[0].children[1] “ghost” refers to indicator ghost, which is not in the catalogue.',
      '$.root.children[1] Group “empty” has no children.',
    ]);
  });
});
