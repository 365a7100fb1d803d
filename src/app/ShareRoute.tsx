import { useEffect, useMemo, useState } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { saveScorecard } from '../db/scorecards';
import { setActiveScorecard } from '../db/settings';
import { type ArenaData, useArenaData } from '../db/useArenaData';
import { RankingTable } from '../features/leaderboard/RankingTable';
import { SharedLinkBanner, ShareLinkProblemView } from '../features/share/SharedLinkBanner';
import { bakeWeights } from '../formats/scorecardExport';
import { decodeShareLink, type SharedScorecard, type ShareLinkResult } from '../formats/shareLink';
import { localized } from '../i18n/format';
import { useT } from '../i18n/useT';
import { buildBoardModel } from '../lib/boardModel';
import { LazyRankingChart } from '../ui/LazyRankingChart';
import { runUndoable } from './runUndoable';

/**
 * `#/share/<payload>`: a scorecard and weights from someone else. Viewing ranks this browser's
 * data with them and writes nothing; saving stores the scorecard (backup first, undoable) and
 * makes it the active one. The App keys this route by payload, so a new link starts afresh.
 */
export function ShareRoute({ payload }: { payload: string }) {
  const { language, t } = useT();
  const [decoded, setDecoded] = useState<ShareLinkResult<SharedScorecard> | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void decodeShareLink(payload).then((result) => {
      if (isCurrent) setDecoded(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [payload]);

  if (decoded === null) return <p role="status">{t('share.reading')}</p>;
  if (!decoded.ok) return <ShareLinkProblemView problem={decoded.problem} language={language} t={t} />;
  return <SharedScorecardView shared={decoded.value} />;
}

function SharedScorecardView({ shared }: { shared: SharedScorecard }) {
  const { language, t } = useT();
  const db = useDatabase();
  const data = useArenaData();
  const [isViewing, setViewing] = useState(false);
  const { scorecard, weights } = shared;
  const name = localized(scorecard.name, language);
  const local = data?.scorecards.find((card) => card.id === scorecard.id);

  const save = () =>
    void runUndoable(
      async () => {
        const saved = Object.keys(weights).length > 0 ? bakeWeights(scorecard, weights) : scorecard;
        const backupId = await saveScorecard(db, saved);
        await setActiveScorecard(db, saved.id);
        window.location.hash = '#/';
        return backupId;
      },
      'toast.sharedSaved',
      { name },
    );

  return (
    <>
      <SharedLinkBanner
        name={name}
        replaces={local ? localized(local.name, language) : null}
        isViewing={isViewing}
        t={t}
        onView={() => setViewing(true)}
        onSave={save}
      />
      {isViewing && data !== undefined && <SharedBoard data={data} shared={shared} />}
    </>
  );
}

interface SharedBoardProps {
  data: ArenaData | null;
  shared: SharedScorecard;
}

/**
 * This browser's data ranked under the shared scorecard and weights: the table and chart of the
 * leaderboard, read-only (weights are changed after saving, where undo and presets apply).
 */
function SharedBoard({ data, shared }: SharedBoardProps) {
  const { language, t } = useT();
  const model = useMemo(
    () => (data ? buildBoardModel({ ...data, scorecard: shared.scorecard }, shared.weights) : null),
    [data, shared],
  );
  if (!model || model.rows.length === 0) return <p>{t('leaderboard.empty')}</p>;
  return (
    <div className="leaderboard">
      <header className="page-header">
        <p className="meta">
          {t('leaderboard.meta', {
            scorecard: localized(model.scorecard.name, language),
            period: model.period ? localized(model.period.label, language) : model.scorecard.periodId,
            asOf: model.asOf,
          })}
        </p>
      </header>
      <div className="board-grid shared-board">
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
      </div>
    </div>
  );
}
