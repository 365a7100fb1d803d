import type { ReactNode } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Quote, Source } from '../../scoring/model';

/** A verbatim sentence with its document and date; imported text is rendered as text only. */
export function SourceQuote({
  quote,
  sources,
  language,
  t,
}: {
  quote: Quote;
  sources: readonly Source[];
  language: Language;
  t: Translate;
}) {
  const source = sources.find((candidate) => candidate.id === quote.sourceId);
  return (
    <blockquote className="source-quote">
      <p>“{quote.text}”</p>
      <footer>
        {t('zone.source', {
          source: source ? `${localized(source.title, language)}，${source.date}` : quote.sourceId,
        })}
      </footer>
    </blockquote>
  );
}

/** A list, or the "none" line when it is empty. */
export function ItemList({ children, empty }: { children: ReactNode[]; empty: string }) {
  return children.length > 0 ? <ul className="item-list">{children}</ul> : <p className="empty">{empty}</p>;
}
