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

export type Normalisation =
  | { method: 'minmax' }
  | { method: 'goalposts'; lo: number; hi: number }
  | { method: 'target'; cap?: number }
  | { method: 'distance-to-leader' }
  | { method: 'zscore' }
  | { method: 'rank' }
  | { method: 'percentile-rank' }
  | { method: 'none' };

export type Aggregation = 'arithmetic' | 'geometric';
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
}

export function isGroupNode(node: ScorecardNode): node is GroupNode {
  return 'children' in node;
}
