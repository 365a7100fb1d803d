import { useMemo } from 'react';
import './chart/robustness';
import { ChartHost } from './chart/ChartHost';
import {
  buildRobustnessChartOption,
  type RobustnessChartRow,
  type RobustnessChartTier,
  sortRobustnessRows,
} from './chart/robustnessChartOption';
import { FONT_STACK } from './fonts';

export interface RobustnessChartProps {
  rows: readonly RobustnessChartRow[];
  tiers: readonly RobustnessChartTier[];
  zoneCount: number;
  names: { interval: string; median: string; current: string };
  formatFirst: (probability: number) => string;
  /** Accessible description; the numbers are in the table beside the chart. */
  label: string;
  theme?: 'light' | 'dark';
  fontSize?: number;
  className?: string;
}

const ROW_HEIGHT = 34;
const CHROME_HEIGHT = 96;

/** Rank robustness: each zone's 90 % interval of places, median and current rank, over tier bands. */
export function RobustnessChart({
  rows,
  tiers,
  zoneCount,
  names,
  formatFirst,
  label,
  theme = 'light',
  fontSize = 14,
  className,
}: RobustnessChartProps) {
  const option = useMemo(
    () =>
      buildRobustnessChartOption({
        rows,
        tiers,
        zoneCount,
        names,
        formatFirst,
        theme,
        animate: true,
        fontFamily: FONT_STACK,
        fontSize,
      }),
    [rows, tiers, zoneCount, names, formatFirst, theme, fontSize],
  );
  const order = useMemo(
    () =>
      sortRobustnessRows(rows)
        .map((row) => row.id)
        .join(' '),
    [rows],
  );
  return (
    <div className={className} style={{ height: CHROME_HEIGHT + rows.length * ROW_HEIGHT }}>
      <ChartHost
        option={option}
        label={label}
        className="robustness-chart-host"
        dataAttributes={{ 'data-order': order, 'data-tier-count': String(tiers.length) }}
      />
    </div>
  );
}
