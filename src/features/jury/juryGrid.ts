import { canTrim, combineJuryScores, trimJuryScores } from '../../scoring/jury';
import {
  type Indicator,
  isGroupNode,
  type Judge,
  type JuryCombination,
  type JuryScore,
  type LocalizedText,
  type Scorecard,
  type ScorecardNode,
  type Zone,
} from '../../scoring/model';
import { DEFAULT_JURY_COMBINATION } from '../../scoring/select';
import { DEFAULT_JURY_SCALE, type ScoreScale } from './juryScoreText';

/** One jury leaf of a scorecard: what the grid of that indicator scores and how it combines. */
export interface JuryLeaf {
  nodeId: string;
  indicatorId: string;
  name: LocalizedText;
  combination: JuryCombination;
  scale: ScoreScale;
}

/** The scorecard's leaves on jury indicators, in tree order; one indicator appears once. */
export function juryLeavesOf(scorecard: Scorecard, indicators: readonly Indicator[]): JuryLeaf[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const leaves: JuryLeaf[] = [];
  const seen = new Set<string>();
  const visit = (node: ScorecardNode) => {
    if (isGroupNode(node)) {
      for (const child of node.children) visit(child);
      return;
    }
    const indicator = byId.get(node.indicatorId);
    if (indicator?.kind !== 'jury' || seen.has(indicator.id)) return;
    seen.add(indicator.id);
    leaves.push({
      nodeId: node.id,
      indicatorId: indicator.id,
      name: indicator.name,
      // The engine's own default, so the grid's combined score is the one the board ranks on.
      combination: node.jury ?? DEFAULT_JURY_COMBINATION,
      scale: indicator.scale ?? DEFAULT_JURY_SCALE,
    });
  };
  visit(scorecard.root);
  return leaves;
}

/** A column of the grid: a judge, or a judge id some score names but the judges table lacks. */
export interface JuryColumn {
  judgeId: string;
  name: LocalizedText;
  isSample: boolean;
  /** Sample judges and unknown judges are shown, never typed into. */
  isEditable: boolean;
}

/**
 * The columns for one indicator: real judges (all of them, so a new judge's empty column is
 * there to type into), then sample judges and unknown judge ids only where they hold scores of
 * this indicator. Ids sort in creation order (see newJudgeId in src/db/juryScores.ts).
 */
export function juryColumnsOf(
  judges: readonly Judge[],
  scores: readonly JuryScore[],
  indicatorId: string,
): JuryColumn[] {
  const scoring = new Set(scores.filter((score) => score.indicatorId === indicatorId).map((s) => s.judgeId));
  const byId = [...judges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(judges.map((judge) => judge.id));
  const real = byId.filter((judge) => !judge.isSample);
  const sample = byId.filter((judge) => judge.isSample && scoring.has(judge.id));
  const unknown = [...scoring].filter((id) => !known.has(id)).sort();
  return [
    ...real.map((judge) => ({ judgeId: judge.id, name: judge.name, isSample: false, isEditable: true })),
    ...sample.map((judge) => ({ judgeId: judge.id, name: judge.name, isSample: true, isEditable: false })),
    ...unknown.map((id) => ({ judgeId: id, name: { zh: id, en: id }, isSample: false, isEditable: false })),
  ];
}

export type DroppedMark = 'lowest' | 'highest';

/** One zone's row: the judges' scores in column order and how they combine. */
export interface JuryRow {
  zoneId: string;
  /** Per column: the score, or null when that judge has not scored the zone. */
  scores: (number | null)[];
  /** Per column: whether the score is left out of a trimmed mean, and as which extreme. */
  dropped: (DroppedMark | null)[];
  /** The combined score, exactly as the engine combines it; null with no scores. */
  combined: number | null;
  count: number;
  /** Scores a trimmed mean needs to drop anything (1 for mean and median). */
  needed: number;
  hasSampleScores: boolean;
}

/** Scores the method needs before it works as configured (去掉最高最低分 needs 2·trim + 1). */
export function scoresNeeded(combination: JuryCombination): number {
  return combination.method === 'trimmed-mean' ? 2 * combination.trim + 1 : 1;
}

/**
 * Builds the rows of one indicator's grid. Scores are combined with `combineJuryScores` from the
 * engine (DESIGN §3 step 4); a trimmed mean's dropped scores come from `trimJuryScores`, whose
 * first `trim` are the lowest and the rest the highest.
 */
export function juryRowsOf(
  zones: readonly Zone[],
  columns: readonly JuryColumn[],
  scores: readonly JuryScore[],
  leaf: Pick<JuryLeaf, 'indicatorId' | 'combination'>,
): JuryRow[] {
  const cells = new Map<string, JuryScore>();
  for (const score of scores) {
    if (score.indicatorId === leaf.indicatorId) cells.set(`${score.zoneId}\u0000${score.judgeId}`, score);
  }
  return zones.map((zone) => {
    const records = columns.map((column) => cells.get(`${zone.id}\u0000${column.judgeId}`) ?? null);
    const rowScores = records.map((record) => record?.score ?? null);
    const given: number[] = [];
    const positions: number[] = [];
    rowScores.forEach((score, column) => {
      if (score !== null && Number.isFinite(score)) {
        given.push(score);
        positions.push(column);
      }
    });
    return {
      zoneId: zone.id,
      scores: rowScores,
      dropped: droppedMarks(given, positions, columns.length, leaf.combination),
      combined: combineJuryScores(given, leaf.combination),
      count: given.length,
      needed: scoresNeeded(leaf.combination),
      hasSampleScores: records.some((record) => record?.isSample === true),
    };
  });
}

function droppedMarks(
  given: readonly number[],
  positions: readonly number[],
  columnCount: number,
  combination: JuryCombination,
): (DroppedMark | null)[] {
  const marks: (DroppedMark | null)[] = new Array(columnCount).fill(null);
  if (combination.method !== 'trimmed-mean' || !canTrim(given.length, combination.trim)) return marks;
  const { droppedIndices } = trimJuryScores(given, combination.trim);
  droppedIndices.forEach((index, order) => {
    const column = positions[index];
    if (column !== undefined) marks[column] = order < combination.trim ? 'lowest' : 'highest';
  });
  return marks;
}

/** Whether a zone has too few scores for the method (a trimmed mean then falls back to the plain mean). */
export function isShortOfScores(row: Pick<JuryRow, 'count' | 'needed'>): boolean {
  return row.count < row.needed;
}
