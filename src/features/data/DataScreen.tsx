import './dataScreen.css';
import { useT } from '../../i18n/useT';
import { DataTables } from './DataTables';
import { EditHistoryBar } from './EditHistoryBar';
import type { DataTables as Tables } from './tableSpecs';
import { useDataEditing } from './useDataEditing';

/** The editable tables with their undo/redo bar (Ctrl+Z / Ctrl+Shift+Z while this screen is open). */
export function DataScreen({ data }: { data: Tables }) {
  const { t } = useT();
  const { commit, undo, redo, past, future, status } = useDataEditing();
  return (
    <section className="panel data-screen" aria-labelledby="data-tables-heading">
      <h2 id="data-tables-heading">{t('dataScreen.tablesLabel')}</h2>
      <p className="hint">{t('dataScreen.intro')}</p>
      <EditHistoryBar past={past} future={future} status={status} undo={undo} redo={redo} />
      <DataTables data={data} commit={commit} />
    </section>
  );
}
