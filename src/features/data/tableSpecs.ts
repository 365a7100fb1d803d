import type { Bundle } from '../../formats/bundle';
import type { MessageKey } from '../../i18n/messages';
import type { Fact, Indicator, JuryScore, PointEvent, Shortfall, Target, Zone } from '../../scoring/model';

/** The tables the Data screen lets the user browse and edit, in tab order. */
export const EDITABLE_TABLES = [
  'zones',
  'indicators',
  'facts',
  'targets',
  'shortfalls',
  'juryScores',
  'pointEvents',
] as const;
export type EditableTable = (typeof EDITABLE_TABLES)[number];

export interface RowOf {
  zones: Zone;
  indicators: Indicator;
  facts: Fact;
  targets: Target;
  shortfalls: Shortfall;
  juryScores: JuryScore;
  pointEvents: PointEvent;
}
export type AnyRow = RowOf[EditableTable];

/** What validation may look at: the dataset's tables (a bundle without its envelope). */
export type DataTables = Omit<Bundle, 'format' | 'version' | 'meta'>;

/** A problem with an edited value, as a message key and its parameters (shown in the user's language). */
export interface CellError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type CellResult<R> = { ok: true; row: R } | { ok: false; error: CellError };

/** Everything a cell write may depend on besides the row: the other rows and the clock. */
export interface EditContext {
  data: DataTables;
  /** ISO time stamped on edited figures. */
  now: string;
}

export interface ColumnSpec<R> {
  id: string;
  label: MessageKey;
  read: (row: R) => string;
  /** Absent for read-only columns. Returns the changed row or why the text is refused. */
  write?: (row: R, text: string, context: EditContext) => CellResult<R>;
  /** Values offered while typing (existing ids of the referenced table). */
  suggestions?: (data: DataTables) => string[];
  isNumeric?: boolean;
}

export type TableSpec<R> = ColumnSpec<R>[];
