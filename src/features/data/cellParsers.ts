import type { BundleTable } from '../../formats/bundle';
import { type Fact, type Target, USER_ENTRY_SOURCE_ID } from '../../scoring/model';
import type { CellError, CellResult, ColumnSpec, DataTables, EditContext } from './tableSpecs';

/**
 * Reads a number as people type it: full-width digits, a thousands separator in the right places.
 * Anything else (units, percent signs, words) is refused rather than guessed.
 */
export function parseNumber(text: string): number | null {
  let clean = text.normalize('NFKC').trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

export function fail<R>(key: CellError['key'], params?: CellError['params']): CellResult<R> {
  return { ok: false, error: params ? { key, params } : { key } };
}

/** Sets one field (or a `{ zh, en }` half) without reordering keys, so the stored row reads the same. */
export function withField<R extends object>(row: R, path: string, value: unknown): R {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const record = row as Record<string, unknown>;
  if (tail === undefined) return { ...row, [head]: value };
  const inner = (record[head] ?? {}) as Record<string, unknown>;
  return { ...row, [head]: { ...inner, [tail]: value } };
}

export function fieldText(row: object, path: string): string {
  let value: unknown = row;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value === undefined || value === null ? '' : String(value);
}

/** The id column: required, no spaces, unique in its table; `isInUse` refuses renaming a referenced row. */
export function idColumn<R extends { id: string }>(
  table: BundleTable,
  isInUse?: (row: R, data: DataTables) => number,
): ColumnSpec<R> {
  return {
    id: 'id',
    label: 'dataScreen.col.id',
    read: (row) => row.id,
    write: (row, text, { data }) => {
      const id = text.trim();
      if (id === row.id) return { ok: true, row };
      if (id === '') return fail('dataScreen.error.required');
      if (/\s/.test(id)) return fail('dataScreen.error.idSpaces');
      const rows = data[table] as { id: string }[];
      if (rows.some((other) => other.id === id)) return fail('dataScreen.error.idTaken', { id });
      const uses = isInUse?.(row, data) ?? 0;
      if (uses > 0) return fail('dataScreen.error.idInUse', { count: uses });
      return { ok: true, row: { ...row, id } };
    },
  };
}

export function textColumn<R extends object>(
  path: string,
  label: ColumnSpec<R>['label'],
  isRequired: boolean,
): ColumnSpec<R> {
  return {
    id: path,
    label,
    read: (row) => fieldText(row, path),
    write: (row, text) => {
      const value = text.trim();
      if (isRequired && value === '') return fail('dataScreen.error.required');
      return { ok: true, row: withField(row, path, value) };
    },
  };
}

export function enumColumn<R extends object>(
  path: string,
  label: ColumnSpec<R>['label'],
  allowed: readonly string[],
  check?: (row: R, value: string, data: DataTables) => CellError | null,
): ColumnSpec<R> {
  return {
    id: path,
    label,
    read: (row) => fieldText(row, path),
    suggestions: () => [...allowed],
    write: (row, text, { data }) => {
      const value = text.trim();
      if (!allowed.includes(value)) return fail('dataScreen.error.oneOf', { allowed: allowed.join(' / ') });
      const problem = check?.(row, value, data);
      return problem ? { ok: false, error: problem } : { ok: true, row: withField(row, path, value) };
    },
  };
}

/** A reference to another table's row; `isNullable` lets an empty cell mean "none" (stored as null). */
export function referenceColumn<R extends object>(
  path: string,
  label: ColumnSpec<R>['label'],
  target: 'zones' | 'indicators' | 'periods' | 'judges' | 'categories',
  options: {
    isNullable?: boolean;
    check?: (row: R, value: string, data: DataTables) => CellError | null;
  } = {},
): ColumnSpec<R> {
  return {
    id: path,
    label,
    read: (row) => fieldText(row, path),
    suggestions: (data) => data[target].map((row) => row.id),
    write: (row, text, { data }) => {
      const value = text.trim();
      if (value === '') {
        return options.isNullable
          ? { ok: true, row: withField(row, path, null) }
          : fail('dataScreen.error.required');
      }
      if (!data[target].some((other) => other.id === value)) {
        return fail(`dataScreen.error.unknown.${target}`, { id: value });
      }
      const problem = options.check?.(row, value, data);
      return problem ? { ok: false, error: problem } : { ok: true, row: withField(row, path, value) };
    },
  };
}

export function numberColumn<R extends object>(
  path: string,
  label: ColumnSpec<R>['label'],
  check?: (row: R, value: number, context: EditContext) => CellError | null,
): ColumnSpec<R> {
  return {
    id: path,
    label,
    isNumeric: true,
    read: (row) => fieldText(row, path),
    write: (row, text, context) => {
      const value = parseNumber(text);
      if (value === null) return fail('dataScreen.error.number', { text: text.trim() });
      const problem = check?.(row, value, context);
      return problem ? { ok: false, error: problem } : { ok: true, row: withField(row, path, value) };
    },
  };
}

const FIGURE_FIELDS = ['value', 'zoneId', 'indicatorId', 'periodId', 'comparator'] as const;

/**
 * Marks a fact or target whose figure the user changed: its quote stays, but no longer backs the
 * value, and the value the quote backs is kept in `userEdit.originalValue` (data honesty).
 */
export function markFigureEdit<R extends Fact | Target>(before: R, after: R, now: string): R {
  const changed = FIGURE_FIELDS.some(
    (field) =>
      (before as unknown as Record<string, unknown>)[field] !==
      (after as unknown as Record<string, unknown>)[field],
  );
  if (!changed) return after;
  const originalValue =
    before.userEdit !== undefined
      ? before.userEdit.originalValue
      : before.source.sourceId === USER_ENTRY_SOURCE_ID
        ? undefined
        : before.value;
  return {
    ...after,
    userEdit: originalValue === undefined ? { editedAt: now } : { editedAt: now, originalValue },
  };
}

/** Wraps a column of a fact or target so every change to the figure is marked as the user's. */
export function figureColumn<R extends Fact | Target>(column: ColumnSpec<R>): ColumnSpec<R> {
  const { write } = column;
  if (!write) return column;
  return {
    ...column,
    write: (row, text, context) => {
      const result = write(row, text, context);
      return result.ok ? { ok: true, row: markFigureEdit(row, result.row, context.now) } : result;
    },
  };
}
