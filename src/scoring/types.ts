/**
 * The engine's inputs and outputs (DESIGN §3). The domain records themselves live in `model.ts`;
 * everything here is derived per call of `scoreZones` and never stored.
 */
import type {
  Aggregation,
  Fact,
  Indicator,
  JuryScore,
  LocalizedText,
  Period,
  PointEvent,
  Scorecard,
  Target,
  Zone,
} from './model';

export interface ScoringInput {
  scorecard: Scorecard;
  /** The scored entities. Their order is the tie order of the result. */
  zones: Zone[];
  indicators: Indicator[];
  facts: Fact[];
  juryScores: JuryScore[];
  /** Targets, for `target-completion` / `time-pace` values and `target` normalisation. */
  targets?: Target[];
  /** Period dates: which period contains the scored one, a year earlier, the point-event window. */
  periods?: Period[];
  /** 加点 / 扣点 (DESIGN §3 step 7), counted when dated within [period start, max(period end, asOf)]. */
  pointEvents?: PointEvent[];
  /** ISO date the data is as of: time-pace (序时进度) and the point-event window use it. */
  asOf?: string;
  /** Draft weights while the user drags: node id → raw weight; overrides the scorecard's weights. */
  weights?: Readonly<Record<string, number>>;
}

/** What the engine did with a leaf that has no value (DESIGN §3 step 6). */
export type MissingTreatment = 'skipped' | 'zero' | 'mean';

/** A rule that fired for an entity, for the explanation (DESIGN §3, "which rules fired"). */
export type RuleFlag =
  | { rule: 'missing'; nodeId: string; indicatorId: string; treatment: MissingTreatment }
  | { rule: 'insufficient-data'; coverage: number; minCoverage: number }
  /** Too few jury scores to drop `trim` from each end, so the plain mean was used. */
  | { rule: 'jury-untrimmed'; nodeId: string; count: number; trim: number }
  /** A target-based value or normalisation found no usable target (none, or ≤ 0): the value is missing. */
  | { rule: 'no-target'; nodeId: string; indicatorId: string }
  /** Growth found no usable value (none, or ≤ 0) for the period one year earlier: the value is missing. */
  | { rule: 'no-base'; nodeId: string; indicatorId: string; basePeriodId: string | null }
  /** Log treatment met a value ≤ 0, which has no logarithm: the value is missing. */
  | { rule: 'log-non-positive'; nodeId: string; indicatorId: string; value: number }
  /** Winsorising clipped the (treated) value to a quantile of the column. */
  | { rule: 'winsorised'; nodeId: string; indicatorId: string; from: number; to: number }
  /** `goalposts` clipped a value outside [lo, hi] to 0 or 100. */
  | { rule: 'goalposts-clipped'; nodeId: string; indicatorId: string }
  /** `target` normalisation hit its cap: completion above `cap` scores 100·cap. */
  | { rule: 'target-capped'; nodeId: string; indicatorId: string; cap: number }
  /** The total was multiplied by a coefficient other than 1 (the zone's own, else its category's). */
  | { rule: 'coefficient'; coefficient: number; source: 'zone' | 'category' }
  /** Bonus and/or deduction points were added (before capping; `eventIds`/`factIds` name their origin). */
  | { rule: 'points'; bonus: number; deduction: number; eventIds: string[]; factIds: string[] }
  /** The bonus or deduction sum exceeded its cap; `points` is the uncapped sum. */
  | { rule: 'capped'; kind: 'bonus' | 'deduction'; points: number; cap: number }
  /** 一票否决: the fact of `indicatorId` in the scored period met the rule's condition. */
  | { rule: 'vetoed'; ruleId: string; indicatorId: string; value: number; reason: LocalizedText }
  /**
   * The entity was level on total with `tiedZoneIds`; the tie-break chain separated it at `nodeId`
   * (null: no node in the chain separated it, so it stays tied).
   */
  | { rule: 'tie-break'; nodeId: string | null; tiedZoneIds: string[] };

