import { lazy, Suspense } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { saveScorecard } from '../db/scorecards';
import { setActiveScorecard } from '../db/settings';
import { ExportMenu } from '../features/export/ExportMenu';
import { LeaderboardPage } from '../features/leaderboard/LeaderboardPage';
import { copyIdFor, scorecardWithWeights } from '../features/leaderboard/weightTree';
import { ScorecardFileActions } from '../features/scorecard/ScorecardFileActions';
import { ScorecardPicker } from '../features/scorecard/ScorecardPicker';
import { ShareLinkButton } from '../features/share/ShareLinkButton';
import { localized } from '../i18n/format';
import { useT } from '../i18n/useT';
import { ResetDataButton } from './ResetDataButton';
import { runUndoable } from './runUndoable';
import { useBoardModel } from './useBoardModel';
import { useTableExtras } from './useTableExtras';

// The robustness panel and its client load on demand (DESIGN §7: robustness code is not in the
// initial bundle); the analysis itself runs in a Web Worker.
const RobustnessPanel = lazy(() =>
  import('../features/robustness/RobustnessPanel').then((module) => ({ default: module.RobustnessPanel })),
);

// The scenario race is below the fold and not needed for the first paint.
const ScenarioRace = lazy(() =>
  import('../features/scenarios/ScenarioRace').then((module) => ({ default: module.ScenarioRace })),
);

export function LeaderboardRoute() {
  const { language, t } = useT();
  const db = useDatabase();
  const board = useBoardModel();
  const table = useTableExtras(board, language, t);
  if (board === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (board === null) return <p>{t('leaderboard.empty')}</p>;
  return (
    <LeaderboardPage
      tableControls={table.controls}
      columnVisibility={table.columnVisibility}
      onColumnVisibilityChange={table.onColumnVisibilityChange}
      baseline={table.baseline}
      model={board.model}
      language={language}
      t={t}
      weightEditing={board.editing}
      presets={board.scorecards}
      onSaveAs={(name) => {
        const { scorecard } = board.model;
        const ids = board.scorecards.map((card) => card.id);
        const copy = scorecardWithWeights(scorecard, board.weights, copyIdFor(scorecard.id, ids), name);
        // Unsaved drafts are dropped by runUndoable: save the current one first.
        board.editing.flush();
        void runUndoable(
          async () => {
            const backupId = await saveScorecard(db, copy);
            await setActiveScorecard(db, copy.id);
            return backupId;
          },
          'toast.scorecardSaved',
          { name: localized(name, language) },
        );
      }}
      actions={
        <>
          <ScorecardPicker
            scorecards={board.scorecards}
            activeId={board.model.scorecard.id}
            language={language}
            t={t}
            onSelect={(scorecardId) => void setActiveScorecard(db, scorecardId)}
          />
          <ExportMenu model={board.model} language={language} t={t} />
          <ScorecardFileActions
            scorecard={board.model.scorecard}
            weights={board.weights}
            language={language}
            t={t}
            onImport={(scorecard) =>
              runUndoable(
                async () => {
                  const backupId = await saveScorecard(db, scorecard);
                  await setActiveScorecard(db, scorecard.id);
                  return backupId;
                },
                'toast.scorecardImported',
                { name: localized(scorecard.name, language) },
              )
            }
          />
          <ShareLinkButton
            scorecard={board.model.scorecard}
            weights={board.weights}
            language={language}
            t={t}
          />
          <ResetDataButton />
        </>
      }
      robustness={
        <Suspense fallback={null}>
          <RobustnessPanel input={board.input} weights={board.weights} language={language} t={t} />
          <ScenarioRace
            input={board.input}
            current={board.model}
            scorecards={board.scorecards}
            language={language}
            t={t}
          />
        </Suspense>
      }
    />
  );
}
