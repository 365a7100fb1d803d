import { formatNumber, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Indicator, Period, Source } from '../../scoring/model';
import { ItemList, SourceQuote } from './SourceQuote';
import type { TargetProgress } from './targetProgress';

export interface ZoneTargetsProps {
  progress: readonly TargetProgress[];
  indicators: readonly Indicator[];
  periods: readonly Period[];
  sources: readonly Source[];
  asOf: string;
  language: Language;
  t: Translate;
}

/** Whole percents read best on a projector: 80 %, 281 %. */
export function formatWholePercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** 谈打算 targets with completion (actual ÷ target) and time-pace (completion ÷ elapsed share) at the as-of date. */
export function ZoneTargets({ progress, indicators, periods, sources, asOf, language, t }: ZoneTargetsProps) {
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const periodLabel = (id: string) => {
    const period = periods.find((candidate) => candidate.id === id);
    return period ? localized(period.label, language) : id;
  };
  return (
    <section className="panel" aria-labelledby="zone-targets">
      <h2 id="zone-targets">{t('zone.targets')}</h2>
      <p className="meta">{t('zone.targets.explain', { asOf })}</p>
      <ItemList empty={t('zone.none')}>
        {progress.map(({ target, fact, completion, elapsedShare, timePace }) => {
          const indicator = indicatorById.get(target.indicatorId);
          const name = indicator ? localized(indicator.name, language) : target.indicatorId;
          const unit = indicator?.unit ?? '';
          return (
            <li key={target.id} className="target-item">
              <strong>{name}</strong>：{t(`comparator.${target.comparator}`)}{' '}
              {formatNumber(target.value, language)} {unit}{' '}
              {t('zone.targets.period', { period: periodLabel(target.periodId) })}
              {target.note && <span className="note">（{localized(target.note, language)}）</span>}
              {completion === null || fact === null ? (
                <p className="target-none">{t('zone.targets.noFigure')}</p>
              ) : (
                <div className="target-progress">
                  <ProgressBar
                    shortLabel={t('zone.targets.completionShort')}
                    label={t('zone.targets.completion', { name })}
                    value={completion}
                    max={1}
                    text={t('zone.targets.completionValue', {
                      actual: formatNumber(fact.value, language),
                      target: formatNumber(target.value, language),
                      unit,
                      percent: formatWholePercent(completion, language),
                      period: periodLabel(fact.periodId),
                    })}
                  />
                  {timePace !== null && elapsedShare !== null && (
                    <ProgressBar
                      shortLabel={t('zone.targets.paceShort')}
                      label={t('zone.targets.pace', { name })}
                      value={timePace}
                      max={2}
                      mark={1}
                      text={t(timePace >= 1 ? 'zone.targets.paceAhead' : 'zone.targets.paceBehind', {
                        percent: formatWholePercent(timePace, language),
                        elapsed: formatWholePercent(elapsedShare, language),
                      })}
                    />
                  )}
                </div>
              )}
              <SourceQuote
                quote={target.source}
                sources={sources}
                language={language}
                t={t}
                userEdit={target.userEdit}
              />
            </li>
          );
        })}
      </ItemList>
    </section>
  );
}

/**
 * A labelled bar with the number beside it. The bar is clipped at `max` (a 281 % pace fills the
 * track); the text always carries the real figure. `mark` draws a tick (100 % of pace).
 */
function ProgressBar({
  shortLabel,
  label,
  value,
  max,
  mark,
  text,
}: {
  /** Shown beside the bar; `label` (with the indicator's name) is the bar's accessible name. */
  shortLabel: string;
  label: string;
  value: number;
  max: number;
  mark?: number;
  text: string;
}) {
  const fill = Math.max(0, Math.min(value, max)) / max;
  return (
    <div className="progress-row">
      <span className="progress-label" aria-hidden="true">
        {shortLabel}
      </span>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.round(max * 100)}
        aria-valuenow={Math.round(Math.min(value, max) * 100)}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${fill * 100}%` }} />
        {mark !== undefined && <div className="progress-mark" style={{ left: `${(mark / max) * 100}%` }} />}
      </div>
      <span className="progress-text">{text}</span>
    </div>
  );
}
