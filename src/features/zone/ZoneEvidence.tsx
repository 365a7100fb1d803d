import { formatNumber, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Fact, Indicator, Shortfall, Source, ZoneText } from '../../scoring/model';
import { ItemList, SourceQuote } from './SourceQuote';

export interface ZoneEvidenceProps {
  facts: readonly Fact[];
  texts: readonly ZoneText[];
  indicators: readonly Indicator[];
  sources: readonly Source[];
  language: Language;
  t: Translate;
}

/** 展实绩: the figures the zone reported, each with its source sentence, then its other highlights. */
export function ZoneAchievements({ facts, texts, indicators, sources, language, t }: ZoneEvidenceProps) {
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return (
    <>
      <section className="panel" aria-labelledby="zone-facts">
        <h2 id="zone-facts">{t('zone.facts')}</h2>
        <ItemList empty={t('zone.none')}>
          {facts.map((fact) => {
            const indicator = indicatorById.get(fact.indicatorId);
            return (
              <li key={fact.id}>
                <strong>{indicator ? localized(indicator.name, language) : fact.indicatorId}</strong>：
                {formatNumber(fact.value, language)} {indicator?.unit ?? ''}
                {fact.note && <span className="note">（{localized(fact.note, language)}）</span>}
                <SourceQuote
                  quote={fact.source}
                  sources={sources}
                  language={language}
                  t={t}
                  userEdit={fact.userEdit}
                />
              </li>
            );
          })}
        </ItemList>
      </section>
      <ZoneTexts
        kind="achievement"
        heading={t('zone.achievements')}
        texts={texts}
        {...{ sources, language, t }}
      />
    </>
  );
}

/** Qualitative 展实绩 or 谈打算 items: the quote is the item. */
export function ZoneTexts({
  kind,
  heading,
  texts,
  sources,
  language,
  t,
}: {
  kind: ZoneText['kind'];
  heading: string;
  texts: readonly ZoneText[];
  sources: readonly Source[];
  language: Language;
  t: Translate;
}) {
  const id = `zone-texts-${kind}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ItemList empty={t('zone.none')}>
        {texts
          .filter((text) => text.kind === kind)
          .map((text) => (
            <li key={text.id}>
              <SourceQuote quote={text.source} sources={sources} language={language} t={t} />
            </li>
          ))}
      </ItemList>
    </section>
  );
}

/** 晒不足: the source does not say which zone said what, and the card says so in its heading. */
export function ZoneShortfalls({
  shortfalls,
  sources,
  language,
  t,
}: {
  shortfalls: readonly Shortfall[];
  sources: readonly Source[];
  language: Language;
  t: Translate;
}) {
  return (
    <section className="panel" aria-labelledby="zone-shortfalls">
      <h2 id="zone-shortfalls">{t('zone.shortfalls')}</h2>
      <ItemList empty={t('zone.none')}>
        {shortfalls.map((shortfall) => (
          <li key={shortfall.id}>
            <SourceQuote quote={shortfall.source} sources={sources} language={language} t={t} />
          </li>
        ))}
      </ItemList>
    </section>
  );
}
