/**
 * A sheet as rows of text cells, whatever it was read from (CSV text or an XLSX sheet), so the
 * wide and long planners see one shape. Row numbers are the ones a spreadsheet shows.
 */
import type { IssueList } from './issues';

export interface GridRow {
  /** 1-based, counting every line (blank and title rows included). */
  row: number;
  cells: string[];
}

export interface Grid {
  rows: GridRow[];
}

export type Delimiter = ',' | '\t' | ';';

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];

/**
 * Picks the delimiter that splits the first lines into the same number (> 1) of fields most often;
 * ties go to the comma. Quoted fields are honoured while counting.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = splitDelimited(sample, delimiter)
      .slice(0, 30)
      .map((record) => record.cells.length)
      .filter((count) => count > 1);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let score = 0;
    for (const [fields, lines] of frequency) score = Math.max(score, lines * 1000 + fields);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * RFC 4180 records with the given delimiter; a quoted field may hold delimiters, line breaks and
 * doubled quotes. Quote problems are reported (when `issues` is given) and the text is kept as is.
 */
export function splitDelimited(text: string, delimiter: Delimiter, issues?: IssueList): GridRow[] {
  const rows: GridRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const char = text[index];
    if (char === '"' && cell === '') {
      let end = index + 1;
      let value = '';
      let closed = false;
      while (end < length) {
        const next = text.indexOf('"', end);
        if (next === -1) break;
        value += text.slice(end, next);
        if (text[next + 1] === '"') {
          value += '"';
          end = next + 2;
        } else {
          end = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        issues?.add({ severity: 'error', row, key: 'import.unterminatedQuote' });
        cell = text.slice(index + 1);
        index = length;
        break;
      }
      // A line break inside quotes stays in the cell: the record is still one spreadsheet row.
      cell = value;
      index = end;
      // Text after the closing quote is kept (Excel does the same) but the cell stays a single value.
      while (index < length && text[index] !== delimiter && text[index] !== '\n' && text[index] !== '\r') {
        cell += text[index];
        index++;
      }
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      cells.push(cell);
      rows.push({ row, cells });
      cells = [];
      cell = '';
      row++;
    } else {
      // Take the run of ordinary characters in one slice rather than one character at a time.
      let end = index + 1;
      while (end < length) {
        const next = text[end];
        if (next === delimiter || next === '\n' || next === '\r' || next === '"') break;
        end++;
      }
      cell += text.slice(index, end);
      index = end;
      continue;
    }
    index++;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ row, cells });
  }
  return rows;
}

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
