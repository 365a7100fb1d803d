import { COVERAGE_TOLERANCE, runWeightedPass } from './evaluate';
import { explainInputs, explainNodes, setById } from './explain';
import type { LocalizedText } from './model';
import type { PreparedScoring } from './prepare';
import { prepareScoring } from './prepare';
import { NOT_LEVEL, type RankOutcome } from './rank';
import type { EntityResult, LeafInput, NodeResult, Ranking, RankOnly, RuleFlag, ScoringInput } from './types';

export type { PreparedScoring } from './prepare';
export { prepareScoring } from './prepare';

type Weights = Readonly<Record<string, number>>;

/**
 * Shared by the many entities with nothing to add, so a large run does not allocate one per zone.
 * Frozen like the prepared flag lists: results are read, never edited.
 */
const NO_FLAGS: readonly RuleFlag[] = Object.freeze([]);
const NO_REASONS: readonly LocalizedText[] = Object.freeze([]);

/**
 * Scores and ranks the zones on a scorecard (DESIGN §3) with every explanation:
 * `scorePrepared(prepareScoring(input), input.weights)`. Pure: same input, same output.
 */
export function scoreZones(input: ScoringInput): Ranking {
  return scorePrepared(prepareScoring(input), input.weights);
}

/**
 * The weighted half of a run (DESIGN §3 steps 5–10): aggregates with the weights in force
 * (`weights` overrides the scorecard's per node id), measures coverage, adds coefficient and
 * points, ranks, and explains. A slider drag calls only this. Each entity's `nodes` and `inputs`
 * are built when first read.
 */
export function scorePrepared(prepared: PreparedScoring, weights?: Weights): Ranking {
  const pass = runWeightedPass(prepared, weights, true);
  const { outcome, totals, aggregates, coverage } = pass;
  // The lazy explanations outlive the scratch arrays: they keep their own copy of the weights.
  const context: ExplainContext = { prepared, weights: pass.weights.slice() };
  const dimensions = prepared.nodes[0]?.children ?? [];
  const template: Record<string, number | null> = {};
  for (const position of dimensions) setById(template, prepared.nodes[position]?.id ?? '', null);
  const rankCounts = new Map<number, number>();
  for (const rank of outcome.ranks) if (rank > 0) rankCounts.set(rank, (rankCounts.get(rank) ?? 0) + 1);
  const entities: EntityResult[] = [];
  for (const zone of outcome.order) {
    const rank = outcome.ranks[zone] ?? 0;
    const zoneCoverage = coverage?.[zone] ?? 0;
    entities.push(
      buildEntity(context, zone, {
        total: totals[zone] ?? Number.NaN,
        aggregate: aggregates[zone] ?? Number.NaN,
        coverage: zoneCoverage,
        rank: rank > 0 ? rank : null,
        isTied: rank > 0 && (rankCounts.get(rank) ?? 0) > 1,
        flags: dynamicFlags(prepared, zone, zoneCoverage, outcome),
        dimensionScores: dimensionScoresOf(prepared, dimensions, template, zone),
      }),
    );
  }
  const { scorecard } = prepared;
  return { scorecardId: scorecard.id, revision: scorecard.revision, periodId: scorecard.periodId, entities };
}

/**
 * The fast path for many weight sets (robustness sampling): totals and ranks in input zone order,
 * exactly as `scorePrepared` computes them, without any explanation. A null rank is an excluded
 * entity. Works in scratch arrays held by `prepared`, so it allocates only its result.
 */
export function rankPrepared(prepared: PreparedScoring, weights?: Weights): RankOnly {
  const { totals, outcome } = runWeightedPass(prepared, weights, false);
  const count = totals.length;
  const result: RankOnly = {
    totals: new Array<number | null>(count),
    ranks: new Array<number | null>(count),
  };
  for (let zone = 0; zone < count; zone++) {
    const total = totals[zone] ?? Number.NaN;
    const rank = outcome.ranks[zone] ?? 0;
    result.totals[zone] = Number.isNaN(total) ? null : total;
    result.ranks[zone] = rank > 0 ? rank : null;
  }
  return result;
}

