import type { EChartsCoreOption } from 'echarts/core';

export interface RankingBar {
  id: string;
  label: string;
  value: number | null;
  color: string;
}

export interface RankingChartModel {
  bars: RankingBar[];
  /** Upper end of the value axis; totals are out of 100. */
  max: number;
  theme: 'light' | 'dark';
  animate: boolean;
  /** Number formatting is done by the caller's locale-aware formatter, never by ECharts templates. */
  formatValue: (value: number | null) => string;
  fontFamily: string;
  fontSize: number;
}

/**
 * The bar race: one horizontal bar per zone, ECharts' realtime sort re-orders the bars with an
 * animation whenever totals change. Totals are 0–100 and missing totals are drawn as 0, so the
 * sort's known trouble with negative values cannot arise here.
 */
export function buildRankingChartOption(model: RankingChartModel): EChartsCoreOption {
  const textColor = model.theme === 'dark' ? '#e8eef7' : '#1b2533';
  const axisColor = model.theme === 'dark' ? '#55657d' : '#c5cdd8';
  const labels = new Map(model.bars.map((bar) => [bar.id, bar.label]));
  return {
    animation: model.animate,
    animationDuration: 300,
    animationDurationUpdate: 600,
    animationEasingUpdate: 'cubicOut',
    textStyle: { fontFamily: model.fontFamily, fontSize: model.fontSize, color: textColor },
    // ECharts' aria feature would replace the host's accessible name with a generated text of zone
    // ids and unrounded totals; the host's label and the ranking table are the text alternative.
    aria: { enabled: false },
    grid: { left: 8, right: 56, top: 8, bottom: 8, outerBounds: { left: 0, right: 0, top: 0, bottom: 0 } },
    xAxis: {
      type: 'value',
      min: 0,
      max: model.max,
      splitLine: { lineStyle: { color: axisColor, opacity: 0.5 } },
      axisLabel: { color: textColor, fontSize: Math.round(model.fontSize * 0.85) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.bars.map((bar) => bar.id),
      animationDuration: 300,
      animationDurationUpdate: 600,
      axisLabel: {
        color: textColor,
        fontSize: model.fontSize,
        // Category values are zone ids; the formatter returns the display name as plain text.
        formatter: (id: string) => labels.get(id) ?? id,
      },
      axisLine: { lineStyle: { color: axisColor } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        realtimeSort: true,
        barMaxWidth: 40,
        data: model.bars.map((bar) => ({
          value: bar.value ?? 0,
          itemStyle: { color: bar.color, borderRadius: [0, 4, 4, 0] },
        })),
        label: {
          show: true,
          position: 'right',
          valueAnimation: true,
          color: textColor,
          fontSize: model.fontSize,
          formatter: (params: { dataIndex: number }) =>
            model.formatValue(model.bars[params.dataIndex]?.value ?? null),
        },
      },
    ],
  };
}
