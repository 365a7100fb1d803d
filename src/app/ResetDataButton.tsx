import { loadBundledData } from '../db/bundledData';
import { useDatabase } from '../db/DatabaseContext';
import { resetToBundled } from '../db/dataset';
import { useT } from '../i18n/useT';
import { runUndoable } from './runUndoable';

/** Reset to the bundled data: no confirmation dialog, because a backup makes it undoable. */
export function ResetDataButton() {
  const db = useDatabase();
  const { t } = useT();
  return (
    <button
      type="button"
      onClick={() => runUndoable(() => resetToBundled(db, loadBundledData), 'toast.reset')}
    >
      {t('data.reset')}
    </button>
  );
}
