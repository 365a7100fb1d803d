import type { ReactNode } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { LazyRankingChart } from '../../ui/LazyRankingChart';
import { RankingTable } from './RankingTable';
import { WeightsPanel } from './WeightsPanel';

export interface LeaderboardPageProps {
  model: BoardModel;
  language: Language;
  t: Translate;
  onWeightChange: (nodeId: string, weight: number) => void;
  onResetWeights: () => void;
  isModified: boolean;
  /** Actions composed in by the app (export, data reset), so this screen stays independent of them. */
  actions?: ReactNode;
  /** The rank-robustness analysis, composed in by the app and shown below the board. */
  robustness?: ReactNode;
}

export function LeaderboardPage({
  model,
  language,
  t,
  onWeightChange,
  onResetWeights,
  isModified,
  actions,
  robustness,
}: LeaderboardPageProps) {
  return (
    <div className="leaderboard">
      <header className="page-header">
        <h1>{t('leaderboard.heading')}</h1>
        <p className="meta">
          {t('leaderboard.meta', {
            scorecard: localized(model.scorecard.name, language),
            period: model.period ? localized(model.period.label, language) : model.scorecard.periodId,
            asOf: model.asOf,
          })}
        </p>
      </header>
      {model.rows.length === 0 ? (
        <p>{t('leaderboard.empty')}</p>
      ) : (
        <div className="board-grid">
          <section className="panel table-panel" aria-label={t('table.caption')}>
            <RankingTable model={model} language={language} t={t} />
          </section>
          <section className="panel chart-panel" aria-label={t('chart.label')}>
            <LazyRankingChart
              loadingLabel={t('chart.loading')}
              model={model}
              language={language}
              label={t('chart.label')}
              className="ranking-chart"
            />
          </section>
          <div className="side-column">
            <WeightsPanel
              dimensions={model.dimensions}
              language={language}
              t={t}
              onWeightChange={onWeightChange}
              onReset={onResetWeights}
              isModified={isModified}
            />
            {actions && (
              <section className="panel actions-panel" aria-labelledby="actions-heading">
                <h2 id="actions-heading">{t('actions.heading')}</h2>
                <div className="actions">{actions}</div>
              </section>
            )}
          </div>
        </div>
      )}
      {model.rows.length > 0 && robustness}
    </div>
  );
}
