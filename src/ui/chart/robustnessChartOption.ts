import type { EChartsCoreOption } from 'echarts/core';
import { chartColors } from './rankingChartOption';

export interface RobustnessChartRow {
  id: string;
  label: string;
  color: string;
  /** The rank with the chosen weights; null when not ranked. */
  chosenRank: number | null;
  medianRank: number | null;
  /** The 90 % interval of places; null when the zone is never ranked. */
  interval: { lower: number; upper: number } | null;
  firstProbability: number;
}

/** A tier: places lower … upper, where the zones' intervals overlap (see rankTiers). */
export interface RobustnessChartTier {
  label: string;
  lower: number;
  upper: number;
}

export interface RobustnessChartModel {
  rows: readonly RobustnessChartRow[];
  tiers: readonly RobustnessChartTier[];
  /** Places run 1 … zoneCount. */
  zoneCount: number;
  /** Legend names (plain text). */
  names: { interval: string; median: string; current: string };
  /** The P(first) label of a row, as plain text (e.g. "P(第一) 35%"). */
  formatFirst: (probability: number) => string;
  theme: 'light' | 'dark';
  animate: boolean;
  fontFamily: string;
  fontSize: number;
}

/** Half the thickness of an interval's bar beyond its end places, in places. */
const BAR_OVERHANG = 0.3;

/** Rows top to bottom: by the current rank, ties in the input order, unranked zones last. */
export function sortRobustnessRows<T extends Pick<RobustnessChartRow, 'chosenRank'>>(
  rows: readonly T[],
): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        (a.row.chosenRank ?? Number.POSITIVE_INFINITY) - (b.row.chosenRank ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/**
 * Rank robustness: one row per zone in current-rank order on a scale of places 1 … n (1 at the
 * left). A thick bar spans the zone's 90 % interval, an upright tick marks the median rank, a ring
 * the current rank, and the bar's label gives P(first). Tiers are alternating background bands over the
 * places they cover, labelled above the grid: zones whose bars fall in one band are not clearly
 * separated. Everything is drawn on the canvas; no tooltip, so no HTML from data.
 */
export function buildRobustnessChartOption(model: RobustnessChartModel): EChartsCoreOption {
  const colors = chartColors(model.theme);
  const rows = sortRobustnessRows(model.rows);
  const n = Math.max(1, model.zoneCount);
  const places = Array.from({ length: n }, (_, index) => index + 1);
  const band =
    model.theme === 'dark' ? ['rgba(120,150,190,0.16)', 'rgba(120,150,190,0.05)'] : ['#e9eef5', '#f7f9fb'];
  const small = Math.round(model.fontSize * 0.85);
  return {
    animation: model.animate,
    animationDurationUpdate: 500,
    textStyle: { fontFamily: model.fontFamily, fontSize: model.fontSize, color: colors.text },
    aria: { enabled: false },
    legend: {
      type: 'plain',
      top: 0,
      left: 'center',
      selectedMode: false,
      textStyle: { color: colors.text, fontSize: small },
      data: [model.names.interval, model.names.median, model.names.current],
    },
    grid: {
      left: 8,
      right: Math.round(model.fontSize * 6),
      top: Math.round(model.fontSize * 3.6),
      bottom: 8,
      outerBounds: { left: 0, right: 0, top: 0, bottom: 0 },
    },
    xAxis: {
      type: 'value',
      // Each place owns the unit around it, so bands and bars can cover whole places.
      min: 0.5,
      max: n + 0.5,
      splitLine: { show: false },
      axisLine: { show: true, lineStyle: { color: colors.axis } },
      axisTick: { customValues: places },
      axisLabel: {
        customValues: places,
        color: colors.muted,
        fontSize: small,
        formatter: (value: number) => (Number.isInteger(value) ? String(value) : ''),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.id),
      axisLabel: {
        color: colors.text,
        fontSize: model.fontSize,
        formatter: (id: string) => rows.find((row) => row.id === id)?.label ?? id,
      },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        // Invisible offset: the interval's bar starts where this one ends.
        type: 'bar',
        id: 'offset',
        stack: 'interval',
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        barWidth: '45%',
        data: rows.map((row) => (row.interval ? row.interval.lower - BAR_OVERHANG : '-')),
        markArea: {
          silent: true,
          label: { show: true, position: 'top', color: colors.muted, fontSize: small },
          data: model.tiers.map((tier, index) => [
            {
              name: tier.label,
              xAxis: tier.lower - 0.5,
              itemStyle: { color: band[index % 2] },
            },
            { xAxis: tier.upper + 0.5 },
          ]),
        },
      },
      {
        type: 'bar',
        id: 'interval',
        name: model.names.interval,
        stack: 'interval',
        barWidth: '45%',
        itemStyle: { color: colors.muted, borderRadius: 4 },
        emphasis: { disabled: true },
        data: rows.map((row) =>
          row.interval
            ? {
                value: row.interval.upper - row.interval.lower + 2 * BAR_OVERHANG,
                itemStyle: { color: row.color, opacity: 0.75 },
              }
            : '-',
        ),
        label: {
          show: true,
          position: 'right',
          color: colors.text,
          fontSize: small,
          formatter: (params: { dataIndex: number }) => {
            const row = rows[params.dataIndex];
            return row?.interval ? model.formatFirst(row.firstProbability) : '';
          },
        },
      },
      {
        // A ring at the current rank, hollow so the median's bar stays visible inside it.
        type: 'scatter',
        id: 'current',
        name: model.names.current,
        symbol: 'circle',
        symbolSize: Math.round(model.fontSize * 1.3),
        itemStyle: { color: 'transparent', borderColor: '#d14343', borderWidth: 2.5 },
        emphasis: { disabled: true },
        z: 3,
        data: rows.flatMap((row, index) => (row.chosenRank === null ? [] : [[row.chosenRank, index]])),
      },
      {
        // A short upright bar at the median rank, across the interval's bar.
        type: 'scatter',
        id: 'median',
        name: model.names.median,
        symbol: 'rect',
        symbolSize: [4, Math.round(model.fontSize * 1.5)],
        itemStyle: { color: colors.text },
        emphasis: { disabled: true },
        z: 4,
        data: rows.flatMap((row, index) => (row.medianRank === null ? [] : [[row.medianRank, index]])),
      },
    ],
  };
}
