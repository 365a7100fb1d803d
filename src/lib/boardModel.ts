import type {
  Fact,
  Indicator,
  JuryScore,
  LocalizedText,
  Period,
  PointEvent,
  Scorecard,
  Target,
  Zone,
} from '../scoring/model';
import { type PreparedScoring, prepareScoring, scorePrepared } from '../scoring/score';
import type { Ranking, ScoringInput } from '../scoring/types';

/** The persisted data the leaderboard is derived from. */
export interface BoardData {
  zones: Zone[];
  indicators: Indicator[];
  facts: Fact[];
  juryScores: JuryScore[];
  periods: Period[];
  /** Targets (target completion, time-pace, `target` normalisation); none when absent. */
  targets?: Target[];
  /** 加点 / 扣点; none when absent. */
  pointEvents?: PointEvent[];
  scorecard: Scorecard;
  /** The dataset's as-of date: time-pace and the point-event window use it. */
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
  /** null when the zone is excluded from the ranking (vetoed under `vetoMode: 'exclude'`). */
  rank: number | null;
  isTied: boolean;
  total: number | null;
  hasSufficientData: boolean;
  isVetoed: boolean;
  /** The veto rules' reasons, to show beside the badge. */
  vetoReasons: readonly LocalizedText[];
  isExcluded: boolean;
  /** The zone's result used sample (made-up) jury scores: the table badges it. */
  usesSampleData: boolean;
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
  /** Decimals to show totals with, so zones of different rank never look tied (see totalDigitsFor). */
  totalDigits: number;
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

/** The engine's input for the board's data, without weights (what `prepareScoring` and the robustness worker take). */
export function scoringInputOf(data: BoardData): Omit<ScoringInput, 'weights'> {
  return {
    scorecard: data.scorecard,
    zones: data.zones,
    indicators: data.indicators,
    facts: data.facts,
    juryScores: data.juryScores,
    targets: data.targets ?? [],
    periods: data.periods,
    pointEvents: data.pointEvents ?? [],
    asOf: data.asOf,
  };
}

/** Scores the board in one go; a caller that re-weights often keeps `prepareScoring`'s result instead. */
export function buildBoardModel(data: BoardData, weights: Readonly<Record<string, number>>): BoardModel {
  return buildBoardModelFrom(data, prepareScoring(scoringInputOf(data)), weights);
}

/**
 * The board from prepared scoring (DESIGN §3 steps 1–4, 6–8 done once per data version): a weight
 * change only re-aggregates and re-ranks.
 */
export function buildBoardModelFrom(
  data: BoardData,
  prepared: PreparedScoring,
  weights: Readonly<Record<string, number>>,
): BoardModel {
  const { scorecard } = data;
  const ranking = scorePrepared(prepared, weights);
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
    rows.push({
      zone,
      rank: entity.rank,
      isTied: entity.isTied,
      total: entity.total,
      hasSufficientData: entity.hasSufficientData,
      isVetoed: entity.isVetoed,
      vetoReasons: entity.vetoReasons,
      isExcluded: entity.isExcluded,
      usesSampleData: entity.usesSampleData,
      dimensionScores: entity.dimensionScores,
    });
  }
  return {
    totalDigits: totalDigitsFor(rows),
    scorecard,
    period: data.periods.find((period) => period.id === scorecard.periodId),
    asOf: data.asOf,
    dimensions,
    rows,
    usesSampleData: ranking.entities.some((entity) => entity.usesSampleData),
    ranking,
  };
}

const MIN_TOTAL_DIGITS = 1;
const MAX_TOTAL_DIGITS = 3;

/**
 * Ranks use unrounded totals (DESIGN §3 step 9), so 86.31 and 86.27 rank 3rd and 4th while both
 * read "86.3" at one decimal. The fewest decimals (1–3) at which zones of different rank show
 * different totals avoids putting an unexplained split in front of the room.
 */
export function totalDigitsFor(rows: readonly Pick<BoardRow, 'rank' | 'total'>[]): number {
  for (let digits = MIN_TOTAL_DIGITS; digits < MAX_TOTAL_DIGITS; digits++) {
    const rankByShown = new Map<string, number>();
    const isAmbiguous = rows.some((row) => {
      if (row.total === null) return false;
      const shown = row.total.toFixed(digits);
      // An excluded zone (no rank) never clashes: it is shown apart from the ranked ones.
      if (row.rank === null) return false;
      const rank = rankByShown.get(shown);
      rankByShown.set(shown, row.rank);
      return rank !== undefined && rank !== row.rank;
    });
    if (!isAmbiguous) return digits;
  }
  return MAX_TOTAL_DIGITS;
}
