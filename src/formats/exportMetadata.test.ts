import { describe, expect, it } from 'vitest';
import { exportMetadataLines } from './exportMetadata';

const input = {
  scorecard: { id: 'qd', name: { zh: '季度考核', en: 'Quarterly' }, revision: 3 },
  periodLabel: { zh: '2023年', en: 'Year 2023' },
  periodId: '2023',
  asOf: '2023-12-31',
  weights: [
    { name: { zh: '产出', en: 'Output' }, weight: 3, share: 0.75 },
    { name: { zh: '项目', en: 'Projects' }, weight: 1, share: 0.25 },
  ],
  generatedAt: '2026/1/5 09:07',
};

describe('exportMetadataLines', () => {
  it('states scorecard, revision, period, as-of, weights and generation time in Chinese', () => {
    expect(exportMetadataLines(input, 'zh-CN')).toEqual([
      '评分方案：季度考核 r3（qd）',
      '期间：2023年 · 数据截至：2023-12-31',
      '权重：产出 3 (75%) · 项目 1 (25%)',
      '生成时间 2026/1/5 09:07',
    ]);
  });

  it('speaks English and falls back to the period id', () => {
    expect(exportMetadataLines({ ...input, periodLabel: null }, 'en').slice(0, 3)).toEqual([
      'Scorecard: Quarterly r3 (qd)',
      'Period: 2023 · Data as of: 2023-12-31',
      'Weights: Output 3 (75%) · Projects 1 (25%)',
    ]);
  });
});
