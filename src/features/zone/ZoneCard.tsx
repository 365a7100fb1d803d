import { formatNumber, formatPercent, formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Fact, Indicator, Quote, Shortfall, Source, Target, Zone, ZoneText } from '../../scoring/model';

export interface ZoneCardProps {
  zone: Zone;
  rank: number | null;
  total: number | null;
  facts: Fact[];
  targets: Target[];
  texts: ZoneText[];
  shortfalls: Shortfall[];
  indicators: Indicator[];
  sources: Source[];
  language: Language;
  t: Translate;
}

/** A zone's 展实绩, 谈打算 and the shortfalls said on stage, each figure with its source sentence. */
export function ZoneCard(props: ZoneCardProps) {
  const { zone, rank, total, facts, targets, texts, shortfalls, indicators, language, t } = props;
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const name = (indicatorId: string) => {
    const indicator = indicatorById.get(indicatorId);
    return indicator ? localized(indicator.name, language) : indicatorId;
  };
  const unit = (indicatorId: string) => indicatorById.get(indicatorId)?.unit ?? '';
  const zoneTexts = (kind: ZoneText['kind']) => texts.filter((text) => text.kind === kind);

  return (
    <article className="zone-card" aria-labelledby="zone-title">
      <a href="#/" className="back-link">
        ← {t('zone.back')}
      </a>
      <header className="page-header">
        <h1 id="zone-title">
          <span className="zone-swatch" style={{ background: zone.color }} aria-hidden="true" />
          {localized(zone.name, language)}
        </h1>
        {rank !== null && (
          <p className="meta">{t('zone.rank', { rank, total: formatScore(total, language) })}</p>
        )}
      </header>

      <section className="panel" aria-labelledby="zone-facts">
        <h2 id="zone-facts">{t('zone.facts')}</h2>
        <ItemList empty={t('zone.none')}>
          {facts.map((fact) => (
            <li key={fact.id}>
              <strong>{name(fact.indicatorId)}</strong>：{formatNumber(fact.value, language)}{' '}
              {unit(fact.indicatorId)}
              {fact.note && <span className="note">（{localized(fact.note, language)}）</span>}
              <SourceQuote quote={fact.source} {...props} />
            </li>
          ))}
        </ItemList>
      </section>

      <section className="panel" aria-labelledby="zone-achievements">
        <h2 id="zone-achievements">{t('zone.achievements')}</h2>
        <ItemList empty={t('zone.none')}>
          {zoneTexts('achievement').map((text) => (
            <li key={text.id}>
              <SourceQuote quote={text.source} {...props} />
            </li>
          ))}
        </ItemList>
      </section>

      <section className="panel" aria-labelledby="zone-targets">
        <h2 id="zone-targets">{t('zone.targets')}</h2>
        <ItemList empty={t('zone.none')}>
          {targets.map((target) => {
            const actual = facts.find((fact) => fact.indicatorId === target.indicatorId);
            return (
              <li key={target.id}>
                <strong>{name(target.indicatorId)}</strong>：{t(`comparator.${target.comparator}`)}{' '}
                {formatNumber(target.value, language)} {unit(target.indicatorId)}
                {actual && target.value > 0 && (
                  <span className="progress">
                    {' '}
                    · {formatNumber(actual.value, language)} / {formatNumber(target.value, language)} ={' '}
                    {formatPercent(actual.value / target.value, language)}
                  </span>
                )}
                {target.note && <span className="note">（{localized(target.note, language)}）</span>}
                <SourceQuote quote={target.source} {...props} />
              </li>
            );
          })}
        </ItemList>
      </section>

      <section className="panel" aria-labelledby="zone-plans">
        <h2 id="zone-plans">{t('zone.plans')}</h2>
        <ItemList empty={t('zone.none')}>
          {zoneTexts('plan').map((text) => (
            <li key={text.id}>
              <SourceQuote quote={text.source} {...props} />
            </li>
          ))}
        </ItemList>
      </section>

      <section className="panel" aria-labelledby="zone-shortfalls">
        <h2 id="zone-shortfalls">{t('zone.shortfalls')}</h2>
        <ItemList empty={t('zone.none')}>
          {shortfalls.map((shortfall) => (
            <li key={shortfall.id}>
              <SourceQuote quote={shortfall.source} {...props} />
            </li>
          ))}
        </ItemList>
      </section>
    </article>
  );
}

function ItemList({ children, empty }: { children: React.ReactNode[]; empty: string }) {
  return children.length > 0 ? <ul className="item-list">{children}</ul> : <p className="empty">{empty}</p>;
}

function SourceQuote({
  quote,
  sources,
  language,
  t,
}: {
  quote: Quote;
  sources: Source[];
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
