import { loadBundledData } from '../db/bundledData';
import { useDatabase } from '../db/DatabaseContext';
import { resetToBundled } from '../db/dataset';
import { useT } from '../i18n/useT';
import { useToastStore } from '../store/toastStore';
import { useWeightDraftStore } from '../store/weightDraftStore';

/** Reset to the bundled data: no confirmation dialog, because a backup makes it undoable. */
export function ResetDataButton() {
  const db = useDatabase();
  const { t } = useT();
  const reset = async () => {
    try {
      const backupId = await resetToBundled(db, loadBundledData);
      useWeightDraftStore.setState({ drafts: {} });
      useToastStore
        .getState()
        .show({ message: 'toast.reset', tone: 'info', undoBackupId: backupId ?? undefined });
    } catch (error) {
      useToastStore
        .getState()
        .show({ message: 'data.failed', params: { message: String(error) }, tone: 'error' });
    }
  };
  return (
    <button type="button" onClick={reset}>
      {t('data.reset')}
    </button>
  );
}
