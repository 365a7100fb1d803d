/**
 * The app's own data bundle (`leitai-arena-bundle`, public/schema/bundle.v1.schema.json) read for
 * import: JSON syntax located by line and column, prototype keys dropped and reported, the version
 * brought forward through `BUNDLE_MIGRATIONS`, then every table checked row by row.
 */

import { BUNDLE_FORMAT, BUNDLE_TABLES, BUNDLE_VERSION, type Bundle } from '../bundle';
import type { BundleWeightSet } from '../bundleFile';
import { parseJsonText } from '../jsonText';
import { parseScorecardFile } from '../scorecardFile';
import type { IssueList } from './issues';
import { type Catalogue, countById, type ImportPlan } from './plan';

/**
 * One step per old version: `BUNDLE_MIGRATIONS[n]` turns a version-n bundle into version n + 1.
 * Version 1 is the only one there has been, so the chain is empty; a version 2 adds its step here
 * and bumps BUNDLE_VERSION. Never invent older formats to fill it.
 */
export const BUNDLE_MIGRATIONS: Readonly<
  Record<number, (bundle: Record<string, unknown>) => Record<string, unknown>>
> = {};

type Migrated = { ok: true; bundle: Record<string, unknown> } | { ok: false };

/** Applies the migration chain from the file's version up to BUNDLE_VERSION, or reports why not. */
export function migrateBundle(
  record: Record<string, unknown>,
  issues: IssueList,
  migrations = BUNDLE_MIGRATIONS,
  latest: number = BUNDLE_VERSION,
): Migrated {
  const { version } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    issues.add({
      severity: 'error',
      column: '$.version',
      key: 'import.bundle.badVersion',
      params: { value: JSON.stringify(version) ?? 'undefined' },
    });
    return { ok: false };
  }
  if (version > latest) {
    issues.add({
      severity: 'error',
      column: '$.version',
      key: 'import.bundle.newerVersion',
      params: { version, latest },
    });
    return { ok: false };
  }
  let bundle = record;
  for (let step = version; step < latest; step++) {
    const migrate = migrations[step];
    if (migrate === undefined) {
      issues.add({
        severity: 'error',
        column: '$.version',
        key: 'import.bundle.noMigration',
        params: { version: step },
      });
      return { ok: false };
    }
    bundle = { ...migrate(bundle), version: step + 1 };
  }
  return { ok: true, bundle };
}

export function planBundle(text: string, catalogue: Catalogue, issues: IssueList, plan: ImportPlan): void {
  reportPrototypeKeys(text, issues);
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, found } = parsed.error;
    issues.add({
      severity: 'error',
      row: line,
      column: String(column),
      key: 'import.bundle.syntax',
      params: { found: found ?? 'EOF' },
    });
    return;
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.add({ severity: 'error', column: '$', key: 'import.bundle.notObject' });
    return;
  }
  const record = value as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    issues.add({
      severity: 'error',
      column: '$.format',
      key: 'import.bundle.wrongFormat',
      params: { value: JSON.stringify(record.format) ?? 'undefined' },
    });
    return;
  }
  const migrated = migrateBundle(record, issues);
  if (!migrated.ok) return;
  const bundle = migrated.bundle;
  checkTables(bundle, issues);
  if (issues.hasErrors) return;
  const valid = bundle as unknown as Bundle;
  checkRows(valid, issues);
  if (issues.hasErrors) return;
  plan.bundle = valid;
  const weightSets = readWeightSets(record.weightSets, issues);
  if (weightSets) plan.weightSets = weightSets;
  plan.detected.dataRows = BUNDLE_TABLES.reduce((sum, table) => sum + valid[table].length, 0);
  plan.counts = {
    zones: countById(valid.zones, catalogue.zones),
    indicators: countById(valid.indicators, catalogue.indicators),
    periods: countById(valid.periods, catalogue.periods),
    facts: countById(valid.facts, catalogue.facts),
  };
  for (const table of BUNDLE_TABLES) {
    if (!(table in plan.counts)) plan.counts[table] = { add: valid[table].length, change: 0, same: 0 };
  }
}

/** parseJsonText drops these keys silently; the user is told where they were. */
function reportPrototypeKeys(text: string, issues: IssueList): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/"(__proto__|constructor|prototype)"\s*:/g)) {
      issues.add({
        severity: 'warning',
        row: index + 1,
        column: String((match.index ?? 0) + 1),
        key: 'import.bundle.prototypeKey',
        params: { key: match[1] ?? '' },
      });
    }
  });
}

