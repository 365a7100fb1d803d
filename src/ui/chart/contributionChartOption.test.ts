import { describe, expect, it } from 'vitest';
import {
  buildContributionChartOption,
  type ContributionBar,
  type ContributionChartModel,
  DIMENSION_PALETTE,
  dimensionColor,
} from './contributionChartOption';

function bar(id: string, rank: number | null, contributions: Record<string, number | null>): ContributionBar {
  const values = Object.values(contributions);
  const value = values.every((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return { id, label: `<i>${id}</i>`, rank, value, contributions };
}

function model(overrides: Partial<ContributionChartModel> = {}): ContributionChartModel {
  return {
    bars: [
      bar('b', 2, { econ: 30, green: 10.5 }),
      bar('none', null, { econ: null, green: null }),
      bar('a', 1, { econ: 40, green: 20 }),
    ],
    dimensions: [
      { id: 'econ', label: '经济<b>' },
      { id: 'green', label: '绿色' },
    ],
    max: 100,
    theme: 'light',
    animate: true,
    fontFamily: 'sans-serif',
    fontSize: 14,
    ...overrides,
  };
}

type Option = {
  legend: { type: string; data: string[] };
  xAxis: { min: number; max: number };
  yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
  tooltip?: unknown;
  series: {
    id: string;
    name: string;
    stack: string;
    itemStyle: { color: string };
    data: { id: string; value: number }[];
  }[];
};

const build = (overrides: Partial<ContributionChartModel> = {}) =>
  buildContributionChartOption(model(overrides)) as Option;

describe('buildContributionChartOption', () => {
  it('stacks one series per dimension, with zones in rank order and zones without data last', () => {
    const option = build();
    expect(option.yAxis.data).toEqual(['a', 'b', 'none']);
    expect(option.series.map((series) => [series.id, series.name, series.stack])).toEqual([
      ['econ', '经济<b>', 'contributions'],
      ['green', '绿色', 'contributions'],
    ]);
    expect(option.series[0]?.data.map((item) => [item.id, item.value])).toEqual([
      ['a', 40],
      ['b', 30],
      ['none', 0],
    ]);
    expect(option.series[1]?.data.map((item) => item.value)).toEqual([20, 10.5, 0]);
  });

  it('names the dimensions in a plain (canvas) legend and labels zones with plain text; no tooltip', () => {
    const option = build();
    expect(option.legend).toMatchObject({ type: 'plain', data: ['经济<b>', '绿色'] });
    expect(option.yAxis.axisLabel.formatter('a')).toBe('<i>a</i>');
    expect(option.tooltip).toBeUndefined();
  });

  it('gives each dimension its own colour, cycling through the palette', () => {
    expect(build().series.map((series) => series.itemStyle.color)).toEqual([
      DIMENSION_PALETTE[0],
      DIMENSION_PALETTE[1],
    ]);
    expect(dimensionColor(DIMENSION_PALETTE.length + 2)).toBe(DIMENSION_PALETTE[2]);
  });

  it('extends the axis left for negative contributions and right beyond the maximum', () => {
    const option = build({
      bars: [bar('a', 1, { econ: 95, green: 12 }), bar('b', 2, { econ: 20, green: -25 })],
    });
    expect(option.xAxis).toMatchObject({ min: -30, max: 110 });
  });
});
