import { useMemo } from 'react';
import { formatScore, localized } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import { ChartHost } from './chart/ChartHost';
import { buildRankingChartOption } from './chart/rankingChartOption';
import { FONT_STACK } from './fonts';

export interface RankingChartProps {
  model: BoardModel;
  language: Language;
  label: string;
  theme?: 'light' | 'dark';
  renderer?: 'canvas' | 'svg';
  animate?: boolean;
  width?: number;
  height?: number;
  fontSize?: number;
  className?: string;
  onFinished?: () => void;
}

/** The animated bar race of totals. */
export function RankingChart({
  model,
  language,
  label,
  theme = 'light',
  renderer = 'canvas',
  animate = true,
  width,
  height,
  fontSize = 14,
  className,
  onFinished,
}: RankingChartProps) {
  // Bars stay in a fixed zone order; ECharts' realtime sort animates them into rank order.
  const option = useMemo(() => {
    const rows = [...model.rows].sort((a, b) => a.zone.id.localeCompare(b.zone.id));
    return buildRankingChartOption({
      bars: rows.map((row) => ({
        id: row.zone.id,
        label: localized(row.zone.shortName, language),
        value: row.total,
        color: row.zone.color,
      })),
      max: 100,
      theme,
      animate,
      formatValue: (value) => formatScore(value, language, model.totalDigits),
      fontFamily: FONT_STACK,
      fontSize,
    });
  }, [model.rows, model.totalDigits, language, theme, animate, fontSize]);

  return (
    <ChartHost
      option={option}
      label={label}
      renderer={renderer}
      width={width}
      height={height}
      className={className}
      onFinished={onFinished}
    />
  );
}
