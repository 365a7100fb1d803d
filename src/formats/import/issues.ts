/**
 * Every problem an import finds, located the way a person looks for it: the file, the row number a
 * spreadsheet shows (title and blank rows count) and the column letter with its header text.
 */
import { type Language, type MessageKey, translate } from '../../i18n/messages';
import type { LocalizedText } from '../../scoring/model';

/** error: blocks the import; warning: imported with a caveat or left out; info: reported only. */
export type ImportSeverity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  fileName: string;
  severity: ImportSeverity;
  /** 1-based row as a spreadsheet shows it; absent for whole-file problems. */
  row?: number;
  /** Column letter (A, B, … AA) for tabular files, or a JSON path for bundles. */
  column?: string;
  /** The column's header text, when the file has one. */
  header?: string;
  key: MessageKey;
  params: Record<string, string | number>;
  message: LocalizedText;
}

export interface IssueInput {
  severity: ImportSeverity;
  row?: number;
  column?: string;
  header?: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Collects issues for one file, wording each in both languages as it is added. */
export class IssueList {
  readonly items: ImportIssue[] = [];

  constructor(readonly fileName: string) {}

  add(input: IssueInput): void {
    const params = {
      file: this.fileName,
      row: input.row ?? '',
      column: input.column ?? '',
      header: input.header ?? '',
      ...input.params,
    };
    const word = (language: Language) => translate(language, input.key, params);
    const issue: ImportIssue = {
      fileName: this.fileName,
      severity: input.severity,
      key: input.key,
      params: input.params ?? {},
      message: { zh: word('zh-CN'), en: word('en') },
    };
    if (input.row !== undefined) issue.row = input.row;
    if (input.column !== undefined) issue.column = input.column;
    if (input.header !== undefined) issue.header = input.header;
    this.items.push(issue);
  }

  /** An issue another reader has already worded (the scorecard checker's), kept under `key`. */
  addWorded(input: IssueInput & { message: LocalizedText }): void {
    this.add(input);
    const last = this.items[this.items.length - 1];
    if (last) last.message = input.message;
  }

  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/** 0 → A, 25 → Z, 26 → AA: the letters a spreadsheet shows above a column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
