/**
 * The wide sheet: one row per zone, one column per indicator (header = indicator id or its zh/en
 * name, optionally "名称（单位）"), an optional unit row under the header, title rows above it.
 */
import type { Indicator } from '../../scoring/model';
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
  type TabularOptions,
  zoneMatcher,
} from './tabular';
import { normaliseUnit, splitHeaderUnit, unitFactor } from './units';

const ZONE_HEADERS = new Set([
  'zone',
  'zones',
  'zone id',
  'id',
  '功能区',
  '区域',
  '园区',
  '片区',
  '名称',
  'name',
  '单位名称',
]);
const IGNORED_HEADERS = new Set([
  '序号',
  'no',
  'no.',
  '#',
  '备注',
  'note',
  'notes',
  '说明',
  'remark',
  'remarks',
]);
const UNIT_ROW_LABELS = new Set(['', '单位', 'unit', 'units', '计量单位']);
/** Header rows are looked for among the first rows only. */
const HEADER_SEARCH_ROWS = 20;

interface Column {
  index: number;
  letter: string;
  header: string;
  indicator: Indicator;
  /** Unit of bare numbers in this column, from the unit row or the header; null: the indicator's. */
  unit: string | null;
}

export function planWide(
  grid: Grid,
  catalogue: Catalogue,
  options: TabularOptions,
  issues: IssueList,
  plan: ImportPlan,
) {
  const rows = nonBlankRows(grid, issues);
  const headerAt = findHeader(rows, issues);
  const header = rows[headerAt];
  if (header === undefined) {
    issues.add({ severity: 'error', key: 'import.empty' });
    return;
  }
  plan.detected.headerRow = header.row;
  const zoneIndex = Math.max(
    0,
    header.cells.findIndex((cell) => ZONE_HEADERS.has(cell.normalize('NFKC').trim().toLowerCase())),
  );
  const unitRow = readUnitRow(rows[headerAt + 1], header, zoneIndex);
  if (unitRow) plan.detected.unitRow = unitRow.row;
  const dataRows = rows.slice(headerAt + (unitRow ? 2 : 1));
  plan.detected.dataRows = dataRows.length;
  if (dataRows.length > MAX_DATA_ROWS) {
    issues.add({
      severity: 'error',
      key: 'import.tooManyRows',
      params: { count: dataRows.length, max: MAX_DATA_ROWS },
    });
    return;
  }
  if (!catalogue.periods.some((period) => period.id === options.periodId)) {
    issues.add({ severity: 'error', key: 'import.unknownPeriod', params: { value: options.periodId } });
    return;
  }
  const columns = readColumns(header, unitRow, zoneIndex, dataRows, catalogue, options, issues, plan);
  if (dataRows.length === 0) issues.add({ severity: 'error', key: 'import.noDataRows' });
  readZoneRows(dataRows, header, zoneIndex, columns, catalogue, options.periodId, issues, plan);
  finishTabularCounts(plan);
}

/** The first row that is not a title; a title row holds one distinct text (a merged title spreads it). */
function findHeader(rows: readonly GridRow[], issues: IssueList): number {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const row = rows[index] as GridRow;
    const distinct = new Set(row.cells.map((cell) => cell.trim()).filter((cell) => cell !== ''));
    if (distinct.size >= 2) return index;
    issues.add({
      severity: 'info',
      row: row.row,
      key: 'import.titleRow',
      params: { value: [...distinct][0] ?? '' },
    });
  }
  return rows.length;
}

function readUnitRow(row: GridRow | undefined, header: GridRow, zoneIndex: number): GridRow | null {
  if (row === undefined) return null;
  // A header merged over two rows repeats its text in the unit row: such cells are not units.
  const isSpread = (index: number) => (row.cells[index] ?? '').trim() === (header.cells[index] ?? '').trim();
  const label = (row.cells[zoneIndex] ?? '').normalize('NFKC').trim().toLowerCase();
  if (!UNIT_ROW_LABELS.has(label) && !isSpread(zoneIndex)) return null;
  const units = row.cells.filter(
    (cell, index) => index !== zoneIndex && cell.trim() !== '' && !isSpread(index),
  );
  if (units.length === 0 || units.some((cell) => /\d/.test(cell))) return null;
  return header === row ? null : row;
}

