import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { type Fact, type Target, USER_ENTRY_SOURCE_ID } from '../../scoring/model';

/**
 * The quote a fact or target was taken from. Once the user changed the figure, the quote stays
 * visible beside a note that the value no longer matches it, and the value the quote backs.
 */
export function SourceCell({ row }: { row: Fact | Target }) {
  const { language, t } = useT();
  const isUserEntry = row.source.sourceId === USER_ENTRY_SOURCE_ID;
  const original = row.userEdit?.originalValue;
  return (
    <div className="source-cell">
      {isUserEntry ? (
        <span className="hint">{t('dataScreen.source.userEntry')}</span>
      ) : (
        <q>{row.source.text}</q>
      )}
      {row.userEdit && !isUserEntry && (
        <span className="edited-note">
          <span className="badge badge-warn">{t('dataScreen.source.edited')}</span>
          {original !== undefined && (
            <span> {t('dataScreen.source.original', { value: formatNumber(original, language) })}</span>
          )}
        </span>
      )}
    </div>
  );
}
