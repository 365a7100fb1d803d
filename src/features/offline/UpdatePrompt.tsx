import { useT } from '../../i18n/useT';
import { useOfflineStore } from '../../store/offlineStore';
import './offline.css';

/**
 * "A new version is available — reload after the meeting": the operator decides when; nothing
 * reloads by itself. Not for the audience view.
 */
export function UpdatePrompt() {
  const { t } = useT();
  const applyUpdate = useOfflineStore((state) => state.applyUpdate);
  const postponeUpdate = useOfflineStore((state) => state.postponeUpdate);
  if (!applyUpdate) return null;
  return (
    <section className="update-prompt" aria-label={t('pwa.updateLabel')}>
      <span role="status">{t('pwa.updateAvailable')}</span>
      <button type="button" onClick={applyUpdate}>
        {t('pwa.reload')}
      </button>
      <button type="button" onClick={postponeUpdate}>
        {t('pwa.later')}
      </button>
    </section>
  );
}
