import { useCallback } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { addJudge, clearSampleJuryScores, removeJudge, renameJudge, setJuryScore } from '../db/juryScores';
import { useArenaData, useUserChoices } from '../db/useArenaData';
import { JuryScoreGrid } from '../features/jury/JuryScoreGrid';
import { juryLeavesOf } from '../features/jury/juryGrid';
import { localized } from '../i18n/format';
import { translate } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useToastStore } from '../store/toastStore';
import { runUndoable } from './runUndoable';

export interface JuryRouteProps {
  /** Inside the presenter console: no page heading (the console's section has one). */
  embedded?: boolean;
  /** Zone ids in the order to list them (the meeting's running order); otherwise by name. */
  zoneOrder?: readonly string[];
}

/**
 * `#/jury`: the live jury score grid on a page of its own, also embedded in the presenter console. Reads the dataset through Dexie live
 * queries, so an edit in another window shows up here, and every write re-ranks the leaderboard.
 */
export function JuryRoute({ embedded = false, zoneOrder }: JuryRouteProps = {}) {
  const { language, t } = useT();
  const db = useDatabase();
  const data = useArenaData();
  const choices = useUserChoices();
  const onWriteScore = useCallback(
    (cell: Parameters<typeof setJuryScore>[1], score: number | null) => setJuryScore(db, cell, score),
    [db],
  );
  if (data === undefined || choices === undefined) return <p role="status">{t('jury.loading')}</p>;
  if (data === null) return <p>{t('leaderboard.empty')}</p>;
  const scorecard =
    data.scorecards.find((card) => card.id === choices.activeScorecardId) ?? data.scorecards[0];
  if (!scorecard) return <p>{t('jury.noLeaves')}</p>;
  const leaves = juryLeavesOf(scorecard, data.indicators);
  // IndexedDB returns zones by id; the operator finds a zone faster by its name (pinyin order in
  // Chinese). The presenter console passes its own presentation order instead.
  const collator = new Intl.Collator(language);
  const position = new Map(zoneOrder?.map((id, index) => [id, index]));
  const zones = [...data.zones].sort(
    (a, b) =>
      (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.id) ?? Number.MAX_SAFE_INTEGER) ||
      collator.compare(localized(a.shortName, language), localized(b.shortName, language)),
  );
  const realJudges = data.judges.filter((judge) => !judge.isSample).length;
  return (
    <div className="jury-page">
      {embedded ? (
        <p className="meta">{t('jury.meta', { scorecard: localized(scorecard.name, language) })}</p>
      ) : (
        <header className="page-header">
          <h1>{t('jury.heading')}</h1>
          <p className="meta">{t('jury.meta', { scorecard: localized(scorecard.name, language) })}</p>
          <p className="meta">{t('jury.hint')}</p>
        </header>
      )}
      <JuryScoreGrid
        zones={zones}
        judges={data.judges}
        juryScores={data.juryScores}
        leaves={leaves}
        language={language}
        t={t}
        onWriteScore={onWriteScore}
        onClearSampleScores={async (leaf) => {
          // Not runUndoable: a failed clear must stop the score from being saved beside the samples.
          const backupId = await clearSampleJuryScores(db, leaf.indicatorId);
          useToastStore.getState().show({
            message: 'jury.toast.sampleCleared',
            params: { indicator: localized(leaf.name, language) },
            tone: 'info',
            undoBackupId: backupId ?? undefined,
          });
        }}
        onAddJudge={() => {
          const n = realJudges + 1;
          void addJudge(db, {
            zh: translate('zh-CN', 'jury.newJudge', { n }),
            en: translate('en', 'jury.newJudge', { n }),
          }).catch(showFailure);
        }}
        onRenameJudge={(judgeId, name) =>
          void renameJudge(db, judgeId, { zh: name, en: name }).catch(showFailure)
        }
        onRemoveJudge={(judge) =>
          void runUndoable(() => removeJudge(db, judge.id), 'jury.toast.judgeRemoved', {
            name: localized(judge.name, language),
          })
        }
      />
    </div>
  );
}

function showFailure(error: unknown) {
  useToastStore.getState().show({
    message: 'data.failed',
    params: { message: error instanceof Error ? error.message : String(error) },
    tone: 'error',
  });
}
