/**
 * The import entry point: bytes of one file → an ImportPlan with every issue. Recognises the data
 * bundle (JSON), spreadsheets (XLSX/XLS/ODS) and delimited text (CSV, TSV, Excel "Unicode text"),
 * and tells a long sheet (zone,indicator,period,value) from a wide one by its header.
 */

import { planBundle } from './bundleFile';
import { decodeText } from './decodeText';
import { detectDelimiter, type Grid, isBlankRow, splitDelimited } from './grid';
import { IssueList } from './issues';
import { isLongHeader, planLong } from './long';
import { type Catalogue, emptyPlan, type ImportFormat, type ImportPlan } from './plan';
import type { TabularOptions } from './tabular';
import { planWide } from './wide';

/** Files above this are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const DELIMITER_NAMES: Record<string, string> = { ',': ',', '\t': 'tab', ';': ';' };

export type FileKind = 'bundle' | 'spreadsheet' | 'text';

export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'bundle';
  if (/\.(xlsx|xlsm|xls|ods)$/.test(lower)) return 'spreadsheet';
  // Zip (xlsx, ods) or OLE (xls) signatures, whatever the name says.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'spreadsheet';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'spreadsheet';
  return 'text';
}

/** A plan for a file over the size limit, without reading it (the UI checks File.size first). */
export function oversizedPlan(fileName: string, size: number): ImportPlan {
  const issues = new IssueList(fileName);
  issues.add({
    severity: 'error',
    key: 'import.tooLarge',
    params: { size: (size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 },
  });
  return { ...emptyPlan(fileName, 'wide'), issues: issues.items };
}

export async function planImport(
  fileName: string,
  bytes: Uint8Array,
  catalogue: Catalogue,
  options: TabularOptions,
): Promise<ImportPlan> {
  if (bytes.length > MAX_IMPORT_BYTES) return oversizedPlan(fileName, bytes.length);
  if (fileKind(fileName, bytes) !== 'spreadsheet') return planTextImport(fileName, bytes, catalogue, options);
  const issues = new IssueList(fileName);
  const { readXlsxGrid } = await import('./xlsxGrid');
  const read = await readXlsxGrid(bytes, issues);
  if (read === null) return { ...emptyPlan(fileName, 'wide'), issues: issues.items };
  const plan = planGrid(fileName, read.grid, catalogue, options, issues);
  plan.detected.sheet = read.sheet;
  return plan;
}

/** CSV, TSV and JSON: synchronous, so the command line and the benchmark can call it directly. */
export function planTextImport(
  fileName: string,
  bytes: Uint8Array,
  catalogue: Catalogue,
  options: TabularOptions,
): ImportPlan {
  if (bytes.length > MAX_IMPORT_BYTES) return oversizedPlan(fileName, bytes.length);
  const issues = new IssueList(fileName);
  const { encoding, text } = decodeText(bytes);
  if (fileKind(fileName, bytes) === 'bundle' || /^\s*\{/.test(text)) {
    const plan = emptyPlan(fileName, 'bundle');
    plan.detected.encoding = encoding;
    planBundle(text, catalogue, issues, plan);
    plan.issues = issues.items;
    return plan;
  }
  const delimiter = detectDelimiter(text);
  const grid = { rows: splitDelimited(text, delimiter, issues) };
  const plan = planGrid(fileName, grid, catalogue, options, issues);
  plan.detected.encoding = encoding;
  plan.detected.delimiter = DELIMITER_NAMES[delimiter] ?? delimiter;
  return plan;
}

function planGrid(
  fileName: string,
  grid: Grid,
  catalogue: Catalogue,
  options: TabularOptions,
  issues: IssueList,
): ImportPlan {
  const head = grid.rows.filter((row) => !isBlankRow(row)).slice(0, 20);
  const format: ImportFormat = head.some(isLongHeader) ? 'long' : 'wide';
  const plan = emptyPlan(fileName, format);
  if (format === 'long') planLong(grid, catalogue, options, issues, plan);
  else planWide(grid, catalogue, options, issues, plan);
  plan.issues = issues.items;
  return plan;
}
