import { formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { LeafStanding } from './fieldStanding';

export interface ZoneStandingProps {
  strengths: readonly LeafStanding[];
  weaknesses: readonly LeafStanding[];
  language: Language;
  t: Translate;
}

/** The indicators where the zone is furthest above and below the field mean, with the numbers. */
export function ZoneStanding({ strengths, weaknesses, language, t }: ZoneStandingProps) {
  return (
    <section className="panel" aria-labelledby="zone-standing">
      <h2 id="zone-standing">{t('zone.standing.heading')}</h2>
      <p className="meta">{t('zone.standing.explain')}</p>
      <div className="standing-columns">
        <StandingList
          id="zone-strengths"
          heading={t('zone.standing.strengths')}
          empty={t('zone.standing.noStrengths')}
          items={strengths}
          language={language}
          t={t}
        />
        <StandingList
          id="zone-weaknesses"
          heading={t('zone.standing.weaknesses')}
          empty={t('zone.standing.noWeaknesses')}
          items={weaknesses}
          language={language}
          t={t}
        />
      </div>
    </section>
  );
}

function StandingList({
  id,
  heading,
  empty,
  items,
  language,
  t,
}: {
  id: string;
  heading: string;
  empty: string;
  items: readonly LeafStanding[];
  language: Language;
  t: Translate;
}) {
  return (
    <div>
      <h3 id={id}>{heading}</h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="item-list" aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.nodeId}>
              <strong>{localized(item.name, language)}</strong>：
              {t('zone.standing.item', {
                score: formatScore(item.score, language),
                mean: formatScore(item.fieldMean, language),
                difference: `${item.difference > 0 ? '+' : '−'}${formatScore(Math.abs(item.difference), language)}`,
                place: item.place,
                count: item.count,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
