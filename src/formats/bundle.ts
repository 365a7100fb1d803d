import type {
  Category,
  Fact,
  Indicator,
  Judge,
  JuryScore,
  LocalizedText,
  Period,
  PointEvent,
  Scorecard,
  Shortfall,
  Source,
  Target,
  Zone,
  ZoneText,
} from '../scoring/model';

/** The data bundle of DESIGN §5; `public/schema/bundle.v1.schema.json` describes it. */
export const BUNDLE_FORMAT = 'leitai-arena-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleMeta {
  title: LocalizedText;
  description?: LocalizedText;
  /** ISO date the data is valid at (e.g. the day of the contest). */
  asOf: string;
  sources: Source[];
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  meta: BundleMeta;
  categories: Category[];
  zones: Zone[];
  periods: Period[];
  indicators: Indicator[];
  facts: Fact[];
  targets: Target[];
  texts: ZoneText[];
  shortfalls: Shortfall[];
  judges: Judge[];
  juryScores: JuryScore[];
  pointEvents: PointEvent[];
  scorecards: Scorecard[];
}
