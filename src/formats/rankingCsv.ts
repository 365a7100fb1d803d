/**
 * The ranking as CSV (DESIGN §5 "Ranking export"): the header block and table of
 * `buildRankingSheet`, written for Excel — UTF-8 with a BOM, CRLF line ends, scores with a fixed
 * number of decimals. A cell that a spreadsheet would run as a formula is neutralised (DESIGN §8).
 */
import { neutraliseFormula } from './cellSafety';
import { buildRankingSheet, type RankingExportInput, type SheetCell } from './rankingSheet';

/** The CSV builder takes the same input as every ranking export. */
export type RankingCsvInput = RankingExportInput;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function buildRankingCsv(input: RankingCsvInput): string {
  const sheet = buildRankingSheet(input);
  const scoreColumns = new Set(sheet.scoreColumns);
  const table = sheet.rows.map((row) =>
    row.map((cell, column) =>
      scoreColumns.has(column) && typeof cell === 'number' ? cell.toFixed(sheet.digits) : cell,
    ),
  );
  const lines = [...sheet.header, [], sheet.columns, ...table].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/**
 * One CSV cell. Text a spreadsheet would evaluate gets a leading `'` (see `neutraliseFormula`) —
 * unless it is a plain number, so `-5` stays a number. Cells holding a comma, quote or line break
 * are quoted, with quotes doubled (RFC 4180). Empty for null.
 */
export function csvCell(value: SheetCell): string {
  const text = value === null ? '' : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
