import type { Translate } from '../../i18n/useT';
import type { PresenterStatus as Status } from './usePresenterRole';

/** Says whether this window controls the meeting; a read-only window may take over explicitly. */
export function PresenterStatus({
  status,
  error,
  onTakeOver,
  t,
}: {
  status: Status;
  error: string | null;
  onTakeOver: () => void;
  t: Translate;
}) {
  return (
    <div className={`presenter-status is-${status}`} role="status" data-presenter={status}>
      {status === 'presenter' && <span>{t('meeting.isPresenter')}</span>}
      {status === 'claiming' && <span>{t('meeting.claiming')}</span>}
      {status === 'read-only' && (
        <>
          <span>{t('meeting.readOnly')}</span>
          <button type="button" onClick={onTakeOver}>
            {t('meeting.takeOver')}
          </button>
        </>
      )}
      {error && <span role="alert">{t('meeting.writeFailed', { message: error })}</span>}
    </div>
  );
}
