import type { ReactNode } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import type { LocalizedText, Scorecard } from '../../scoring/model';
import { LeaderboardChartPanel } from '../../ui/LeaderboardChartPanel';
import { RankingTable } from './RankingTable';
import type { BaselineRanks } from './rankChange';
import type { WeightEditing } from './useWeightEditing';
import { WeightsPanel } from './WeightsPanel';

export interface LeaderboardPageProps {
  model: BoardModel;
  language: Language;
  t: Translate;
  /** The weights panel's state and actions (see useWeightEditing). */
  weightEditing: WeightEditing;
  /** Scorecards whose weights the panel offers as presets. */
  presets?: readonly Scorecard[];
  /** Saves the weights in force as a new scorecard; the panel hides "save as" without it. */
  onSaveAs?: (name: LocalizedText) => void;
  /** Actions composed in by the app (export, data reset), so this screen stays independent of them. */
  actions?: ReactNode;
  /** The rank-robustness analysis, composed in by the app and shown below the board. */
  robustness?: ReactNode;
  /** Snapshot and baseline controls, composed in by the app and shown above the table. */
  tableControls?: ReactNode;
  /** The table's stored column visibility and where a change goes (see RankingTable). */
  columnVisibility?: Record<string, boolean>;
  onColumnVisibilityChange?: (visibility: Record<string, boolean>) => void;
  /** The ranks the rank-change column compares against; none hides the column. */
  baseline?: BaselineRanks | null;
}

const NO_PRESETS: readonly Scorecard[] = [];

export function LeaderboardPage({
  model,
  language,
  t,
  weightEditing,
  presets = NO_PRESETS,
  onSaveAs,
  actions,
  robustness,
  tableControls,
  columnVisibility,
  onColumnVisibilityChange,
  baseline,
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
            {tableControls}
            <RankingTable
              model={model}
              language={language}
              t={t}
              columnVisibility={columnVisibility}
              onColumnVisibilityChange={onColumnVisibilityChange}
              baseline={baseline}
            />
          </section>
          <section className="panel chart-panel" aria-label={t('chart.label')}>
            <LeaderboardChartPanel model={model} language={language} t={t} />
          </section>
          <div className="side-column">
            <WeightsPanel
              scorecard={model.scorecard}
              editing={weightEditing}
              presets={presets}
              language={language}
              t={t}
              onSaveAs={onSaveAs}
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
