import type { EChartsCoreOption } from 'echarts/core';
import {
  chartColors,
  type RankingBar,
  sortRankingBars,
  totalsAxis,
  valueAxisExtent,
} from './rankingChartOption';

export interface ContributionDimension {
  id: string;
  label: string;
}

export interface ContributionBar extends Omit<RankingBar, 'color'> {
  /** Points of the weighted aggregate each dimension accounts for (dimension id → points; null = none). */
  contributions: Readonly<Record<string, number | null>>;
}

export interface ContributionChartModel {
  bars: readonly ContributionBar[];
  dimensions: readonly ContributionDimension[];
  /** Upper end of the value axis when no aggregate exceeds it. */
  max: number;
  theme: 'light' | 'dark';
  animate: boolean;
  fontFamily: string;
  fontSize: number;
}

/** Dimension colours, distinct from the zones' own colours and readable on light and dark. */
export const DIMENSION_PALETTE = [
  '#3a6ea5',
  '#e08a2c',
  '#4c9f70',
  '#c0504d',
  '#8064a2',
  '#2aa3b5',
  '#b58b2a',
  '#7f8c99',
] as const;

export function dimensionColor(index: number): string {
  return DIMENSION_PALETTE[index % DIMENSION_PALETTE.length] ?? DIMENSION_PALETTE[0];
}

/**
 * Contributions per dimension: one horizontal bar per zone in rank order, one stacked segment per
 * dimension worth that dimension's points of the weighted aggregate, so a bar's length is the
 * aggregate (before coefficient and bonus/deduction points). Negative contributions stack leftwards
 * from 0. The legend names the dimensions; it is drawn on the canvas (no HTML from data).
 */
export function buildContributionChartOption(model: ContributionChartModel): EChartsCoreOption {
  const colors = chartColors(model.theme);
  const bars = sortRankingBars(model.bars);
  const labels = new Map(bars.map((bar) => [bar.id, bar.label]));
  const sums = bars.flatMap((bar) => {
    let positive = 0;
    let negative = 0;
    for (const dimension of model.dimensions) {
      const points = bar.contributions[dimension.id] ?? 0;
      if (points > 0) positive += points;
      else negative += points;
    }
    return [positive, negative];
  });
  const extent = valueAxisExtent(sums, model.max);
  return {
    animation: model.animate,
    animationDuration: 300,
    animationDurationUpdate: 600,
    animationEasingUpdate: 'cubicOut',
    textStyle: { fontFamily: model.fontFamily, fontSize: model.fontSize, color: colors.text },
    aria: { enabled: false },
    legend: {
      type: 'plain',
      top: 0,
      left: 'center',
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { color: colors.text, fontSize: Math.round(model.fontSize * 0.9) },
      // Legend entries are matched to series by name; the series ids stay the dimension ids.
      data: model.dimensions.map((dimension) => dimension.label),
    },
    grid: {
      left: 8,
      right: 24,
      top: Math.round(model.fontSize * 2.4),
      bottom: 8,
      outerBounds: { left: 0, right: 0, top: 0, bottom: 0 },
    },
    xAxis: totalsAxis(extent, colors, model.fontSize),
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.id),
      axisLabel: {
        color: colors.text,
        fontSize: model.fontSize,
        // Category values are zone ids; the formatter returns the display name as plain text.
        formatter: (id: string) => labels.get(id) ?? id,
      },
      axisLine: { onZero: false, lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    series: model.dimensions.map((dimension, index) => ({
      type: 'bar',
      id: dimension.id,
      name: dimension.label,
      stack: 'contributions',
      barMaxWidth: 40,
      itemStyle: { color: dimensionColor(index) },
      emphasis: { disabled: true },
      data: bars.map((bar) => ({
        id: bar.id,
        name: bar.id,
        value: bar.contributions[dimension.id] ?? 0,
      })),
    })),
  };
}
