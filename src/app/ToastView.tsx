import { useDatabase } from '../db/DatabaseContext';
import { restoreBackup } from '../db/dataset';
import { useT } from '../i18n/useT';
import { useToastStore } from '../store/toastStore';
import { useWeightDraftStore } from '../store/weightDraftStore';

export function ToastView() {
  const db = useDatabase();
  const { t } = useT();
  const toast = useToastStore((state) => state.toast);
  if (!toast) return null;
  const { show, dismiss } = useToastStore.getState();
  const undo = async (backupId: number) => {
    try {
      await restoreBackup(db, backupId);
      useWeightDraftStore.setState({ drafts: {} });
      show({ message: 'toast.undone', tone: 'info' });
    } catch (error) {
      show({ message: 'data.failed', params: { message: String(error) }, tone: 'error' });
    }
  };
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{t(toast.message, toast.params)}</span>
      {toast.undoBackupId !== undefined && (
        <button type="button" onClick={() => undo(toast.undoBackupId as number)}>
          {t('toast.undo')}
        </button>
      )}
      <button type="button" className="toast-dismiss" onClick={dismiss} aria-label={t('toast.dismiss')}>
        ×
      </button>
    </div>
  );
}
