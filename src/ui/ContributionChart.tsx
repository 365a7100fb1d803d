import { useMemo } from 'react';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import './chart/contributions';
import { buildBoardContributionOption, contributionBarsOf } from './boardChartOptions';
import { ChartHost } from './chart/ChartHost';
import { sortRankingBars } from './chart/rankingChartOption';

export interface ContributionChartProps {
  model: BoardModel;
  language: Language;
  label: string;
  theme?: 'light' | 'dark';
  fontSize?: number;
  className?: string;
}

const REPLACE_SERIES = ['series'] as const;

/**
 * Each zone's weighted aggregate split into its dimensions' contributions (points), stacked, in
 * rank order. Reads the engine's per-node results, so it is only built while this view is shown.
 */
export function ContributionChart({
  model,
  language,
  label,
  theme = 'light',
  fontSize = 14,
  className,
}: ContributionChartProps) {
  const { option, order } = useMemo(() => {
    const bars = contributionBarsOf(model, language);
    return {
      option: buildBoardContributionOption(model, language, { theme, animate: true, fontSize }, bars),
      order: sortRankingBars(bars)
        .map((bar) => bar.id)
        .join(' '),
    };
    // A new board model always comes with new rows, so depending on the model redraws no more often.
  }, [model, language, theme, fontSize]);

  return (
    <ChartHost
      option={option}
      label={label}
      className={className}
      replaceMerge={REPLACE_SERIES}
      dataAttributes={{ 'data-order': order, 'data-series-count': String(model.dimensions.length) }}
    />
  );
}
