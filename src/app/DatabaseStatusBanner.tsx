import './databaseStatus.css';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useDatabaseStatusStore } from '../store/databaseStatusStore';

/**
 * A stale tab (the schema was upgraded elsewhere) gets a blocking dialog: it can only reload.
 * A blocked upgrade gets a banner saying what to close.
 */
export function DatabaseStatusBanner() {
  const { t } = useT();
  const status = useDatabaseStatusStore((state) => state.status);
  const reloadRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status === 'stale') reloadRef.current?.focus({ preventScroll: true });
  }, [status]);
  if (status === 'blocked') {
    return (
      <p role="alert" className="db-blocked-banner">
        {t('storage.blocked')}
      </p>
    );
  }
  if (status !== 'stale') return null;
  return (
    <div className="db-stale-overlay">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="db-stale-title"
        aria-describedby="db-stale-body"
        className="db-stale-dialog"
      >
        <h2 id="db-stale-title">{t('storage.staleTitle')}</h2>
        <p id="db-stale-body">{t('storage.staleBody')}</p>
        <button ref={reloadRef} type="button" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      </div>
    </div>
  );
}