export interface NodeResult {
  nodeId: string;
  /** Normalised score (`none` passes values through unclamped); null = missing. */
  score: number | null;
  /** Normalised among the siblings actually used (after re-weighting); 0 for a skipped node; 1 for the root. */
  weight: number;
  /** Product of `weight` along the path from the root: the part of the aggregate this node carries. */
  share: number;
  /**
   * Points of the aggregate (before coefficient and points) this node accounts for; the root's is
   * the aggregate. Below arithmetic nodes it is share × score, so an arithmetic node's children sum
   * to its contribution. A geometric mean has no additive split: its children share its
   * contribution by their used weights (and arithmetic nodes below them split theirs in proportion
   * to weight × score), so the sum still holds everywhere.
   */
  contribution: number;
  /** True for a leaf without a value (even when the missing policy imputed one) and a group whose leaves all are. */
  isMissing: boolean;
  /** Groups only: how the children were combined. */
  aggregation?: Aggregation;
}

/** The data a leaf used for one entity (DESIGN §3 step 1), before normalisation. */
export interface LeafInput {
  nodeId: string;
  indicatorId: string;
  /** The selected value — the fact, the combined jury score, or the derived value — before treatment; null when there is none. */
  rawValue: number | null;
  /** Jury leaves only: how many jury scores were combined. */
  juryCount?: number;
  /** Jury leaves only: the jury scores the trimmed mean dropped (lowest first). */
  droppedJuryScoreIds?: string[];
  /** Quantitative leaves only: the fact used, so its source can be shown. */
  factId?: string;
  /** Derived values only: the fact's own value, from which `rawValue` was derived. */
  factValue?: number;
  /** Target-based values and `target` normalisation: the target used. */
  targetId?: string;
  targetValue?: number;
  /** Time-pace only: elapsed share (0–1] of the target period at the as-of date. */
  elapsedShare?: number;
  /** Growth only: the fact of the period one year earlier. */
  baseFactId?: string;
  baseValue?: number;
  /** Leaves with a treatment only: the value after log / winsorising (null when the treatment dropped it). */
  treatedValue?: number | null;
  usesSampleData: boolean;
}

export interface EntityResult {
  zoneId: string;
  /** coefficient × aggregate + bonus − deduction; null when the entity has no aggregate. */
  total: number | null;
  /** The root's score: the weighted aggregate of the node scores. */
  aggregate: number | null;
  /** 系数 applied to the aggregate (1 unless the scorecard sets one for the zone or its category). */
  coefficient: number;
  /** Bonus points added, after the cap. */
  bonus: number;
  /** Deduction points subtracted (≥ 0), after the cap. */
  deduction: number;
  /**
   * Standard competition rank (1, 2, 2, 4): insufficient data ranks after the others, vetoed
   * entities after everyone; null when excluded (vetoed under `vetoMode: 'exclude'`).
   */
  rank: number | null;
  isTied: boolean;
  /** Vetoed under `vetoMode: 'exclude'`: shown, never ranked. */
  isExcluded: boolean;
  isVetoed: boolean;
  /** The reasons of the veto rules that fired, in scorecard order. */
  vetoReasons: readonly LocalizedText[];
  /** 0–1: share of the root's leaf weight (after weight overrides, before re-weighting) that has data. */
  coverage: number;
  hasSufficientData: boolean;
  usesSampleData: boolean;
  /**
   * The scores of the root's children (the dimensions) by node id: `nodes[id].score` without
   * building every node's explanation — what a table of many zones reads.
   */
  dimensionScores: Record<string, number | null>;
  /** Every node of the scorecard, the root included, by node id (built on first read). */
  nodes: Record<string, NodeResult>;
  /** Every leaf's data, by node id (built on first read). */
  inputs: Record<string, LeafInput>;
  /** Every rule that fired (read-only: entities with the same flags may share one list). */
  flags: readonly RuleFlag[];
}

export interface Ranking {
  scorecardId: string;
  revision: number;
  periodId: string;
  /** Ordered by rank, then by the zones' order in the input; excluded entities last. */
  entities: EntityResult[];
}

/** The fast path's result, in input zone order: no explanation objects. */
export interface RankOnly {
  totals: (number | null)[];
  /** null = excluded. */
  ranks: (number | null)[];
}