function checkTables(bundle: Record<string, unknown>, issues: IssueList): void {
  if (typeof bundle.meta !== 'object' || bundle.meta === null) {
    issues.add({
      severity: 'error',
      column: '$.meta',
      key: 'import.bundle.missingTable',
      params: { table: 'meta' },
    });
  }
  for (const table of BUNDLE_TABLES) {
    if (!Array.isArray(bundle[table])) {
      issues.add({
        severity: 'error',
        column: `$.${table}`,
        key: 'import.bundle.missingTable',
        params: { table },
      });
    }
  }
}

const INDICATOR_KINDS = new Set(['quantitative', 'jury', 'bonus', 'deduction', 'veto']);

/** Ids present and unique, references resolved, numbers finite: what the app relies on. */
function checkRows(bundle: Bundle, issues: IssueList): void {
  const ids = (table: (typeof BUNDLE_TABLES)[number]) => {
    const seen = new Set<string>();
    (bundle[table] as unknown[]).forEach((row, index) => {
      const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
      const at = `$.${table}[${index}].id`;
      if (typeof id !== 'string' || id === '')
        issues.add({ severity: 'error', column: at, key: 'import.bundle.badId' });
      else if (seen.has(id))
        issues.add({
          severity: 'error',
          column: at,
          key: 'import.bundle.duplicateId',
          params: { value: id },
        });
      else seen.add(id);
    });
    return seen;
  };
  const zones = ids('zones');
  const indicators = ids('indicators');
  const periods = ids('periods');
  for (const table of BUNDLE_TABLES) if (!['zones', 'indicators', 'periods'].includes(table)) ids(table);
  bundle.indicators.forEach((indicator, index) => {
    if (typeof indicator.unit !== 'string' || !INDICATOR_KINDS.has(indicator.kind)) {
      issues.add({ severity: 'error', column: `$.indicators[${index}]`, key: 'import.bundle.badIndicator' });
    }
  });
  for (const table of ['facts', 'targets'] as const) {
    bundle[table].forEach((row, index) => {
      const at = `$.${table}[${index}]`;
      if (!zones.has(row.zoneId))
        issues.add({
          severity: 'error',
          column: `${at}.zoneId`,
          key: 'import.bundle.unknownRef',
          params: { value: String(row.zoneId), table: 'zones' },
        });
      if (!indicators.has(row.indicatorId))
        issues.add({
          severity: 'error',
          column: `${at}.indicatorId`,
          key: 'import.bundle.unknownRef',
          params: { value: String(row.indicatorId), table: 'indicators' },
        });
      if (!periods.has(row.periodId))
        issues.add({
          severity: 'error',
          column: `${at}.periodId`,
          key: 'import.bundle.unknownRef',
          params: { value: String(row.periodId), table: 'periods' },
        });
      if (typeof row.value !== 'number' || !Number.isFinite(row.value))
        issues.add({
          severity: 'error',
          column: `${at}.value`,
          key: 'import.bundle.badValue',
          params: { value: JSON.stringify(row.value) ?? 'undefined' },
        });
    });
  }
  bundle.scorecards.forEach((scorecard, index) => {
    const result = parseScorecardFile(JSON.stringify(scorecard), issues.fileName);
    if (result.ok) return;
    for (const issue of result.issues) {
      issues.addWorded({
        severity: 'error',
        column: `$.scorecards[${index}]${issue.path.slice(1)}`,
        key: 'import.bundle.scorecard',
        message: issue.message,
      });
    }
  });
}

/**
 * The optional `weightSets` of a file downloaded from the Data screen. A malformed entry is
 * reported and the weights are left out rather than half-restored; the data itself still imports.
 */
function readWeightSets(value: unknown, issues: IssueList): BundleWeightSet[] | undefined {
  if (value === undefined) return undefined;
  const valid =
    Array.isArray(value) &&
    value.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.scorecardId === 'string' &&
        typeof entry.weights === 'object' &&
        entry.weights !== null &&
        Object.values(entry.weights).every(
          (weight) => typeof weight === 'number' && Number.isFinite(weight) && weight >= 0,
        ),
    );
  if (!valid) {
    issues.add({ severity: 'warning', column: '$.weightSets', key: 'import.bundle.badWeightSets' });
    return undefined;
  }
  return (value as BundleWeightSet[]).map(({ scorecardId, weights, updatedAt }) => ({
    scorecardId,
    weights: { ...weights },
    updatedAt: typeof updatedAt === 'string' ? updatedAt : new Date(0).toISOString(),
  }));
}
