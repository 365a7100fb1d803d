import { describe, expect, it } from 'vitest';
import { buildRankingChartOption, type RankingChartModel } from './rankingChartOption';

function model(overrides: Partial<RankingChartModel> = {}): RankingChartModel {
  return {
    bars: [
      { id: 'a', label: '<b>甲</b>', value: 80.04, color: '#123456' },
      { id: 'b', label: '乙', value: null, color: '#654321' },
    ],
    max: 100,
    theme: 'light',
    animate: true,
    formatValue: (value) => (value === null ? '—' : value.toFixed(1)),
    fontFamily: 'sans-serif',
    fontSize: 14,
    ...overrides,
  };
}

type Option = {
  aria: { enabled: boolean };
  yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
  series: {
    realtimeSort: boolean;
    data: { value: number }[];
    label: { formatter: (p: { dataIndex: number }) => string };
  }[];
};

describe('buildRankingChartOption', () => {
  it('keeps bars in input order and lets the realtime sort animate them into rank order', () => {
    const option = buildRankingChartOption(model()) as Option;
    expect(option.yAxis.data).toEqual(['a', 'b']);
    expect(option.series[0]?.realtimeSort).toBe(true);
    expect(option.series[0]?.data.map((item) => item.value)).toEqual([80.04, 0]);
  });

  it('labels with plain text from the caller: display names and locale-formatted values', () => {
    const option = buildRankingChartOption(model()) as Option;
    expect(option.yAxis.axisLabel.formatter('a')).toBe('<b>甲</b>');
    expect(option.series[0]?.label.formatter({ dataIndex: 0 })).toBe('80.0');
    expect(option.series[0]?.label.formatter({ dataIndex: 1 })).toBe('—');
  });

  it("leaves the accessible name to the chart host (ECharts' aria would overwrite it)", () => {
    expect((buildRankingChartOption(model()) as Option).aria.enabled).toBe(false);
  });
});
