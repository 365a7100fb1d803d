import type { EChartsCoreOption } from 'echarts/core';

export interface ZoneRadarAxis {
  id: string;
  /** Plain text (a dimension's name); drawn on the canvas, never parsed as HTML. */
  label: string;
}

export interface ZoneRadarSeries {
  id: string;
  label: string;
  /** One score (0–100) per axis; null where there is none (drawn at the centre). */
  values: readonly (number | null)[];
  color: string;
  lineType: 'solid' | 'dashed' | 'dotted';
  /** The zone's own polygon is filled; the comparisons are outlines. */
  isFilled: boolean;
}

export interface ZoneRadarModel {
  axes: readonly ZoneRadarAxis[];
  series: readonly ZoneRadarSeries[];
  theme: 'light' | 'dark';
  animate: boolean;
  fontFamily: string;
  fontSize: number;
}

/**
 * A radar of the zone's dimension scores against the leader and the field average, axes 0–100.
 * No tooltip (its formatter output is HTML, DESIGN §8): the card's table carries the numbers.
 */
export function buildZoneRadarOption(model: ZoneRadarModel): EChartsCoreOption {
  const textColor = model.theme === 'dark' ? '#e8eef7' : '#1b2533';
  const lineColor = model.theme === 'dark' ? '#55657d' : '#c5cdd8';
  return {
    animation: model.animate,
    textStyle: { fontFamily: model.fontFamily, fontSize: model.fontSize, color: textColor },
    legend: {
      bottom: 0,
      data: model.series.map((series) => series.label),
      textStyle: { color: textColor, fontSize: model.fontSize },
      selectedMode: false,
    },
    radar: {
      center: ['50%', '46%'],
      radius: '62%',
      splitNumber: 4,
      indicator: model.axes.map((axis) => ({ name: axis.label, min: 0, max: 100 })),
      axisName: { color: textColor, fontSize: model.fontSize },
      splitLine: { lineStyle: { color: lineColor } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: lineColor } },
    },
    series: [
      {
        type: 'radar',
        silent: true,
        symbolSize: 5,
        data: model.series.map((series) => ({
          name: series.label,
          value: series.values.map((value) => (value === null || !Number.isFinite(value) ? '-' : value)),
          lineStyle: { color: series.color, type: series.lineType, width: series.isFilled ? 3 : 2 },
          itemStyle: { color: series.color },
          areaStyle: series.isFilled ? { color: series.color, opacity: 0.2 } : undefined,
        })),
      },
    ],
  };
}
