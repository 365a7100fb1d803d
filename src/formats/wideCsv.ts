/**
 * A small, strict reader for the wide CSV of DESIGN §5: one row per entity, first column the
 * entity (zone id or name), then one column per indicator id. Used by the command line; the
 * forgiving importer for messy spreadsheets (GBK, units in cells, merged title rows) is separate.
 *
 * Accepted: RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF, blank rows (skipped),
 * thousands separators (1,234.5) and full-width characters (１２３４，５ → 1234,5 via NFKC).
 * Everything else is reported with the file, the row number a spreadsheet shows, and the column.
 */
import { type Language, type MessageKey, translate } from '../i18n/messages';
import type { Fact, LocalizedText, Zone } from '../scoring/model';
import { stripByteOrderMark } from './jsonText';

export interface WideCsvIssue {
  fileName: string;
  /** 1-based row, as a spreadsheet shows it (blank rows count). */
  row: number;
  /** The column's header, or its spreadsheet letter when there is no usable header. */
  column?: string;
  message: LocalizedText;
}

export interface WideCsvData {
  /** Indicator ids in header order. */
  indicatorIds: string[];
  /** One per data row; id and names are the first column's text. */
  zones: Zone[];
  /** One per non-empty numeric cell, in the given period. */
  facts: Fact[];
}

export type WideCsvResult = { ok: true; value: WideCsvData } | { ok: false; issues: WideCsvIssue[] };

interface CsvRecord {
  /** 1-based row number. */
  row: number;
  cells: string[];
}

/** A problem found while reading, before it is worded. */
interface PendingIssue {
  row: number;
  column?: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Zones read from a CSV carry no category; coefficients by category do not apply to them. */
export const CSV_ZONE_CATEGORY = 'csv';

const ZONE_COLORS = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#bda29a', '#6e7074'];

/** Reads wide CSV text into zones and facts for `periodId`. Pure: the caller reads the file. */
export function parseWideCsv(text: string, fileName: string, periodId: string): WideCsvResult {
  const issues: PendingIssue[] = [];
  if (text.includes('\uFFFD')) issues.push({ row: 1, key: 'wideCsv.notUtf8' });
  const records = splitRecords(stripByteOrderMark(text), issues).filter((record) => !isBlank(record));
  const [header, ...rows] = records;
  if (issues.length > 0) return failure(issues, fileName);
  if (header === undefined || rows.length === 0) return failure([{ row: 1, key: 'wideCsv.empty' }], fileName);

  const indicatorIds = readHeader(header, issues);
  const zones: Zone[] = [];
  const facts: Fact[] = [];
  const firstRowByEntity = new Map<string, number>();
  for (const record of rows) {
    const entity = (record.cells[0] ?? '').trim();
    if (entity === '') {
      issues.push({ row: record.row, column: columnLetter(0), key: 'wideCsv.emptyEntity' });
      continue;
    }
    const firstRow = firstRowByEntity.get(entity);
    if (firstRow !== undefined) {
      issues.push({ row: record.row, key: 'wideCsv.duplicateEntity', params: { entity, first: firstRow } });
      continue;
    }
    firstRowByEntity.set(entity, record.row);
    if (record.cells.length > header.cells.length) {
      issues.push({
        row: record.row,
        key: 'wideCsv.tooManyCells',
        params: { count: record.cells.length, expected: header.cells.length },
      });
    }
    zones.push(csvZone(entity, zones.length));
    facts.push(...readCells(record, entity, indicatorIds, periodId, fileName, issues));
  }
  if (issues.length > 0) return failure(issues, fileName);
  return { ok: true, value: { indicatorIds, zones, facts } };
}

/** Header cells after the first are indicator ids: non-empty and unique. */
function readHeader(header: CsvRecord, issues: PendingIssue[]): string[] {
  const ids = header.cells.slice(1).map((cell) => cell.trim());
  if (ids.length === 0) issues.push({ row: header.row, key: 'wideCsv.noIndicators' });
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const column = columnLetter(index + 1);
    if (id === '') issues.push({ row: header.row, column, key: 'wideCsv.emptyHeader' });
    else if (seen.has(id))
      issues.push({ row: header.row, column, key: 'wideCsv.duplicateHeader', params: { header: id } });
    seen.add(id);
  });
  return ids;
}

