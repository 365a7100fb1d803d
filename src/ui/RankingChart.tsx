import { useMemo } from 'react';
import { formatScore, localized } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import { ChartHost } from './chart/ChartHost';
import { buildRankingChartOption, RACE_MAX_BARS, sortRankingBars } from './chart/rankingChartOption';
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

/** The animated bar race of totals, in rank order. */
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
  // The builder sorts the bars by rank; every bar keeps its zone id, so ECharts slides it to its new
  // row and tweens its value when the ranking changes.
  const { option, order } = useMemo(() => {
    const bars = model.rows.map((row) => ({
      id: row.zone.id,
      label: localized(row.zone.shortName, language),
      value: row.total,
      rank: row.rank,
      color: row.zone.color,
    }));
    return {
      option: buildRankingChartOption({
        bars,
        max: 100,
        theme,
        animate,
        formatValue: (value) => formatScore(value, language, model.totalDigits),
        fontFamily: FONT_STACK,
        fontSize,
        maxBars: RACE_MAX_BARS,
      }),
      order: sortRankingBars(bars)
        .slice(0, RACE_MAX_BARS)
        .map((bar) => bar.id)
        .join(' '),
    };
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
      dataAttributes={{ 'data-order': order }}
    />
  );
}
