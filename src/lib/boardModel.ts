import type { Fact, Indicator, JuryScore, LocalizedText, Period, Scorecard, Zone } from '../scoring/model';
import { scoreZones } from '../scoring/score';
import type { Ranking } from '../scoring/types';

/** The persisted data the leaderboard is derived from. */
export interface BoardData {
  zones: Zone[];
  indicators: Indicator[];
  facts: Fact[];
  juryScores: JuryScore[];
  periods: Period[];
  scorecard: Scorecard;
  asOf: string;
}

export interface DimensionColumn {
  nodeId: string;
  name: LocalizedText;
  /** The raw weight in force (draft, saved or the scorecard's). */
  weight: number;
  /** The weight as a share of its siblings (0–1). */
  share: number;
}

export interface BoardRow {
  zone: Zone;
  rank: number;
  isTied: boolean;
  total: number | null;
  hasSufficientData: boolean;
  dimensionScores: Record<string, number | null>;
}

/** Everything the leaderboard, its chart and its exported image show. Derived, never stored. */
export interface BoardModel {
  scorecard: Scorecard;
  period: Period | undefined;
  asOf: string;
  dimensions: DimensionColumn[];
  rows: BoardRow[];
  usesSampleData: boolean;
  ranking: Ranking;
}

/** The weight a node has after overrides: the user's draft, then the saved set, then the scorecard. */
export function effectiveWeight(
  nodeId: string,
  fallback: number,
  overrides: Readonly<Record<string, number>>,
): number {
  const override = overrides[nodeId];
  return override !== undefined && Number.isFinite(override) && override >= 0 ? override : fallback;
}

export function buildBoardModel(data: BoardData, weights: Readonly<Record<string, number>>): BoardModel {
  const { scorecard } = data;
  const ranking = scoreZones({
    scorecard,
    zones: data.zones,
    indicators: data.indicators,
    facts: data.facts,
    juryScores: data.juryScores,
    weights,
  });
  const rawWeights = scorecard.root.children.map((node) => effectiveWeight(node.id, node.weight, weights));
  const weightSum = rawWeights.reduce((sum, weight) => sum + weight, 0);
  const dimensions = scorecard.root.children.map((node, index) => {
    const weight = rawWeights[index] ?? 0;
    return {
      nodeId: node.id,
      name: node.name,
      weight,
      share: weightSum > 0 ? weight / weightSum : 1 / rawWeights.length,
    };
  });
  const zonesById = new Map(data.zones.map((zone) => [zone.id, zone]));
  const rows: BoardRow[] = [];
  for (const entity of ranking.entities) {
    const zone = zonesById.get(entity.zoneId);
    if (!zone) continue;
    const dimensionScores: Record<string, number | null> = {};
    for (const dimension of dimensions)
      dimensionScores[dimension.nodeId] = entity.nodes[dimension.nodeId]?.score ?? null;
    rows.push({
      zone,
      rank: entity.rank,
      isTied: entity.isTied,
      total: entity.total,
      hasSufficientData: entity.hasSufficientData,
      dimensionScores,
    });
  }
  return {
    scorecard,
    period: data.periods.find((period) => period.id === scorecard.periodId),
    asOf: data.asOf,
    dimensions,
    rows,
    usesSampleData: ranking.entities.some((entity) => entity.usesSampleData),
    ranking,
  };
}