function readCells(
  record: CsvRecord,
  zoneId: string,
  indicatorIds: readonly string[],
  periodId: string,
  fileName: string,
  issues: PendingIssue[],
): Fact[] {
  const facts: Fact[] = [];
  indicatorIds.forEach((indicatorId, index) => {
    const cell = record.cells[index + 1] ?? '';
    if (cell.trim() === '') return;
    const value = parseCsvNumber(cell);
    if (value === null) {
      issues.push({
        row: record.row,
        column: indicatorId,
        key: 'wideCsv.notNumber',
        params: { value: cell.trim() },
      });
      return;
    }
    facts.push({
      id: `${zoneId}|${indicatorId}|${periodId}`,
      zoneId,
      indicatorId,
      periodId,
      value,
      source: {
        sourceId: fileName,
        text: `${fileName}, row ${record.row}, column ${indicatorId}: ${cell.trim()}`,
      },
    });
  });
  return facts;
}

function csvZone(entity: string, index: number): Zone {
  const name = { zh: entity, en: entity };
  return {
    id: entity,
    name,
    shortName: name,
    categoryId: CSV_ZONE_CATEGORY,
    color: ZONE_COLORS[index % ZONE_COLORS.length] ?? '#6e7074',
  };
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A cell's number: NFKC first (full-width digits, comma, point and minus become ASCII), then a
 * plain decimal (optionally with exponent) or one with correct thousands grouping. Returns null for
 * anything else — units, percent signs and ambiguous separators are the messy importer's job.
 */
export function parseCsvNumber(cell: string): number | null {
  const text = cell
    .normalize('NFKC')
    .trim()
    .replace(/\u2212/g, '-');
  if (PLAIN_NUMBER.test(text)) return finiteOrNull(Number(text));
  if (GROUPED_NUMBER.test(text)) return finiteOrNull(Number(text.replace(/,/g, '')));
  return null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a quoted field may hold
 * commas, line breaks and doubled quotes. Row numbers count records, as a spreadsheet does.
 */
function splitRecords(text: string, issues: PendingIssue[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && cell === '') {
      const end = readQuoted(text, index, records.length + 1, cells.length, issues);
      if (end === null) return records;
      cell = text.slice(index + 1, end).replace(/""/g, '"');
      index = end + 1;
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        issues.push({
          row: records.length + 1,
          column: columnLetter(cells.length),
          key: 'wideCsv.textAfterQuote',
        });
        return records;
      }
      continue;
    }
    if (char === '"') {
      issues.push({ row: records.length + 1, column: columnLetter(cells.length), key: 'wideCsv.strayQuote' });
      return records;
    }
    if (char === ',') endCell();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (text[index + 1] === '\n') index++;
      endRecord();
    } else cell += char;
    index++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** The index of the closing quote of the field opened at `start`, or null (and an issue). */
function readQuoted(
  text: string,
  start: number,
  row: number,
  cellIndex: number,
  issues: PendingIssue[],
): number | null {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === '"') {
      if (text[index + 1] === '"') index += 2;
      else return index;
    } else index++;
  }
  issues.push({ row, column: columnLetter(cellIndex), key: 'wideCsv.unterminatedQuote' });
  return null;
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/** 0 → A, 25 → Z, 26 → AA: the letters a spreadsheet shows above a column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function failure(pending: readonly PendingIssue[], fileName: string): { ok: false; issues: WideCsvIssue[] } {
  const word = (issue: PendingIssue, language: Language) =>
    translate(language, issue.key, { row: issue.row, column: issue.column ?? '', ...issue.params });
  return {
    ok: false,
    issues: pending.map((issue) => {
      const worded: WideCsvIssue = {
        fileName,
        row: issue.row,
        message: { zh: word(issue, 'zh-CN'), en: word(issue, 'en') },
      };
      if (issue.column !== undefined) worded.column = issue.column;
      return worded;
    }),
  };
}
