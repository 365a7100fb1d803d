/** What an import would do, computed before anything is written (DESIGN §8). */

import type { Fact, Indicator, Period, Zone } from '../../scoring/model';
import type { Bundle } from '../bundle';
import type { BundleWeightSet } from '../bundleFile';
import type { ImportIssue } from './issues';

/** The data the file is checked against: the dataset as it is now. */
export interface Catalogue {
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  periods: readonly Period[];
  facts: readonly Fact[];
}

export type ImportFormat = 'bundle' | 'wide' | 'long';

export interface Detected {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  /** Spreadsheet row of the header (tabular files). */
  headerRow?: number;
  unitRow?: number;
  /** Data rows read (blank and title rows excluded). */
  dataRows: number;
}

export interface UnitConversion {
  row: number;
  column: string;
  header: string;
  raw: string;
  value: number;
  fromUnit: string;
  toUnit: string;
}

/** A column that matches no indicator: imported only if the user accepts it with a unit. */
export interface NewIndicatorOffer {
  header: string;
  column: string;
  /** The unit the file suggests (unit row or "（单位）" in the header); '' when none. */
  suggestedUnit: string;
  accepted: boolean;
  /** Cells with a value in that column. */
  valueCount: number;
}

export type RowStatus = 'add' | 'change' | 'same';

export interface FactChange {
  fact: Fact;
  status: RowStatus;
  /** The stored value it replaces (change) or equals (same). */
  before?: number;
  row: number;
  column: string;
}

export interface TableCount {
  add: number;
  change: number;
  same: number;
}

export interface ImportPlan {
  fileName: string;
  format: ImportFormat;
  detected: Detected;
  issues: ImportIssue[];
  conversions: UnitConversion[];
  newIndicators: NewIndicatorOffer[];
  /** Indicators and periods the file creates (tabular files). */
  indicators: Indicator[];
  periods: Period[];
  facts: FactChange[];
  /** The whole migrated bundle, for bundle files. */
  bundle?: Bundle;
  /** The user's weights a downloaded backup carries (Data screen), restored with the bundle. */
  weightSets?: BundleWeightSet[];
  /** Rows per table that would be added, changed or left as they are. */
  counts: Record<string, TableCount>;
}

export function canCommit(plan: ImportPlan): boolean {
  return !plan.issues.some((issue) => issue.severity === 'error');
}

/** Compares rows with the stored ones by id: what is new, what differs, what is unchanged. */
export function countById<T extends { id: string }>(rows: readonly T[], stored: readonly T[]): TableCount {
  const byId = new Map(stored.map((row) => [row.id, JSON.stringify(row)]));
  const count: TableCount = { add: 0, change: 0, same: 0 };
  for (const row of rows) {
    const before = byId.get(row.id);
    if (before === undefined) count.add++;
    else if (before === JSON.stringify(row)) count.same++;
    else count.change++;
  }
  return count;
}

export function emptyPlan(fileName: string, format: ImportFormat): ImportPlan {
  return {
    fileName,
    format,
    detected: { dataRows: 0 },
    issues: [],
    conversions: [],
    newIndicators: [],
    indicators: [],
    periods: [],
    facts: [],
    counts: {},
  };
}
