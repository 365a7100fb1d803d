import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';

type Persistence = 'unknown' | 'unsupported' | 'persisted' | 'not-persisted';

function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** Persistent storage (DESIGN §8): whether it is granted, a button to ask, and usage against the quota. */
export function StoragePanel() {
  const { language, t } = useT();
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null | 'unknown'>('unknown');
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;

  useEffect(() => {
    if (!storage?.persisted) setPersistence('unsupported');
    else
      storage.persisted().then(
        (isPersisted) => setPersistence(isPersisted ? 'persisted' : 'not-persisted'),
        () => setPersistence('unsupported'),
      );
    if (!storage?.estimate) setEstimate(null);
    else
      storage.estimate().then(
        ({ usage = 0, quota = 0 }) => setEstimate({ usage, quota }),
        () => setEstimate(null),
      );
  }, [storage]);

  const requestPersist = async () => {
    const granted = (await storage?.persist?.().catch(() => false)) ?? false;
    setAnswer(granted);
    if (granted) setPersistence('persisted');
  };

  return (
    <section className="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p data-persistence={persistence}>
        {persistence === 'persisted' && t('storage.persisted')}
        {persistence === 'not-persisted' && t('storage.notPersisted')}
        {persistence === 'unsupported' && t('storage.persistUnsupported')}
      </p>
      {persistence === 'not-persisted' && (
        <p>
          <button type="button" onClick={requestPersist}>
            {t('storage.requestPersist')}
          </button>
        </p>
      )}
      {answer !== null && (
        <p role="status">{answer ? t('storage.persistGranted') : t('storage.persistRefused')}</p>
      )}
      {estimate !== 'unknown' && (
        <p className="storage-estimate">
          {estimate
            ? t('storage.estimate', {
                usage: formatBytes(estimate.usage, language),
                quota: formatBytes(estimate.quota, language),
              })
            : t('storage.estimateUnknown')}
        </p>
      )}
    </section>
  );
}
