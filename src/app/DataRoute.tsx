import type { ReactNode } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { restoreBackup } from '../db/dataset';
import { useArenaData } from '../db/useArenaData';
import { BackupPanel } from '../features/data/BackupPanel';
import { DataScreen } from '../features/data/DataScreen';
import { StoragePanel } from '../features/data/StoragePanel';
import { useT } from '../i18n/useT';
import { useDataEditHistoryStore } from '../store/dataEditHistoryStore';
import { ResetDataButton } from './ResetDataButton';
import { runUndoable } from './runUndoable';

/**
 * The Data screen (#/data): editable tables, the import panel (composed in by App), backup and restore, storage status, reset to the bundled data.
 */
export function DataRoute({ importSection }: { importSection: ReactNode }) {
  const db = useDatabase();
  const { t } = useT();
  const data = useArenaData();
  const restore = (backupId: number, time: string) =>
    runUndoable(
      async () => {
        const undoId = await restoreBackup(db, backupId);
        // The edits on the stack were made on data that is gone; undoing them would conflict.
        useDataEditHistoryStore.getState().clear();
        return undoId;
      },
      'backup.restored',
      { time },
    );
  return (
    <div className="data-page">
      <header className="page-header">
        <h1>{t('dataScreen.title')}</h1>
      </header>
      {data === undefined && <p role="status">{t('dataScreen.loading')}</p>}
      {data && <DataScreen data={data} />}
      {/* The import panel is its own titled section (导入数据). */}
      <div className="panel import-section">{importSection}</div>
      <BackupPanel onRestore={restore} />
      <section className="panel" aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('data.reset')}</h2>
        <ResetDataButton />
      </section>
      <StoragePanel />
    </div>
  );
}
