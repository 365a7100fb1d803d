/**
 * The long sheet: `zone,indicator,period,value[,unit,source]`, one fact per row, with English or
 * Chinese headers (功能区,指标,期间,数值,单位,来源). A missing period column means the chosen period.
 */
import type { Period } from '../../scoring/model';
import { readCellNumber } from './cellNumber';
import type { Grid, GridRow } from './grid';
import { columnLetter, type IssueList } from './issues';
import type { Catalogue, ImportPlan } from './plan';
import {
  FactCollector,
  finishTabularCounts,
  indicatorMatcher,
  MAX_DATA_ROWS,
  nonBlankRows,
  periodFromId,
  type TabularOptions,
  zoneMatcher,
} from './tabular';

type Role = 'zone' | 'indicator' | 'period' | 'value' | 'unit' | 'source';

const ROLE_HEADERS: Record<Role, readonly string[]> = {
  zone: ['zone', 'zone id', '功能区', '区域', '园区', '片区'],
  indicator: ['indicator', 'indicator id', '指标', '指标名称'],
  period: ['period', 'period id', '期间', '时期', '报告期', '统计期'],
  value: ['value', '数值', '值', '数据'],
  unit: ['unit', '单位', '计量单位'],
  source: ['source', '来源', '出处', '数据来源'],
};

function roleOf(cell: string): Role | undefined {
  const text = cell.normalize('NFKC').trim().toLowerCase();
  return (Object.keys(ROLE_HEADERS) as Role[]).find((role) => ROLE_HEADERS[role].includes(text));
}

/** True when a row names the zone, indicator and value columns: the header of a long sheet. */
export function isLongHeader(row: GridRow): boolean {
  const roles = new Set(row.cells.map(roleOf));
  return roles.has('zone') && roles.has('indicator') && roles.has('value');
}

export function planLong(
  grid: Grid,
  catalogue: Catalogue,
  options: TabularOptions,
  issues: IssueList,
  plan: ImportPlan,
) {
  const rows = nonBlankRows(grid, issues);
  const headerAt = rows.findIndex(isLongHeader);
  const header = rows[headerAt];
  if (header === undefined) {
    issues.add({ severity: 'error', key: 'import.long.noHeader' });
    return;
  }
  for (const title of rows.slice(0, headerAt)) {
    issues.add({
      severity: 'info',
      row: title.row,
      key: 'import.titleRow',
      params: { value: title.cells.join(' ').trim() },
    });
  }
  plan.detected.headerRow = header.row;
  const roles = new Map<Role, number>();
  header.cells.forEach((cell, index) => {
    const role = roleOf(cell);
    if (role !== undefined && !roles.has(role)) roles.set(role, index);
  });
  const dataRows = rows.slice(headerAt + 1);
  plan.detected.dataRows = dataRows.length;
  if (dataRows.length > MAX_DATA_ROWS) {
    issues.add({
      severity: 'error',
      key: 'import.tooManyRows',
      params: { count: dataRows.length, max: MAX_DATA_ROWS },
    });
    return;
  }
  if (dataRows.length === 0) issues.add({ severity: 'error', key: 'import.noDataRows' });
  readFactRows(dataRows, header, roles, catalogue, options, issues, plan);
  finishTabularCounts(plan);
}

function readFactRows(
  dataRows: readonly GridRow[],
  header: GridRow,
  roles: ReadonlyMap<Role, number>,
  catalogue: Catalogue,
  options: TabularOptions,
  issues: IssueList,
  plan: ImportPlan,
) {
  const findZone = zoneMatcher(catalogue.zones);
  const findIndicator = indicatorMatcher(catalogue.indicators);
  const periods = new Map<string, Period>(catalogue.periods.map((period) => [period.id, period]));
  const facts = new FactCollector(catalogue, issues.fileName, true);
  const place = (row: GridRow, role: Role) => {
    const index = roles.get(role) ?? 0;
    return { row: row.row, column: columnLetter(index), header: (header.cells[index] ?? '').trim() };
  };
  const cell = (row: GridRow, role: Role) => {
    const index = roles.get(role);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  for (const row of dataRows) {
    const zone = findZone(cell(row, 'zone'));
    const indicator = findIndicator(cell(row, 'indicator'));
    const periodId = cell(row, 'period') || options.periodId;
    let period = periods.get(periodId);
    if (zone === undefined) {
      issues.add({
        severity: 'error',
        ...place(row, 'zone'),
        key: cell(row, 'zone') === '' ? 'import.emptyZone' : 'import.unknownZone',
        params: { value: cell(row, 'zone') },
      });
    }
    if (indicator === undefined) {
      issues.add({
        severity: 'error',
        ...place(row, 'indicator'),
        key: 'import.unknownIndicator',
        params: { value: cell(row, 'indicator') },
      });
    }
    if (period === undefined) {
      const dated = periodFromId(periodId);
      if (dated === null) {
        issues.add({
          severity: 'error',
          ...place(row, 'period'),
          key: 'import.unknownPeriod',
          params: { value: periodId },
        });
      } else {
        period = dated;
        periods.set(dated.id, dated);
        plan.periods.push(dated);
        issues.add({
          severity: 'info',
          ...place(row, 'period'),
          key: 'import.newPeriod',
          params: { value: dated.id, start: dated.start, end: dated.end },
        });
      }
    }
    if (zone === undefined || indicator === undefined || period === undefined) continue;
    const valuePlace = place(row, 'value');
    const first = facts.duplicateOf(zone.id, indicator.id, period.id);
    if (first !== undefined) {
      issues.add({ severity: 'error', ...valuePlace, key: 'import.duplicateFact', params: { first } });
      continue;
    }
    const raw = cell(row, 'value');
    const reading = readCellNumber(raw, indicator.unit, cell(row, 'unit') || null);
    if (reading.kind === 'missing') {
      issues.add({ severity: 'info', ...valuePlace, key: 'import.cell.missing', params: { value: raw } });
      continue;
    }
    if (reading.kind === 'refused') {
      issues.add({ severity: 'error', ...valuePlace, key: reading.reason, params: reading.params });
      continue;
    }
    if (reading.conversion) {
      plan.conversions.push({
        ...valuePlace,
        raw,
        value: reading.value,
        fromUnit: reading.conversion.fromUnit,
        toUnit: reading.conversion.toUnit,
      });
    }
    const source = cell(row, 'source');
    facts.add({
      zoneId: zone.id,
      indicatorId: indicator.id,
      periodId: period.id,
      value: reading.value,
      raw,
      ...valuePlace,
      ...(source === '' ? {} : { sourceText: source }),
    });
  }
  plan.facts = facts.changes;
}
