import type { ReactNode } from 'react';
import { formatNumber, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { type Quote, type Source, USER_ENTRY_SOURCE_ID, type UserEdit } from '../../scoring/model';

/**
 * A verbatim sentence with its document and date; imported text is rendered as text only. A figure
 * the user edited on the Data screen says so, with the value the quote backs; a figure the user
 * added has no quote to show.
 */
export function SourceQuote({
  quote,
  sources,
  language,
  t,
  userEdit,
}: {
  quote: Quote;
  sources: readonly Source[];
  language: Language;
  t: Translate;
  userEdit?: UserEdit;
}) {
  if (quote.sourceId === USER_ENTRY_SOURCE_ID)
    return <p className="hint">{t('dataScreen.source.userEntry')}</p>;
  const source = sources.find((candidate) => candidate.id === quote.sourceId);
  return (
    <blockquote className="source-quote">
      <p>“{quote.text}”</p>
      <footer>
        {t('zone.source', {
          source: source ? `${localized(source.title, language)}，${source.date}` : quote.sourceId,
        })}
      </footer>
      {userEdit && (
        <p className="badge badge-warn">
          {t('dataScreen.source.edited')}
          {userEdit.originalValue !== undefined &&
            ` · ${t('dataScreen.source.original', { value: formatNumber(userEdit.originalValue, language) })}`}
        </p>
      )}
    </blockquote>
  );
}

/** A list, or the "none" line when it is empty. */
export function ItemList({ children, empty }: { children: ReactNode[]; empty: string }) {
  return children.length > 0 ? <ul className="item-list">{children}</ul> : <p className="empty">{empty}</p>;
}
