import { lazy, Suspense } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { saveScorecard } from '../db/scorecards';
import { setActiveScorecard } from '../db/settings';
import { ExportPngButton } from '../features/export/ExportPngButton';
import { LeaderboardPage } from '../features/leaderboard/LeaderboardPage';
import { ScorecardFileActions } from '../features/scorecard/ScorecardFileActions';
import { ScorecardPicker } from '../features/scorecard/ScorecardPicker';
import { localized } from '../i18n/format';
import { useT } from '../i18n/useT';
import { ResetDataButton } from './ResetDataButton';
import { runUndoable } from './runUndoable';
import { useBoardModel } from './useBoardModel';

// The robustness panel and its client load on demand (DESIGN §7: robustness code is not in the
// initial bundle); the analysis itself runs in a Web Worker.
const RobustnessPanel = lazy(() =>
  import('../features/robustness/RobustnessPanel').then((module) => ({ default: module.RobustnessPanel })),
);

export function LeaderboardRoute() {
  const { language, t } = useT();
  const db = useDatabase();
  const board = useBoardModel();
  if (board === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (board === null) return <p>{t('leaderboard.empty')}</p>;
  return (
    <LeaderboardPage
      model={board.model}
      language={language}
      t={t}
      onWeightChange={board.editing.setWeight}
      onResetWeights={board.editing.reset}
      isModified={board.editing.isModified}
      actions={
        <>
          <ScorecardPicker
            scorecards={board.scorecards}
            activeId={board.model.scorecard.id}
            language={language}
            t={t}
            onSelect={(scorecardId) => void setActiveScorecard(db, scorecardId)}
          />
          <ExportPngButton model={board.model} language={language} t={t} />
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
          <ResetDataButton />
        </>
      }
      robustness={
        <Suspense fallback={null}>
          <RobustnessPanel input={board.input} weights={board.weights} language={language} t={t} />
        </Suspense>
      }
    />
  );
}
