import { useState } from 'react';
import { readBackupContent, readCurrentContent, useBackups } from '../../db/backups';
import { useDatabase } from '../../db/DatabaseContext';
import { BACKUPS_KEPT } from '../../db/dataset';
import { describeStorageError, type ErrorDescription } from '../../db/storageErrors';
import { bundleFileName, serialiseBundleFile } from '../../formats/bundleFile';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { downloadText } from './downloadText';

/**
 * Download everything as one bundle file, and the automatic backups with their reason, time and
 * content, each restorable (the route passes `onRestore`, which backs up first and offers undo).
 */
export function BackupPanel({ onRestore }: { onRestore: (backupId: number, time: string) => void }) {
  const db = useDatabase();
  const { language, t } = useT();
  const backups = useBackups();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const formatTime = (iso: string) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const report = (error: unknown) => {
    const description: ErrorDescription = describeStorageError(error);
    setMessage({ text: t(description.key, description.params), isError: true });
  };

  const downloadAll = async () => {
    try {
      const content = await readCurrentContent(db);
      if (!content) return;
      const file = bundleFileName(new Date());
      downloadText(file, serialiseBundleFile(content.bundle, content.weightSets));
      setMessage({ text: t('backup.downloaded', { file }), isError: false });
    } catch (error) {
      report(error);
    }
  };
  const downloadBackup = async (backupId: number, createdAt: string) => {
    try {
      const content = await readBackupContent(db, backupId);
      const file = bundleFileName(new Date(createdAt), `backup-${backupId}`);
      downloadText(file, serialiseBundleFile(content.bundle, content.weightSets));
      setMessage({ text: t('backup.downloaded', { file }), isError: false });
    } catch (error) {
      report(error);
    }
  };

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>
        <button type="button" onClick={downloadAll}>
          {t('backup.downloadAll')}
        </button>{' '}
        <span className="hint">{t('backup.downloadHint')}</span>
      </p>
      {message && (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'cell-error' : 'hint'}>
          {message.text}
        </p>
      )}
      <h3>{t('backup.listHeading', { count: BACKUPS_KEPT })}</h3>
      {backups && backups.length === 0 && <p className="hint">{t('backup.none')}</p>}
      {backups && backups.length > 0 && (
        <table className="data-table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backup.col.time')}</th>
              <th scope="col">{t('backup.col.reason')}</th>
              <th scope="col">{t('backup.col.size')}</th>
              <th scope="col">{t('backup.col.counts')}</th>
              <th scope="col">{t('dataScreen.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const time = formatTime(backup.createdAt);
              return (
                <tr key={backup.id} data-backup-id={backup.id}>
                  <td>{time}</td>
                  <td>{t(`backup.reason.${backup.reason}`)}</td>
                  <td>{formatNumber(Math.round(backup.size / 102.4) / 10, language)} KB</td>
                  <td>{backup.counts ? t('backup.counts', backup.counts) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('backup.restoreLabel', { time })}
                      onClick={() => onRestore(backup.id, time)}
                    >
                      {t('backup.restore')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={t('backup.downloadLabel', { time })}
                      onClick={() => downloadBackup(backup.id, backup.createdAt)}
                    >
                      {t('backup.download')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
