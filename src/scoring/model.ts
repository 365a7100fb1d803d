/**
 * The domain model of DESIGN §2, shared by the engine, the file formats and the database.
 * Plain data only: every value here must survive JSON and structured clone unchanged.
 */

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A document a figure is taken from (DESIGN: "every figure carries its source"). */
export interface Source {
  id: string;
  title: LocalizedText;
  publisher: string;
  /** ISO date of publication. */
  date: string;
  /** File name under shared/seeds when the source is one of the seed articles. */
  seedFile?: string;
  url?: string;
}

/** A verbatim sentence (or clause) from a Source. */
export interface Quote {
  sourceId: string;
  text: string;
}

/** The `sourceId` of a row the user added on the Data screen: it has no document behind it. */
export const USER_ENTRY_SOURCE_ID = 'user-entry';

/**
 * Set when the user changed a figure on the Data screen. Its quote is kept but no longer backs the
 * value, so the screens show both and say so. `originalValue` is absent for rows the user added.
 */
export interface UserEdit {
  editedAt: string;
  originalValue?: number;
}

export interface Category {
  id: string;
  name: LocalizedText;
}

/** The entity being ranked. Nothing assumes there are nine of them. */
export interface Zone {
  id: string;
  name: LocalizedText;
  shortName: LocalizedText;
  categoryId: string;
  /** CSS colour used for this zone's bar. */
  color: string;
}

