import { formatScore, localized } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import { buildContributionChartOption, type ContributionBar } from './chart/contributionChartOption';
import type { EChartsCoreOption } from './chart/echarts';
import { buildRankingChartOption, RACE_MAX_BARS, type RankingBar } from './chart/rankingChartOption';
import { FONT_STACK } from './fonts';

export interface BoardChartStyle {
  theme: 'light' | 'dark';
  animate: boolean;
  fontSize: number;
  /** Defaults to the app's font stack. */
  fontFamily?: string;
}

/** The bar race's bars: one per zone, labelled with its short name. */
export function rankingBarsOf(model: BoardModel, language: Language): RankingBar[] {
  return model.rows.map((row) => ({
    id: row.zone.id,
    label: localized(row.zone.shortName, language),
    value: row.total,
    rank: row.rank,
    color: row.zone.color,
  }));
}

/** The bar race's option for the board (the live chart and the SVG export draw the same). */
export function buildBoardRankingOption(
  model: BoardModel,
  language: Language,
  style: BoardChartStyle,
  bars: readonly RankingBar[] = rankingBarsOf(model, language),
): EChartsCoreOption {
  return buildRankingChartOption({
    bars,
    max: 100,
    theme: style.theme,
    animate: style.animate,
    formatValue: (value) => formatScore(value, language, model.totalDigits),
    fontFamily: style.fontFamily ?? FONT_STACK,
    fontSize: style.fontSize,
    maxBars: RACE_MAX_BARS,
  });
}

/** Each drawn zone's weighted aggregate split into its dimensions' contributions. */
export function contributionBarsOf(model: BoardModel, language: Language): ContributionBar[] {
  const entities = new Map(model.ranking.entities.map((entity) => [entity.zoneId, entity]));
  // Rows come in rank order; only the places drawn need their (lazily built) explanations.
  return model.rows.slice(0, RACE_MAX_BARS).map((row) => {
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
}

export function buildBoardContributionOption(
  model: BoardModel,
  language: Language,
  style: BoardChartStyle,
  bars: readonly ContributionBar[] = contributionBarsOf(model, language),
): EChartsCoreOption {
  return buildContributionChartOption({
    bars,
    dimensions: model.dimensions.map((dimension) => ({
      id: dimension.nodeId,
      label: localized(dimension.name, language),
    })),
    max: 100,
    theme: style.theme,
    animate: style.animate,
    fontFamily: style.fontFamily ?? FONT_STACK,
    fontSize: style.fontSize,
  });
}
