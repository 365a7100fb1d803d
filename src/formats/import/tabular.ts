/** What the wide and long planners share: matching names to zones and indicators, building facts. */
import type { Fact, Indicator, Period, Zone } from '../../scoring/model';
import { type Grid, type GridRow, isBlankRow } from './grid';
import type { IssueList } from './issues';
import type { Catalogue, FactChange, ImportPlan, TableCount } from './plan';

/** Tabular files above this many data rows are refused: no assessment sheet is that long. */
export const MAX_DATA_ROWS = 100_000;

export interface TabularOptions {
  /** The period a wide file's values belong to (default: the active scorecard's period). */
  periodId: string;
  /** Unknown columns the user accepted as new indicators: header text → unit. */
  newIndicators?: Readonly<Record<string, { unit: string }>>;
}

function key(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Finds zones by id or by Chinese, English or short name, ignoring case and full-width forms. */
export function zoneMatcher(zones: readonly Zone[]): (text: string) => Zone | undefined {
  const byKey = new Map<string, Zone>();
  for (const zone of zones) {
    for (const name of [zone.shortName.en, zone.shortName.zh, zone.name.en, zone.name.zh, zone.id]) {
      byKey.set(key(name), zone);
    }
  }
  return (text) => byKey.get(key(text));
}

export function indicatorMatcher(indicators: readonly Indicator[]): (text: string) => Indicator | undefined {
  const byKey = new Map<string, Indicator>();
  for (const indicator of indicators) {
    for (const name of [indicator.name.en, indicator.name.zh, indicator.id]) byKey.set(key(name), indicator);
  }
  return (text) => byKey.get(key(text));
}

/** Data rows, with blank rows reported once (they are skipped, never an error). */
export function nonBlankRows(grid: Grid, issues: IssueList): GridRow[] {
  const blank = grid.rows.filter(isBlankRow);
  const lastFilled = grid.rows.findLast((row) => !isBlankRow(row))?.row ?? 0;
  const inside = blank.filter((row) => row.row < lastFilled).map((row) => row.row);
  if (inside.length > 0) {
    issues.add({
      severity: 'info',
      key: 'import.blankRows',
      params: { count: inside.length, rows: summariseRows(inside) },
    });
  }
  return grid.rows.filter((row) => !isBlankRow(row));
}

function summariseRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown}, …` : shown;
}

/** Builds facts keyed by zone × indicator × period; a stored fact for the same three keeps its id. */
export class FactCollector {
  readonly changes: FactChange[] = [];
  private readonly stored = new Map<string, Fact>();
  private readonly firstRow = new Map<string, number>();

  /**
   * `tracksDuplicates`: remember every triple (long sheets, where any row may repeat one); a wide
   * sheet cannot repeat a triple once its zones and columns are unique, so it skips the cost.
   */
  constructor(
    catalogue: Catalogue,
    private readonly fileName: string,
    private readonly tracksDuplicates = false,
  ) {
    for (const fact of catalogue.facts) this.stored.set(tripleKey(fact), fact);
  }

  /** Returns the row where the same zone × indicator × period was first seen, if it was. */
  duplicateOf(zoneId: string, indicatorId: string, periodId: string): number | undefined {
    return this.firstRow.get(`${zoneId}\u0000${indicatorId}\u0000${periodId}`);
  }

  add(input: {
    zoneId: string;
    indicatorId: string;
    periodId: string;
    value: number;
    row: number;
    column: string;
    raw: string;
    sourceText?: string;
  }): void {
    const triple =
      this.tracksDuplicates || this.stored.size > 0
        ? `${input.zoneId}\u0000${input.indicatorId}\u0000${input.periodId}`
        : '';
    if (this.tracksDuplicates) this.firstRow.set(triple, input.row);
    const stored = this.stored.size > 0 ? this.stored.get(triple) : undefined;
    const fact: Fact = {
      id: stored?.id ?? `${input.zoneId}|${input.indicatorId}|${input.periodId}`,
      zoneId: input.zoneId,
      indicatorId: input.indicatorId,
      periodId: input.periodId,
      value: input.value,
      source: {
        sourceId: this.fileName,
        text:
          input.sourceText ??
          `${this.fileName}, row ${input.row}, column ${input.column}: ${input.raw.trim()}`,
      },
    };
    const change: FactChange = {
      fact,
      status: stored === undefined ? 'add' : stored.value === input.value ? 'same' : 'change',
      row: input.row,
      column: input.column,
    };
    if (stored !== undefined) change.before = stored.value;
    this.changes.push(change);
  }
}

function tripleKey(fact: Fact): string {
  return `${fact.zoneId}\u0000${fact.indicatorId}\u0000${fact.periodId}`;
}

export function finishTabularCounts(plan: ImportPlan): void {
  const facts: TableCount = { add: 0, change: 0, same: 0 };
  for (const change of plan.facts) facts[change.status]++;
  plan.counts = {
    facts,
    indicators: { add: plan.indicators.length, change: 0, same: 0 },
    periods: { add: plan.periods.length, change: 0, same: 0 },
  };
}

/** 2023, 2023H1, 2023Q3: periods a long file may name that the app can date without guessing. */
export function periodFromId(id: string): Period | null {
  const match = /^(\d{4})(?:([QH])([1-4]))?$/.exec(id.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const kind = match[2];
  const index = Number(match[3]);
  if (kind === 'H' && index > 2) return null;
  const months = kind === undefined ? 12 : kind === 'H' ? 6 : 3;
  const first = kind === undefined ? 1 : (index - 1) * months + 1;
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const label =
    kind === undefined
      ? { zh: `${year}年`, en: String(year) }
      : kind === 'H'
        ? { zh: `${year}年${index === 1 ? '上' : '下'}半年`, en: `${year} H${index}` }
        : { zh: `${year}年第${index}季度`, en: `${year} Q${index}` };
  return {
    id: id.trim(),
    label,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay)}`,
  };
}
