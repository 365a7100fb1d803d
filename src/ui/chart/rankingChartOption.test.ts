import { describe, expect, it } from 'vitest';
import {
  buildRankingChartOption,
  type RankingBar,
  type RankingChartModel,
  sortRankingBars,
  valueAxisExtent,
} from './rankingChartOption';

function bar(id: string, value: number | null, rank: number | null): RankingBar {
  return { id, label: id.toUpperCase(), value, rank, color: '#123456' };
}

function model(overrides: Partial<RankingChartModel> = {}): RankingChartModel {
  return {
    bars: [
      { id: 'a', label: '<b>甲</b>', value: 80.04, rank: 1, color: '#123456' },
      { id: 'b', label: '乙', value: null, rank: null, color: '#654321' },
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
  xAxis: { min: number; max: number };
  yAxis: {
    data: string[];
    axisLabel: { formatter: (id: string) => string };
    axisLine: { onZero: boolean };
  };
  series: {
    realtimeSort?: boolean;
    data: { id: string; value: number }[];
    label: { valueAnimation: boolean; formatter: (p: { dataIndex: number; value?: unknown }) => string };
  }[];
};

const build = (overrides: Partial<RankingChartModel> = {}) =>
  buildRankingChartOption(model(overrides)) as Option;

describe('sortRankingBars', () => {
  it('orders by rank, keeps the input order within a tie, and puts unranked, then missing totals last', () => {
    const bars = [
      bar('missing', null, null),
      bar('third', 50, 3),
      bar('excluded', 90, null),
      bar('tied-first-b', 70, 1),
      bar('tied-first-a', 70, 1),
      bar('negative', -12, 4),
    ];
    expect(sortRankingBars(bars).map((b) => b.id)).toEqual([
      'tied-first-b',
      'tied-first-a',
      'third',
      'negative',
      'excluded',
      'missing',
    ]);
  });

  it('follows the rank, not the value: rules may rank a lower total first, and negative totals sort by rank', () => {
    const bars = [bar('low', -30, 1), bar('high', -5, 2)];
    expect(sortRankingBars(bars).map((b) => b.id)).toEqual(['low', 'high']);
  });
});

describe('valueAxisExtent', () => {
  it('runs from 0 to the maximum for ordinary totals', () => {
    expect(valueAxisExtent([12, 99.9, null], 100)).toEqual({ min: 0, max: 100 });
  });

  it('extends left to a round ten below the lowest negative total and right past bonus points', () => {
    expect(valueAxisExtent([-12.5, 50, 104], 100)).toEqual({ min: -20, max: 110 });
    expect(valueAxisExtent([-10], 100)).toEqual({ min: -10, max: 100 });
  });

  it('ignores missing and non-finite totals', () => {
    expect(valueAxisExtent([null, Number.NaN, Number.NEGATIVE_INFINITY], 100)).toEqual({ min: 0, max: 100 });
  });
});

describe('buildRankingChartOption', () => {
  it('draws bars in rank order with the zone ids as categories and as the bars’ identities', () => {
    const option = build({ bars: [bar('b', 40, 2), bar('c', null, null), bar('a', 80, 1)] });
    expect(option.yAxis.data).toEqual(['a', 'b', 'c']);
    expect(option.series[0]?.data.map((item) => [item.id, item.value])).toEqual([
      ['a', 80],
      ['b', 40],
      ['c', 0],
    ]);
    // Sorted in code, never by ECharts' realtime sort.
    expect(option.series[0]?.realtimeSort).toBeUndefined();
    expect(option.series[0]?.label.valueAnimation).toBe(true);
  });

  it('draws negative totals leftwards from 0 with the axis extended to them', () => {
    const option = build({ bars: [bar('a', 30, 1), bar('b', -15, 2)] });
    expect(option.xAxis).toMatchObject({ min: -20, max: 100 });
    expect(option.series[0]?.data[1]?.value).toBe(-15);
    expect(option.yAxis.axisLine.onZero).toBe(false);
  });

  it('labels with plain text: the display name as given and the locale-formatted (tweening) value', () => {
    const option = build();
    const label = option.series[0]?.label.formatter;
    expect(label?.({ dataIndex: 0 })).toBe('<b>甲</b>  80.0');
    // While tweening, ECharts passes the interpolated value.
    expect(label?.({ dataIndex: 0, value: 64.26 })).toBe('<b>甲</b>  64.3');
    expect(label?.({ dataIndex: 1, value: 0 })).toBe('乙  —');
    expect(label?.({ dataIndex: 9 })).toBe('');
  });

  it('shows each row’s place on the axis', () => {
    const option = build({ bars: [bar('a', 70, 1), bar('b', 70, 1), bar('c', 10, 3), bar('x', 5, null)] });
    expect(option.yAxis.data.map(option.yAxis.axisLabel.formatter)).toEqual(['1', '1', '3', '—']);
  });

  it("leaves the accessible name to the chart host (ECharts' aria would overwrite it)", () => {
    expect(build().aria.enabled).toBe(false);
  });
});
