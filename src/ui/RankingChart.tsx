import { useMemo } from 'react';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import { buildBoardRankingOption, rankingBarsOf } from './boardChartOptions';
import { ChartHost } from './chart/ChartHost';
import { RACE_MAX_BARS, sortRankingBars } from './chart/rankingChartOption';

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
    const bars = rankingBarsOf(model, language);
    return {
      option: buildBoardRankingOption(model, language, { theme, animate, fontSize }, bars),
      order: sortRankingBars(bars)
        .slice(0, RACE_MAX_BARS)
        .map((bar) => bar.id)
        .join(' '),
    };
    // A new board model always comes with new rows, so depending on the model redraws no more often.
  }, [model, language, theme, animate, fontSize]);

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