function readColumns(
  header: GridRow,
  unitRow: GridRow | null,
  zoneIndex: number,
  dataRows: readonly GridRow[],
  catalogue: Catalogue,
  options: TabularOptions,
  issues: IssueList,
  plan: ImportPlan,
): Column[] {
  const findIndicator = indicatorMatcher(catalogue.indicators);
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  header.cells.forEach((cell, index) => {
    if (index === zoneIndex) return;
    const letter = columnLetter(index);
    const text = cell.normalize('NFKC').trim();
    const valueCount = dataRows.filter((row) => (row.cells[index] ?? '').trim() !== '').length;
    if (text === '') {
      if (valueCount > 0)
        issues.add({ severity: 'error', row: header.row, column: letter, key: 'import.emptyHeader' });
      return;
    }
    if (IGNORED_HEADERS.has(text.toLowerCase())) {
      issues.add({
        severity: 'info',
        row: header.row,
        column: letter,
        header: text,
        key: 'import.ignoredColumn',
      });
      return;
    }
    const { name, unit: headerUnit } = splitHeaderUnit(text);
    const unitCell = (unitRow?.cells[index] ?? '').trim();
    const rowUnit = unitCell !== '' && unitCell !== cell.trim() ? normaliseUnit(unitCell) : null;
    const unit = rowUnit ?? headerUnit;
    let indicator = findIndicator(text) ?? findIndicator(name);
    if (indicator === undefined) {
      const accepted = options.newIndicators?.[text];
      const acceptedUnit = accepted?.unit.trim() ?? '';
      plan.newIndicators.push({
        header: text,
        column: letter,
        suggestedUnit: unit ?? '',
        accepted: acceptedUnit !== '',
        valueCount,
      });
      if (acceptedUnit === '') {
        issues.add({
          severity: 'warning',
          row: header.row,
          column: letter,
          header: text,
          key: 'import.unknownColumn',
        });
        return;
      }
      indicator = {
        id: name,
        name: { zh: name, en: name },
        unit: acceptedUnit,
        direction: 'higher',
        kind: 'quantitative',
      };
      plan.indicators.push(indicator);
    }
    const first = seen.get(indicator.id);
    if (first !== undefined) {
      issues.add({
        severity: 'error',
        row: header.row,
        column: letter,
        header: text,
        key: 'import.duplicateColumn',
        params: { first },
      });
      return;
    }
    seen.set(indicator.id, letter);
    if (unit !== null && !unitFactor(unit, indicator.unit).ok) {
      issues.add({
        severity: 'error',
        row: unitRow && rowUnit ? unitRow.row : header.row,
        column: letter,
        header: text,
        key: 'import.cell.incompatibleUnit',
        params: { value: unit, unit, expected: indicator.unit },
      });
      return;
    }
    columns.push({ index, letter, header: text, indicator, unit });
  });
  return columns;
}

function readZoneRows(
  dataRows: readonly GridRow[],
  header: GridRow,
  zoneIndex: number,
  columns: readonly Column[],
  catalogue: Catalogue,
  periodId: string,
  issues: IssueList,
  plan: ImportPlan,
) {
  const findZone = zoneMatcher(catalogue.zones);
  const facts = new FactCollector(catalogue, issues.fileName);
  const firstRowOfZone = new Map<string, number>();
  const zoneLetter = columnLetter(zoneIndex);
  const zoneHeader = (header.cells[zoneIndex] ?? '').trim();
  for (const row of dataRows) {
    const zoneText = (row.cells[zoneIndex] ?? '').trim();
    const zone = findZone(zoneText);
    const at = { row: row.row, column: zoneLetter, header: zoneHeader };
    if (zone === undefined) {
      issues.add({
        severity: 'error',
        ...at,
        key: zoneText === '' ? 'import.emptyZone' : 'import.unknownZone',
        params: { value: zoneText },
      });
      continue;
    }
    const first = firstRowOfZone.get(zone.id);
    if (first !== undefined) {
      issues.add({
        severity: 'error',
        ...at,
        key: 'import.duplicateZone',
        params: { value: zoneText, first },
      });
      continue;
    }
    firstRowOfZone.set(zone.id, row.row);
    const extra = row.cells.findIndex((cell, index) => index >= header.cells.length && cell.trim() !== '');
    if (extra !== -1) {
      issues.add({
        severity: 'warning',
        row: row.row,
        column: columnLetter(extra),
        key: 'import.extraCells',
        params: { value: (row.cells[extra] ?? '').trim() },
      });
    }
    for (const column of columns) {
      const raw = row.cells[column.index] ?? '';
      const reading = readCellNumber(raw, column.indicator.unit, column.unit);
      if (reading.kind === 'number') {
        const { value, conversion } = reading;
        const place = { row: row.row, column: column.letter, header: column.header };
        if (conversion) {
          plan.conversions.push({
            ...place,
            raw: raw.trim(),
            value,
            fromUnit: conversion.fromUnit,
            toUnit: conversion.toUnit,
          });
        }
        facts.add({ zoneId: zone.id, indicatorId: column.indicator.id, periodId, value, raw, ...place });
        continue;
      }
      const place = { row: row.row, column: column.letter, header: column.header };
      if (reading.kind === 'missing') {
        const key = raw.trim() === '' ? 'import.cell.empty' : 'import.cell.missing';
        issues.add({ severity: 'info', ...place, key, params: { value: raw.trim() } });
      } else {
        issues.add({ severity: 'error', ...place, key: reading.reason, params: reading.params });
      }
    }
  }
  plan.facts = facts.changes;
}