interface ExplainContext {
  prepared: PreparedScoring;
  weights: Float64Array;
}

/**
 * The root's children's scores for one zone, read from the pass's columns before they are reused.
 * Every entity's record is a copy of one template, so all share one object shape (cheap to make).
 */
function dimensionScoresOf(
  prepared: PreparedScoring,
  dimensions: readonly number[],
  template: Readonly<Record<string, number | null>>,
  zone: number,
): Record<string, number | null> {
  const scores = { ...template };
  for (const position of dimensions) {
    const score = prepared.scratch.columns[position]?.[zone] ?? Number.NaN;
    setById(scores, prepared.nodes[position]?.id ?? '', Number.isNaN(score) ? null : score);
  }
  return scores;
}

interface EntityParts {
  dimensionScores: Record<string, number | null>;
  total: number;
  aggregate: number;
  coverage: number;
  rank: number | null;
  isTied: boolean;
  flags: readonly RuleFlag[];
}

function buildEntity(context: ExplainContext, zone: number, parts: EntityParts): EntityResult {
  const { prepared } = context;
  let nodes: Record<string, NodeResult> | undefined;
  let inputs: Record<string, LeafInput> | undefined;
  const isVetoed = prepared.isVetoed[zone] === 1;
  return {
    zoneId: prepared.zones[zone]?.id ?? '',
    total: Number.isNaN(parts.total) ? null : parts.total,
    aggregate: Number.isNaN(parts.aggregate) ? null : parts.aggregate,
    coefficient: prepared.coefficients[zone] ?? 1,
    bonus: prepared.bonus[zone] ?? 0,
    deduction: prepared.deduction[zone] ?? 0,
    rank: parts.rank,
    isTied: parts.isTied,
    isExcluded: isVetoed && prepared.isExcludeMode,
    isVetoed,
    vetoReasons: isVetoed ? (prepared.vetoReasons[zone] ?? NO_REASONS) : NO_REASONS,
    coverage: parts.coverage,
    hasSufficientData: parts.coverage >= prepared.minCoverage - COVERAGE_TOLERANCE,
    usesSampleData: prepared.usesSampleData[zone] === 1,
    dimensionScores: parts.dimensionScores,
    get nodes() {
      nodes ??= explainNodes(prepared, context.weights, zone);
      return nodes;
    },
    get inputs() {
      inputs ??= explainInputs(prepared, zone);
      return inputs;
    },
    flags: parts.flags,
  };
}

/** The zone's prepared flags, then those that depend on the weights: insufficient data, tie-break. */
function dynamicFlags(
  prepared: PreparedScoring,
  zone: number,
  coverage: number,
  outcome: RankOutcome,
): readonly RuleFlag[] {
  const preparedFlags = prepared.flags[zone] ?? NO_FLAGS;
  const { minCoverage } = prepared;
  const isInsufficient = !(coverage >= minCoverage - COVERAGE_TOLERANCE);
  const decidedBy = outcome.decidedBy[zone] ?? NOT_LEVEL;
  const isTieBroken = decidedBy !== NOT_LEVEL && prepared.tieBreak.length > 0;
  // Most entities add nothing: they share the prepared (frozen) array instead of copying it.
  if (!isInsufficient && !isTieBroken) return preparedFlags;
  const flags = [...preparedFlags];
  if (isInsufficient) flags.push({ rule: 'insufficient-data', coverage, minCoverage });
  if (isTieBroken) {
    const group = outcome.levelGroup[zone] ?? -1;
    const tiedZoneIds: string[] = [];
    for (let position = group; position >= 0 && position < outcome.order.length; position++) {
      const other = outcome.order[position] ?? -1;
      if (outcome.levelGroup[other] !== group) break;
      if (other !== zone) tiedZoneIds.push(prepared.zones[other]?.id ?? '');
    }
    const position = prepared.tieBreak[decidedBy];
    const nodeId = position === undefined ? null : (prepared.nodes[position]?.id ?? null);
    flags.push({ rule: 'tie-break', nodeId, tiedZoneIds });
  }
  return flags;
}
