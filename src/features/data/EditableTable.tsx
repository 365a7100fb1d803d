import { useMemo, useState } from 'react';
import type { ErrorDescription } from '../../db/storageErrors';
import { localized } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { Fact, Target } from '../../scoring/model';
import type { DataEdit } from '../../store/dataEditHistoryStore';
import { DeleteConfirm, type PendingDelete } from './DeleteConfirm';
import { cascadeDelete, dependentsOf, scorecardsUsing } from './dependents';
import { EditableCell } from './EditableCell';
import { newRow } from './newRow';
import { SourceCell } from './SourceCell';
import { TABLE_COLUMNS } from './tableColumns';
import type { AnyRow, ColumnSpec, DataTables, EditableTable as TableName } from './tableSpecs';

/** Rows per page: paging keeps a table of thousands of rows as quick as one of nine. */
export const PAGE_SIZE = 50;

interface EditableTableProps {
  table: TableName;
  data: DataTables;
  commit: (edit: DataEdit) => Promise<ErrorDescription | null>;
}

export function EditableTable({ table, data, commit }: EditableTableProps) {
  const { language, t } = useT();
  const columns = TABLE_COLUMNS[table] as ColumnSpec<AnyRow>[];
  const rows = data[table] as AnyRow[];
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [addError, setAddError] = useState<ErrorDescription | null>(null);
  const hasSource = table === 'facts' || table === 'targets';

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return rows;
    // Facts and targets are also found by the words of their quote.
    const quoteOf = (row: AnyRow) => ('source' in row ? row.source.text.toLowerCase() : '');
    return rows.filter(
      (row) =>
        quoteOf(row).includes(needle) ||
        columns.some((column) => column.read(row).toLowerCase().includes(needle)),
    );
  }, [rows, columns, filter]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = visible.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const tableName = t(`dataScreen.table.${table}`);

  const saveCell = (row: AnyRow, column: ColumnSpec<AnyRow>) => async (text: string) => {
    if (!column.write) return null;
    const result = column.write(row, text, { data, now: new Date().toISOString() });
    if (!result.ok) return result.error;
    if (JSON.stringify(result.row) === JSON.stringify(row)) return null;
    return commit({
      label: 'dataScreen.edit.cell',
      params: { id: row.id, column: column.label },
      changes: [{ table, before: row, after: result.row }],
    });
  };

  const addRow = async () => {
    const result = newRow(table, data, new Date().toISOString());
    if (!result.ok) return setAddError(result.error);
    setAddError(null);
    const problem = await commit({
      label: 'dataScreen.edit.add',
      params: { id: result.row.id },
      changes: [{ table, before: null, after: result.row }],
    });
    if (problem) setAddError(problem);
    else setPage(Math.floor(rows.length / PAGE_SIZE));
  };

  const deleteRow = (row: AnyRow, isConfirmed: boolean) => {
    const blockers = scorecardsUsing(table, row, data);
    if (blockers.length > 0) {
      setPending({
        kind: 'refused',
        rowId: row.id,
        scorecardNames: blockers.map((card) => localized(card.name, language)),
      });
      return;
    }
    const dependents = dependentsOf(table, row, data);
    if (dependents.length > 0 && !isConfirmed) {
      setPending({ kind: 'cascade', rowId: row.id, dependents });
      return;
    }
    setPending(null);
    const changes = cascadeDelete(table, row, data);
    void commit({
      label: 'dataScreen.edit.delete',
      params: { id: row.id, count: changes.length - 1 },
      changes,
    });
  };

  return (
    <div className="editable-table">
      <div className="table-tools">
        <label>
          {t('dataScreen.filter')}{' '}
          <input
            type="search"
            value={filter}
            placeholder={t('dataScreen.filterPlaceholder')}
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(0);
            }}
          />
        </label>
        <button type="button" onClick={addRow}>
          {t('dataScreen.add')}
        </button>
        {addError && (
          <span role="alert" className="cell-error">
            {t(addError.key, addError.params)}
          </span>
        )}
      </div>
      {pending && (
        <DeleteConfirm
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const row = rows.find((candidate) => candidate.id === pending.rowId);
            if (row) deleteRow(row, true);
          }}
        />
      )}
      <div className="data-table-scroll">
        <table className="data-table" data-table={table}>
          <caption>{t('dataScreen.table.caption', { table: tableName, count: rows.length })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.id} scope="col">
                  {t(column.label)}
                </th>
              ))}
              {hasSource && <th scope="col">{t('dataScreen.col.source')}</th>}
              <th scope="col">{t('dataScreen.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => (
              <tr key={row.id} data-row-id={row.id}>
                {columns.map((column) => (
                  <td key={column.id}>
                    {column.write ? (
                      <EditableCell
                        rowId={row.id}
                        columnLabel={t(column.label)}
                        value={column.read(row)}
                        isNumeric={column.isNumeric}
                        suggestions={column.suggestions?.(data)}
                        onSave={saveCell(row, column)}
                      />
                    ) : (
                      column.read(row)
                    )}
                  </td>
                ))}
                {hasSource && (
                  <td>
                    <SourceCell row={row as Fact | Target} />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    aria-label={t('dataScreen.deleteRow', { id: row.id })}
                    onClick={() => deleteRow(row, false)}
                  >
                    {t('dataScreen.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {visible.length === 0 && <p className="hint">{t('dataScreen.empty')}</p>}
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label={tableName}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('dataScreen.prevPage')}
          </button>
          <span>
            {t('dataScreen.page', {
              page: current + 1,
              pages,
              from: current * PAGE_SIZE + 1,
              to: Math.min(visible.length, (current + 1) * PAGE_SIZE),
              count: visible.length,
            })}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('dataScreen.nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}
