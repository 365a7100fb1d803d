import { formatPercent, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { RankInterval } from '../../scoring/robustness';
import { type RobustnessTier, tierLabel } from './robustnessTiers';

export interface RobustnessTableProps {
  tiers: RobustnessTier[];
  zoneCount: number;
  samples: number;
  language: Language;
  t: Translate;
}

function intervalText(interval: RankInterval | null, t: Translate): string {
  if (!interval) return t('robustness.excluded');
  return interval.lower === interval.upper
    ? t('robustness.place', { rank: interval.lower })
    : t('robustness.places', { lower: interval.lower, upper: interval.upper });
}

/** Where the interval and the median sit on the scale of places 1 … n, as CSS percentages. */
function barGeometry(interval: RankInterval, median: number, zoneCount: number) {
  const slot = 100 / zoneCount;
  return {
    left: `${(interval.lower - 1) * slot}%`,
    width: `${(interval.upper - interval.lower + 1) * slot}%`,
    median: `${(median - 0.5) * slot}%`,
  };
}

/** One row group per tier; the last column draws each 90 % interval on the scale of places. */
export function RobustnessTable({ tiers, zoneCount, samples, language, t }: RobustnessTableProps) {
  return (
    <table className="robustness-table">
      <caption>{t('robustness.caption', { samples: samples.toLocaleString(language) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('robustness.tier')}</th>
          <th scope="col">{t('robustness.zone')}</th>
          <th scope="col">{t('robustness.currentRank')}</th>
          <th scope="col">{t('robustness.medianRank')}</th>
          <th scope="col">{t('robustness.interval')}</th>
          <th scope="col">{t('robustness.firstProbability')}</th>
          <th scope="col" className="robustness-bar-heading">
            {t('robustness.scale', { count: zoneCount })}
          </th>
        </tr>
      </thead>
      {tiers.map((tier) => (
        <tbody key={tier.index ?? 'unranked'} className="robustness-tier" data-tier={tier.index ?? 'none'}>
          {tier.rows.map(({ zone, summary }, position) => {
            const bar =
              summary.interval && summary.medianRank !== null
                ? barGeometry(summary.interval, summary.medianRank, zoneCount)
                : null;
            return (
              <tr key={zone.id} data-zone-id={zone.id}>
                {position === 0 && (
                  <th scope="rowgroup" rowSpan={tier.rows.length} className="robustness-tier-label">
                    {tier.index === null
                      ? t('robustness.excluded')
                      : t('robustness.tierLabel', { tier: tierLabel(tier.index) })}
                  </th>
                )}
                <th scope="row" className="robustness-zone">
                  <span className="zone-swatch" style={{ background: zone.color }} aria-hidden="true" />
                  {localized(zone.shortName, language)}
                </th>
                <td>{summary.chosenRank ?? '—'}</td>
                <td className="robustness-median">{summary.medianRank ?? '—'}</td>
                <td className="robustness-interval">{intervalText(summary.interval, t)}</td>
                <td>{formatPercent(summary.firstProbability, language)}</td>
                <td className="robustness-bar-cell">
                  {bar && (
                    <div
                      className="robustness-track"
                      style={{ backgroundSize: `${100 / zoneCount}% 100%` }}
                      aria-hidden="true"
                    >
                      <span
                        className="robustness-bar"
                        style={{ left: bar.left, width: bar.width, background: zone.color }}
                      />
                      <span className="robustness-median-mark" style={{ left: bar.median }} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
