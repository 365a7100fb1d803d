/**
 * The ranking export as spreadsheet rows for an XLSX writer: the same header block and table as the
 * CSV (`buildRankingSheet`), with numbers kept as numbers (scores carry a display format with the
 * export's decimals, the value itself is unrounded) and every text cell neutralised exactly as in
 * the CSV (`neutraliseFormula`). Independent of the writer library, so it is tested in Node.
 */
import { neutraliseFormula } from './cellSafety';
import type { RankingSheet, SheetCell } from './rankingSheet';

export type XlsxCell =
  | { kind: 'text'; value: string; isBold: boolean }
  | { kind: 'number'; value: number; format: string | null; isBold: boolean }
  | null;

export function buildRankingXlsxRows(sheet: RankingSheet): XlsxCell[][] {
  const scoreFormat = sheet.digits > 0 ? `0.${'0'.repeat(sheet.digits)}` : '0';
  const scoreColumns = new Set(sheet.scoreColumns);
  return [
    ...sheet.header.map((row) => row.map((cell, column) => xlsxCell(cell, null, column === 0))),
    [],
    sheet.columns.map((head) => xlsxCell(head, null, true)),
    ...sheet.rows.map((row) =>
      row.map((cell, column) => xlsxCell(cell, scoreColumns.has(column) ? scoreFormat : null, false)),
    ),
  ];
}

function xlsxCell(cell: SheetCell, format: string | null, isBold: boolean): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return { kind: 'number', value: cell, format, isBold };
  return { kind: 'text', value: neutraliseFormula(cell), isBold };
}
