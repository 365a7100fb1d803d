import type { EChartsCoreOption } from 'echarts/core';

export interface RankingBar {
  id: string;
  label: string;
  /** The total; null when the zone has none (drawn as an empty bar, labelled with the formatter's null text). */
  value: number | null;
  /** Competition rank (1, 2, 2, 4); null when the zone is not ranked (excluded). */
  rank: number | null;
  color: string;
}

export interface RankingChartModel {
  bars: readonly RankingBar[];
  /** Upper end of the value axis when no total exceeds it; totals are out of 100. */
  max: number;
  theme: 'light' | 'dark';
  animate: boolean;
  /** Number formatting is done by the caller's locale-aware formatter, never by ECharts templates. */
  formatValue: (value: number | null) => string;
  fontFamily: string;
  fontSize: number;
  /** Draw only the first places; the table lists every zone (see RACE_MAX_BARS). */
  maxBars?: number;
}

/**
 * The bar race shows at most this many places: beyond about thirty bars nothing is legible on a
 * projector, and redrawing a thousand animated labels per frame made a slider lag by a second.
 */
export const RACE_MAX_BARS = 30;

const BY_MISSING = Number.POSITIVE_INFINITY;

/**
 * The drawing order: by rank, ties in the input order, unranked zones after the ranked ones and
 * zones without a total last. Done here rather than by ECharts' `realtimeSort`, which sorts by value
 * and so misorders negative totals, totals clipped by the axis and ties broken by the rules.
 */
export function sortRankingBars<T extends Pick<RankingBar, 'rank' | 'value'>>(bars: readonly T[]): T[] {
  return bars
    .map((bar, index) => ({ bar, index }))
    .sort(
      (a, b) =>
        Number(a.bar.value === null) - Number(b.bar.value === null) ||
        (a.bar.rank ?? BY_MISSING) - (b.bar.rank ?? BY_MISSING) ||
        a.index - b.index,
    )
    .map(({ bar }) => bar);
}

/** The horizontal axis of totals shared by the bar race and the contributions chart. */
export function totalsAxis(
  extent: { min: number; max: number },
  colors: ReturnType<typeof chartColors>,
  fontSize: number,
) {
  return {
    type: 'value',
    min: extent.min,
    max: extent.max,
    splitLine: { lineStyle: { color: colors.axis, opacity: 0.5 } },
    axisLabel: { color: colors.text, fontSize: Math.round(fontSize * 0.85) },
  } as const;
}

/**
 * The value axis' extent: from 0 (or further left when deductions make a total negative) to `max`
 * (or further right when bonus points push a total past it), in whole tens so the ticks stay round.
 */
export function valueAxisExtent(
  values: readonly (number | null)[],
  max: number,
): { min: number; max: number } {
  let lowest = 0;
  let highest = max;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  return {
    min: lowest < 0 ? Math.floor(lowest / 10) * 10 : 0,
    max: highest > max ? Math.ceil(highest / 10) * 10 : max,
  };
}

export function chartColors(theme: 'light' | 'dark') {
  return {
    text: theme === 'dark' ? '#e8eef7' : '#1b2533',
    axis: theme === 'dark' ? '#55657d' : '#c5cdd8',
    muted: theme === 'dark' ? '#9fb0c6' : '#5b6778',
  };
}

interface LabelParams {
  dataIndex: number;
  /** While the label tweens, ECharts passes the interpolated value here. */
  value?: unknown;
}

/**
 * The bar race: one horizontal bar per zone, drawn in rank order (top = first). The category axis
 * holds zone ids in that order and every bar carries its zone id, so when the order changes ECharts
 * matches each bar to its previous self and slides it to its new row while the value label tweens
 * (label.valueAnimation). The zone's name travels with its bar in that label; the axis shows the
 * places, which do not move.
 */
export function buildRankingChartOption(model: RankingChartModel): EChartsCoreOption {
  const colors = chartColors(model.theme);
  const bars = sortRankingBars(model.bars).slice(0, model.maxBars ?? Number.POSITIVE_INFINITY);
  const extent = valueAxisExtent(
    bars.map((bar) => bar.value),
    model.max,
  );
  const rankById = new Map(bars.map((bar) => [bar.id, bar.rank]));
  const labelOf = (params: LabelParams): string => {
    const bar = bars[params.dataIndex];
    if (!bar) return '';
    const shown = bar.value === null ? null : typeof params.value === 'number' ? params.value : bar.value;
    return `${bar.label}  ${model.formatValue(shown)}`;
  };
  return {
    animation: model.animate,
    animationDuration: 300,
    animationDurationUpdate: 600,
    animationEasingUpdate: 'cubicOut',
    textStyle: { fontFamily: model.fontFamily, fontSize: model.fontSize, color: colors.text },
    // ECharts' aria feature would replace the host's accessible name with a generated text of zone
    // ids and unrounded totals; the host's label and the ranking table are the text alternative.
    aria: { enabled: false },
    // Room on the right for the name and total that follow each bar.
    grid: {
      left: 8,
      right: Math.round(model.fontSize * 9),
      top: 8,
      bottom: 8,
      outerBounds: { left: 0, right: 0, top: 0, bottom: 0 },
    },
    xAxis: totalsAxis(extent, colors, model.fontSize),
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.id),
      axisLabel: {
        color: colors.muted,
        fontSize: model.fontSize,
        // Category values are zone ids; the axis shows each row's place as plain text.
        formatter: (id: string) => {
          const rank = rankById.get(id);
          return rank === null || rank === undefined ? '—' : String(rank);
        },
      },
      // With negative totals the axis stays at the left edge instead of crossing the bars at 0.
      axisLine: { onZero: false, lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        data: bars.map((bar) => ({
          id: bar.id,
          name: bar.id,
          value: bar.value ?? 0,
          itemStyle: {
            color: bar.color,
            borderRadius: (bar.value ?? 0) < 0 ? [4, 0, 0, 4] : [0, 4, 4, 0],
          },
        })),
        label: {
          show: true,
          // Right of the bar's rectangle: for a negative total that is right of 0, never off the grid.
          position: 'right',
          valueAnimation: true,
          color: colors.text,
          fontSize: model.fontSize,
          formatter: labelOf,
        },
      },
    ],
  };
}
