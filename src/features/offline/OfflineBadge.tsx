import { useT } from '../../i18n/useT';
import { useOfflineStore } from '../../store/offlineStore';
import './offline.css';

/** A quiet header badge once the service worker has precached the app. Not for the audience view. */
export function OfflineBadge() {
  const { t } = useT();
  const isOfflineReady = useOfflineStore((state) => state.isOfflineReady);
  // The live region exists from the start so screen readers announce the text when it appears.
  return (
    <span className="offline-badge" role="status">
      {isOfflineReady ? (
        <>
          <span aria-hidden="true">● </span>
          <span title={t('offline.readyHint')}>{t('offline.ready')}</span>
          <span className="visually-hidden">{t('offline.readyHint')}</span>
        </>
      ) : null}
    </span>
  );
}
