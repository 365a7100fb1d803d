import { describe, expect, it } from 'vitest';
import {
  buildRobustnessChartOption,
  type RobustnessChartModel,
  type RobustnessChartRow,
  sortRobustnessRows,
} from './robustnessChartOption';

function row(
  id: string,
  chosenRank: number | null,
  interval: [number, number] | null,
  medianRank: number | null = interval ? interval[0] : null,
): RobustnessChartRow {
  return {
    id,
    label: `<b>${id}</b>`,
    color: '#123456',
    chosenRank,
    medianRank,
    interval: interval ? { lower: interval[0], upper: interval[1] } : null,
    firstProbability: chosenRank === 1 ? 0.6 : 0.1,
  };
}

function model(overrides: Partial<RobustnessChartModel> = {}): RobustnessChartModel {
  return {
    rows: [row('b', 2, [1, 3], 2), row('x', null, null), row('a', 1, [1, 2], 1), row('c', 3, [2, 3], 3)],
    tiers: [{ label: 'A 梯队', lower: 1, upper: 3 }],
    zoneCount: 4,
    names: { interval: '90% 区间', median: '中位数', current: '当前' },
    formatFirst: (p) => `P(第一) ${Math.round(p * 100)}%`,
    theme: 'light',
    animate: true,
    fontFamily: 'sans-serif',
    fontSize: 14,
    ...overrides,
  };
}

type MarkAreaItem = [{ name: string; xAxis: number; itemStyle: { color: string } }, { xAxis: number }];
type Option = {
  legend: { type: string; data: string[] };
  tooltip?: unknown;
  xAxis: {
    min: number;
    max: number;
    axisLabel: { customValues: number[]; formatter: (v: number) => string };
  };
  yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
  series: {
    id: string;
    type: string;
    stack?: string;
    data: unknown[];
    markArea?: { data: MarkAreaItem[] };
    label?: { formatter: (p: { dataIndex: number }) => string };
  }[];
};

const build = (overrides: Partial<RobustnessChartModel> = {}) =>
  buildRobustnessChartOption(model(overrides)) as Option;
const series = (option: Option, id: string) => option.series.find((s) => s.id === id);

describe('sortRobustnessRows', () => {
  it('orders by the current rank, ties in the input order, unranked zones last', () => {
    const rows = [row('u', null, null), row('t2', 2, [2, 2]), row('t1', 2, [2, 3]), row('f', 1, [1, 1])];
    expect(sortRobustnessRows(rows).map((r) => r.id)).toEqual(['f', 't2', 't1', 'u']);
  });
});

describe('buildRobustnessChartOption', () => {
  it('puts zones on the y axis in current-rank order and places 1 … n on the x axis, 1 at the left', () => {
    const option = build();
    expect(option.yAxis.data).toEqual(['a', 'b', 'c', 'x']);
    expect(option.xAxis).toMatchObject({ min: 0.5, max: 4.5 });
    expect([0.5, 1, 2, 4].map(option.xAxis.axisLabel.formatter)).toEqual(['', '1', '2', '4']);
    expect(option.yAxis.axisLabel.formatter('a')).toBe('<b>a</b>');
  });

  it('draws each interval as a thick bar from its lower to its upper place (stacked on an invisible offset)', () => {
    const option = build();
    const offset = series(option, 'offset');
    const interval = series(option, 'interval');
    expect(offset?.stack).toBe('interval');
    expect(interval?.stack).toBe('interval');
    // a: places 1–2 → from 0.7 to 2.3; x has no interval and draws nothing.
    expect(offset?.data[0]).toBeCloseTo(0.7);
    expect((interval?.data[0] as { value: number } | undefined)?.value).toBeCloseTo(1.6);
    expect(offset?.data[3]).toBe('-');
    expect(interval?.data[3]).toBe('-');
  });

  it('marks the median and the current rank separately, skipping zones without them', () => {
    const option = build();
    expect(series(option, 'median')?.data).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(series(option, 'current')?.data).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(series(option, 'median')?.type).toBe('scatter');
    expect(option.xAxis.axisLabel.customValues).toEqual([1, 2, 3, 4]);
  });

  it('labels P(first) with the caller’s plain text and nothing for unranked zones', () => {
    const label = series(build(), 'interval')?.label?.formatter;
    expect(label?.({ dataIndex: 0 })).toBe('P(第一) 60%');
    expect(label?.({ dataIndex: 3 })).toBe('');
  });

  it('shows tiers as alternating background bands over the places they cover, with their labels', () => {
    const option = build({
      tiers: [
        { label: 'A 梯队', lower: 1, upper: 2 },
        { label: 'B 梯队', lower: 3, upper: 3 },
        { label: 'C 梯队', lower: 4, upper: 4 },
      ],
    });
    const bands = series(option, 'offset')?.markArea?.data ?? [];
    expect(bands.map(([from, to]) => [from.name, from.xAxis, to.xAxis])).toEqual([
      ['A 梯队', 0.5, 2.5],
      ['B 梯队', 2.5, 3.5],
      ['C 梯队', 3.5, 4.5],
    ]);
    const [first, second, third] = bands.map(([from]) => from.itemStyle.color);
    expect(first).not.toBe(second);
    expect(first).toBe(third);
  });

  it('uses a canvas legend and no tooltip (no HTML from data)', () => {
    const option = build();
    expect(option.legend).toMatchObject({ type: 'plain', data: ['90% 区间', '中位数', '当前'] });
    expect(option.tooltip).toBeUndefined();
  });
});
