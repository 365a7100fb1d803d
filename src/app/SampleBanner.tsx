import { useDatabase } from '../db/DatabaseContext';
import { clearSampleData } from '../db/dataset';
import { useSampleScoreCount } from '../db/useSampleScoreCount';
import { useT } from '../i18n/useT';
import { runUndoable } from './runUndoable';

/** Shown on every screen while any sample jury score is in the data. */
export function SampleBanner() {
  const db = useDatabase();
  const { t } = useT();
  const sampleCount = useSampleScoreCount();
  if (sampleCount === 0) return null;
  return (
    // A named region: everything on the page sits in a landmark (axe "region"), the banner too.
    <section className="sample-banner" aria-label={t('sample.watermark')}>
      <span role="note">{t('sample.banner')}</span>
      <button type="button" onClick={() => runUndoable(() => clearSampleData(db), 'toast.cleared')}>
        {t('sample.clear')}
      </button>
    </section>
  );
}
