import { lazy, Suspense, useState } from 'react';
import type { Language } from '../i18n/messages';
import type { Translate } from '../i18n/useT';
import type { BoardModel } from '../lib/boardModel';
import { RACE_MAX_BARS } from './chart/rankingChartOption';
import { LazyRankingChart } from './LazyRankingChart';

// The contributions view needs the per-node results and a legend; both load when it is first shown.
const ContributionChart = lazy(() =>
  import('./ContributionChart').then((module) => ({ default: module.ContributionChart })),
);

export type LeaderboardChartView = 'total' | 'contributions';

export interface LeaderboardChartPanelProps {
  model: BoardModel;
  language: Language;
  t: Translate;
  initialView?: LeaderboardChartView;
}

const VIEWS: readonly { view: LeaderboardChartView; key: 'chart.view.total' | 'chart.view.contributions' }[] =
  [
    { view: 'total', key: 'chart.view.total' },
    { view: 'contributions', key: 'chart.view.contributions' },
  ];

/** The leaderboard's chart: the bar race of totals or the stacked contributions, with a toggle. */
export function LeaderboardChartPanel({
  model,
  language,
  t,
  initialView = 'total',
}: LeaderboardChartPanelProps) {
  const [view, setView] = useState(initialView);
  const isAdjusted = model.ranking.entities.some(
    (entity) => entity.coefficient !== 1 || entity.bonus !== 0 || entity.deduction !== 0,
  );
  const isTruncated = model.rows.length > RACE_MAX_BARS;
  return (
    <>
      <fieldset className="segmented chart-view-toggle" aria-label={t('chart.view')}>
        {VIEWS.map(({ view: option, key }) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            data-view={option}
            onClick={() => setView(option)}
          >
            {t(key)}
          </button>
        ))}
      </fieldset>
      {view === 'total' ? (
        <LazyRankingChart
          loadingLabel={t('chart.loading')}
          model={model}
          language={language}
          label={t('chart.label')}
          className="ranking-chart"
        />
      ) : (
        <>
          <Suspense
            fallback={
              <div className="ranking-chart" role="status">
                {t('chart.loading')}
              </div>
            }
          >
            <ContributionChart
              model={model}
              language={language}
              label={t('chart.contributionsLabel')}
              className="ranking-chart contribution-chart"
            />
          </Suspense>
          <p className="hint chart-caption">
            {t('chart.contributionsCaption')}
            {isAdjusted ? ` ${t('chart.contributionsAdjusted')}` : ''}
          </p>
        </>
      )}
      {isTruncated && <p className="hint chart-caption">{t('chart.topOnly', { count: RACE_MAX_BARS })}</p>}
    </>
  );
}