export interface Period {
  id: string;
  label: LocalizedText;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

export type Direction = 'higher' | 'lower';
export type IndicatorKind = 'quantitative' | 'jury' | 'bonus' | 'deduction' | 'veto';

export interface Indicator {
  id: string;
  name: LocalizedText;
  /** Explicit unit (亿元, 个, 家, %, 万美元, 分 …); values are stored in this unit. */
  unit: string;
  direction: Direction;
  kind: IndicatorKind;
  description?: LocalizedText;
  /** Valid score range for jury indicators. */
  scale?: { min: number; max: number };
}

export interface Fact {
  id: string;
  zoneId: string;
  indicatorId: string;
  periodId: string;
  value: number;
  source: Quote;
  note?: LocalizedText;
  userEdit?: UserEdit;
}

/** How a target figure is phrased: "230个以上" is atLeast, "突破900家" is moreThan. */
export type TargetComparator = 'atLeast' | 'moreThan' | 'exactly';

export interface Target {
  id: string;
  zoneId: string;
  indicatorId: string;
  periodId: string;
  value: number;
  comparator: TargetComparator;
  source: Quote;
  note?: LocalizedText;
  userEdit?: UserEdit;
}

/** A qualitative 展实绩 (achievement) or 谈打算 (plan) item that carries no scored figure. */
export interface ZoneText {
  id: string;
  zoneId: string;
  kind: 'achievement' | 'plan';
  text: string;
  source: Quote;
}

/** A 晒不足 item. zoneId is null when the source does not attribute it to a zone. */
export interface Shortfall {
  id: string;
  zoneId: string | null;
  text: string;
  source: Quote;
}

export interface Judge {
  id: string;
  name: LocalizedText;
  isSample: boolean;
}

export interface JuryScore {
  id: string;
  judgeId: string;
  zoneId: string;
  indicatorId: string;
  score: number;
  /** True for demonstration values that no judge gave. */
  isSample: boolean;
}

export interface PointEvent {
  id: string;
  zoneId: string;
  /** Positive for 加点, negative for 扣点. */
  points: number;
  reason: LocalizedText;
  date: string;
  isSample: boolean;
}

/** How a leaf's value becomes a score where higher is better (DESIGN §3 step 3; formulas in normalise.ts). */
export type Normalisation =
  /** 100·(x − min)/(max − min) over the scored entities; a constant column scores 100. */
  | { method: 'minmax' }
  /** Fixed goalposts lo < hi (in the value's unit, logged along with a log treatment), clipped to 0–100. */
  | { method: 'goalposts'; lo: number; hi: number }
  /**
   * 100·min(x / target, cap) with the zone's own target (found like a target-completion value's);
   * a target-completion or time-pace value already is that ratio. Default cap 1.2.
   */
  | { method: 'target'; cap?: number }
  /** 100·x / max (lower is better: 100·min / x). */
  | { method: 'distance-to-leader' }
  /** 50 + 10·z, population standard deviation; a constant column scores 50. */
  | { method: 'zscore' }
  /** Borda count on 0–100: 100·(worse + (equal − 1)/2)/(n − 1). */
  | { method: 'rank' }
  /** Mid-rank percentile: 100·(worse + equal/2)/n. */
  | { method: 'percentile-rank' }
  /** The value already is a 0–100 score (a jury score): passed through. */
  | { method: 'none' };

export type Aggregation = 'arithmetic' | 'geometric';

/**
 * How a leaf's raw value is chosen (DESIGN §3 step 1). `fact` is the fact for the scored period;
 * the derived kinds need targets, periods and (time-pace) the as-of date.
 */
export type ValueSelection =
  | { kind: 'fact' }
  /** actual ÷ target; the target is the zone's target for this indicator in `targetPeriodId`, or by default in the period that contains the scored period. */
  | { kind: 'target-completion'; targetPeriodId?: string }
  /** 序时进度: completion ÷ the elapsed share of the target period at the as-of date. */
  | { kind: 'time-pace'; targetPeriodId?: string }
  /** this period ÷ the same period one year earlier − 1 (the period whose start and end are one year earlier); a fraction, 0.1 = 10 %. */
  | { kind: 'growth' };

/** Optional treatment before normalising (DESIGN §3 step 2). */
export interface Treatment {
  /** Natural log; values ≤ 0 become missing (and are flagged). Goalposts are logged too. */
  log?: boolean;
  /** Clip to these quantiles (0–1) of the scored entities' values, e.g. { lower: 0.05, upper: 0.95 }. */
  winsorise?: { lower: number; upper: number };
}

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** 一票否决: an entity whose fact for `indicatorId` in the scored period satisfies `when` is vetoed. */
export interface VetoRule {
  id: string;
  indicatorId: string;
  when: { op: ComparisonOperator; value: number };
  reason: LocalizedText;
}
export type JuryCombination =
  | { method: 'mean' }
  | { method: 'median' }
  | { method: 'trimmed-mean'; trim: number };
export type MissingPolicy = 'skip' | 'zero' | 'mean';

/** A leaf of the scorecard tree scores one indicator. */
export interface IndicatorNode {
  id: string;
  name: LocalizedText;
  weight: number;
  indicatorId: string;
  /** Default `{ kind: 'fact' }`. */
  value?: ValueSelection;
  treatment?: Treatment;
  normalisation: Normalisation;
  /** Used by jury indicators only. */
  jury?: JuryCombination;
}

/** An inner node aggregates its children. */
export interface GroupNode {
  id: string;
  name: LocalizedText;
  weight: number;
  aggregation: Aggregation;
  /**
   * Geometric aggregation only: child scores below this floor are raised to it first, so one
   * zero does not annihilate the node unless the scorecard wants that (floor 0). Default 1.
   */
  geometricFloor?: number;
  children: ScorecardNode[];
}

export type ScorecardNode = IndicatorNode | GroupNode;

export interface Scorecard {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Incremented on every saved change, so a snapshot names exactly which rules it used. */
  revision: number;
  periodId: string;
  root: GroupNode;
  missing: {
    policy: MissingPolicy;
    /** Share of total weight (0–1) an entity must cover to be ranked normally. */
    minCoverage: number;
  };
  /** 系数 (DESIGN §3 step 7): total = coefficient × aggregate + points. A zone's own wins over its category's; default 1. */
  coefficients?: { byCategory?: Record<string, number>; byZone?: Record<string, number> };
  /**
   * 点数: bonus points (positive point events and facts of `bonus` indicators) and deduction
   * points (negative events and facts of `deduction` indicators) are summed per entity and each
   * capped at these absolute values; no cap when absent.
   */
  points?: { bonusCap?: number; deductionCap?: number };
  /** 一票否决 rules; a vetoed entity ranks after all others (`rank-last`, default) or is left unranked (`exclude`). */
  vetoes?: VetoRule[];
  vetoMode?: 'rank-last' | 'exclude';
  ranking?: {
    /** Rank on totals rounded to this many decimals, as published indices do (default: unrounded). */
    precision?: number;
    /** Node ids whose scores break ties in turn (higher first). */
    tieBreak?: string[];
  };
}

export function isGroupNode(node: ScorecardNode): node is GroupNode {
  return 'children' in node;
}
