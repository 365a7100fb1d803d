/**
 * XLSX (and XLS/ODS) → Grid with @e965/xlsx 0.20.3, the fixed SheetJS release (the `xlsx` 0.18.5 on
 * npm has a prototype-pollution and a ReDoS advisory). It is imported on demand so the initial
 * bundle stays small, and it reports merged ranges (`!merges`), which are spread to every cell
 * they cover: a merged title row then reads as one repeated text (a title), a merged zone cell
 * fills the rows it spans.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Grid, GridRow } from './grid';
import { columnLetter, type IssueList } from './issues';
import { MAX_DATA_ROWS } from './tabular';

export interface XlsxGrid {
  grid: Grid;
  sheet: string;
}

export async function readXlsxGrid(bytes: Uint8Array, issues: IssueList): Promise<XlsxGrid | null> {
  const XLSX = await import('@e965/xlsx');
  let workbook: ReturnType<typeof XLSX.read>;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (error) {
    issues.add({
      severity: 'error',
      key: 'import.xlsx.unreadable',
      params: { reason: error instanceof Error ? error.message : String(error) },
    });
    return null;
  }
  const name = workbook.SheetNames.find((sheetName) => workbook.Sheets[sheetName]?.['!ref'] !== undefined);
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || sheet === undefined) {
    issues.add({ severity: 'error', key: 'import.empty' });
    return null;
  }
  if (workbook.SheetNames.length > 1) {
    issues.add({
      severity: 'info',
      key: 'import.xlsx.firstSheet',
      params: { sheet: name, count: workbook.SheetNames.length },
    });
  }
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  if (range.e.r - range.s.r > MAX_DATA_ROWS + 100) {
    issues.add({
      severity: 'error',
      key: 'import.tooManyRows',
      params: { count: range.e.r - range.s.r + 1, max: MAX_DATA_ROWS },
    });
    return null;
  }
  const rows: GridRow[] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++)
      cells.push(cellText(sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push({ row: r + 1, cells });
  }
  spreadMerges(sheet, rows, issues);
  return { grid: { rows }, sheet: name };
}

/** The cell as text the number reader understands; numbers keep full precision, not the display format. */
function cellText(cell: CellObject | undefined): string {
  if (cell === undefined) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    // A percent-formatted cell holds the fraction (0.1019 shows as 10.19%): keep percentage points.
    if (typeof cell.z === 'string' && cell.z.includes('%'))
      return `${Number((cell.v * 100).toPrecision(15))}%`;
    return String(cell.v);
  }
  if (cell.t === 'e') return cell.w ?? '#N/A';
  return cell.w ?? String(cell.v ?? '');
}

function spreadMerges(sheet: WorkSheet, rows: GridRow[], issues: IssueList): void {
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.cells[merge.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        const row = rows[r];
        if (row) row.cells[c] = value;
      }
    }
    issues.add({
      severity: 'info',
      row: merge.s.r + 1,
      column: columnLetter(merge.s.c),
      key: 'import.xlsx.merged',
      params: {
        range: `${columnLetter(merge.s.c)}${merge.s.r + 1}:${columnLetter(merge.e.c)}${merge.e.r + 1}`,
        value,
      },
    });
  }
}
