/**
 * The engine's inputs and outputs (DESIGN §3). The domain records themselves live in `model.ts`;
 * everything here is derived per call of `scoreZones` and never stored.
 */
import type { Fact, Indicator, JuryScore, Scorecard, Zone } from './model';

export interface ScoringInput {
  scorecard: Scorecard;
  /** The scored entities. Their order is the tie order of the result. */
  zones: Zone[];
  indicators: Indicator[];
  facts: Fact[];
  juryScores: JuryScore[];
  /** Draft weights while the user drags: node id → raw weight; overrides the scorecard's weights. */
  weights?: Readonly<Record<string, number>>;
}

/** What the engine did with a leaf that has no value (DESIGN §3 step 6). */
export type MissingTreatment = 'skipped' | 'zero' | 'mean';

/**
 * A rule that fired for an entity, for the explanation (DESIGN §3, "which rules fired").
 * The full engine adds its own members (capped, vetoed, …) to this union.
 */
export type RuleFlag =
  | { rule: 'missing'; nodeId: string; indicatorId: string; treatment: MissingTreatment }
  | { rule: 'insufficient-data'; coverage: number; minCoverage: number }
  /** Too few jury scores to drop `trim` from each end, so the plain mean was used. */
  | { rule: 'jury-untrimmed'; nodeId: string; count: number; trim: number };

export interface NodeResult {
  nodeId: string;
  /** 0–100 (`none` normalisation passes values through unclamped); null = missing. */
  score: number | null;
  /** Normalised among the siblings actually used (after re-weighting); 0 for a skipped node; 1 for the root. */
  weight: number;
  /** Product of `weight` along the path from the root: the part of the total this node carries. */
  share: number;
  /**
   * Points this node adds to the entity's total: share × score (0 when missing).
   * The contributions of an arithmetic node's children sum to the node's own contribution.
   */
  contribution: number;
  /** True for a leaf without a value (even when the missing policy imputed one) and a group whose leaves all are. */
  isMissing: boolean;
}

/** The data a leaf used for one entity (DESIGN §3 step 1), before normalisation. */
export interface LeafInput {
  nodeId: string;
  indicatorId: string;
  /** The selected fact, or the combined jury score; null when there is none. */
  rawValue: number | null;
  /** Jury leaves only: how many jury scores were combined. */
  juryCount?: number;
  /** Jury leaves only: the jury scores the trimmed mean dropped (lowest first). */
  droppedJuryScoreIds?: string[];
  /** Quantitative leaves only: the fact used, so its source can be shown. */
  factId?: string;
  usesSampleData: boolean;
}

export interface EntityResult {
  zoneId: string;
  total: number | null;
  /** Standard competition rank (1, 2, 2, 4); entities with insufficient data rank after the others. */
  rank: number;
  isTied: boolean;
  /** 0–1: share of the root's leaf weight (after weight overrides, before re-weighting) that has data. */
  coverage: number;
  hasSufficientData: boolean;
  usesSampleData: boolean;
  /** Every node of the scorecard, the root included, by node id. */
  nodes: Record<string, NodeResult>;
  /** Every leaf's data, by node id. */
  inputs: Record<string, LeafInput>;
  flags: RuleFlag[];
}

export interface Ranking {
  scorecardId: string;
  revision: number;
  periodId: string;
  /** Ordered by rank, then by the zones' order in the input. */
  entities: EntityResult[];
}
