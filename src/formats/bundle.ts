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

const BUNDLE_TABLES = [
  'categories',
  'zones',
  'periods',
  'indicators',
  'facts',
  'targets',
  'texts',
  'shortfalls',
  'judges',
  'juryScores',
  'pointEvents',
  'scorecards',
] as const satisfies readonly (keyof Bundle)[];

export type BundleTable = (typeof BUNDLE_TABLES)[number];

/** An empty bundle with the given metadata; handy for building one table at a time. */
export function emptyBundle(meta: BundleMeta): Bundle {
  const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, meta } as Bundle;
  for (const table of BUNDLE_TABLES) bundle[table] = [];
  return bundle;
}

/**
 * Checks the envelope of a bundle (format, version, every table an array). The JSON Schema in
 * public/schema is the full contract; this guards the app against loading something else entirely.
 */
export function assertBundleEnvelope(value: unknown, fileName: string): Bundle {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${fileName}: not a JSON object`);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    throw new Error(
      `${fileName}: "format" must be "${BUNDLE_FORMAT}", found ${JSON.stringify(record.format)}`,
    );
  }
  if (record.version !== BUNDLE_VERSION) {
    throw new Error(`${fileName}: "version" ${JSON.stringify(record.version)} is not supported`);
  }
  for (const table of BUNDLE_TABLES) {
    if (!Array.isArray(record[table])) throw new Error(`${fileName}: "${table}" must be an array`);
  }
  return value as Bundle;
}

export { BUNDLE_TABLES };
