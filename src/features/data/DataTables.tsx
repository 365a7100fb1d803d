import { type KeyboardEvent, useId, useState } from 'react';
import type { ErrorDescription } from '../../db/storageErrors';
import { useT } from '../../i18n/useT';
import type { DataEdit } from '../../store/dataEditHistoryStore';
import { EditableTable } from './EditableTable';
import { EDITABLE_TABLES, type EditableTable as TableName, type DataTables as Tables } from './tableSpecs';

/** One tab per table (arrow keys move between tabs, as the ARIA tabs pattern has it). */
export function DataTables({
  data,
  commit,
}: {
  data: Tables;
  commit: (edit: DataEdit) => Promise<ErrorDescription | null>;
}) {
  const { t } = useT();
  const [active, setActive] = useState<TableName>('facts');
  const baseId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = EDITABLE_TABLES.indexOf(active);
    const next = EDITABLE_TABLES[(index + step + EDITABLE_TABLES.length) % EDITABLE_TABLES.length] ?? active;
    setActive(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };
  return (
    <div className="data-tables">
      <div role="tablist" aria-label={t('dataScreen.tablesLabel')} className="data-tabs">
        {EDITABLE_TABLES.map((table) => (
          <button
            key={table}
            id={`${baseId}-tab-${table}`}
            type="button"
            role="tab"
            aria-selected={table === active}
            aria-controls={`${baseId}-panel`}
            tabIndex={table === active ? 0 : -1}
            onClick={() => setActive(table)}
            onKeyDown={onKeyDown}
          >
            {t(`dataScreen.table.${table}`)} ({data[table].length})
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${active}`}>
        <EditableTable key={active} table={active} data={data} commit={commit} />
      </div>
    </div>
  );
}
