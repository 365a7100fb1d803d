import { useMemo } from 'react';
import { localized } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import './chart/contributions';
import { ChartHost } from './chart/ChartHost';
import { buildContributionChartOption } from './chart/contributionChartOption';
import { RACE_MAX_BARS, sortRankingBars } from './chart/rankingChartOption';
import { FONT_STACK } from './fonts';

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
    const entities = new Map(model.ranking.entities.map((entity) => [entity.zoneId, entity]));
    // Rows come in rank order; only the places drawn need their (lazily built) explanations.
    const bars = model.rows.slice(0, RACE_MAX_BARS).map((row) => {
      const entity = entities.get(row.zone.id);
      const contributions: Record<string, number | null> = {};
      for (const dimension of model.dimensions) {
        const node = entity && entity.aggregate !== null ? entity.nodes[dimension.nodeId] : undefined;
        contributions[dimension.nodeId] = node ? node.contribution : null;
      }
      return {
        id: row.zone.id,
        label: localized(row.zone.shortName, language),
        value: entity?.aggregate ?? null,
        rank: row.rank,
        contributions,
      };
    });
    return {
      option: buildContributionChartOption({
        bars,
        dimensions: model.dimensions.map((dimension) => ({
          id: dimension.nodeId,
          label: localized(dimension.name, language),
        })),
        max: 100,
        theme,
        animate: true,
        fontFamily: FONT_STACK,
        fontSize,
      }),
      order: sortRankingBars(bars)
        .map((bar) => bar.id)
        .join(' '),
    };
  }, [model.rows, model.ranking, model.dimensions, language, theme, fontSize]);

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
