import { useDatabase } from '../db/DatabaseContext';
import { clearSampleData } from '../db/dataset';
import { useSampleScoreCount } from '../db/useSampleScoreCount';
import { useT } from '../i18n/useT';
import { useToastStore } from '../store/toastStore';

/** Shown on every screen while any sample jury score is in the data. */
export function SampleBanner() {
  const db = useDatabase();
  const { t } = useT();
  const sampleCount = useSampleScoreCount();
  if (sampleCount === 0) return null;
  const clear = async () => {
    try {
      const backupId = await clearSampleData(db);
      useToastStore
        .getState()
        .show({ message: 'toast.cleared', tone: 'info', undoBackupId: backupId ?? undefined });
    } catch (error) {
      useToastStore
        .getState()
        .show({ message: 'data.failed', params: { message: String(error) }, tone: 'error' });
    }
  };
  return (
    <div className="sample-banner" role="note">
      <span>{t('sample.banner')}</span>
      <button type="button" onClick={clear}>
        {t('sample.clear')}
      </button>
    </div>
  );
}
