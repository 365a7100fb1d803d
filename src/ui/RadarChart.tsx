import { useMemo } from 'react';
import './chart/radar';
import { ChartHost } from './chart/ChartHost';
import { buildZoneRadarOption, type ZoneRadarAxis, type ZoneRadarSeries } from './chart/zoneRadarOption';
import { FONT_STACK } from './fonts';

export interface RadarChartProps {
  axes: readonly ZoneRadarAxis[];
  series: readonly ZoneRadarSeries[];
  /** Accessible description; the numbers themselves belong in a table beside the chart. */
  label: string;
  theme?: 'light' | 'dark';
  fontSize?: number;
  className?: string;
}

/** A radar of scores on 0–100 axes (the zone card's zone vs leader vs average). */
export function RadarChart({
  axes,
  series,
  label,
  theme = 'light',
  fontSize = 14,
  className,
}: RadarChartProps) {
  const option = useMemo(
    () => buildZoneRadarOption({ axes, series, theme, animate: true, fontFamily: FONT_STACK, fontSize }),
    [axes, series, theme, fontSize],
  );
  return <ChartHost option={option} label={label} className={className} />;
}
