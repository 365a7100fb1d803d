import { useMemo, useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Judge, JuryScore, Zone } from '../../scoring/model';
import { JudgesPanel } from './JudgesPanel';
import { JuryGridTable } from './JuryGridTable';
import { JuryIndicatorTabs } from './JuryIndicatorTabs';
import { type JuryColumn, type JuryLeaf, juryColumnsOf, juryRowsOf, scoresNeeded } from './juryGrid';
import { type JuryCellRef, type JuryHistory, useJuryHistory } from './juryHistory';
import { SampleScoresPrompt } from './SampleScoresPrompt';
import { useJuryGrid } from './useJuryGrid';
import './juryScoreGrid.css';

export interface JuryScoreGridProps {
  /** The rows, in this order (e.g. the order the zones present in). */
  zones: readonly Zone[];
  judges: readonly Judge[];
  juryScores: readonly JuryScore[];
  /** The active scorecard's jury leaves (see juryLeavesOf); one grid each. */
  leaves: readonly JuryLeaf[];
  language: Language;
  t: Translate;
  /** Writes a real score (null clears the cell) and resolves with the score it replaced. */
  onWriteScore: (cell: JuryCellRef, score: number | null) => Promise<number | null>;
  /** Clears one indicator's sample scores (after a backup, with an undo offered by the caller). */
  onClearSampleScores: (leaf: JuryLeaf) => Promise<void>;
  onAddJudge: () => void;
  onRenameJudge: (judgeId: string, name: string) => void;
  onRemoveJudge: (judge: Judge) => void;
  /** Hides the judges panel, e.g. where the presenter console has no room for it. */
  hideJudgesPanel?: boolean;
}

/**
 * The live jury score grid (DESIGN §4 Meeting): rows are zones, columns judges, one grid per
 * jury indicator, with each zone's combined score worked out by the scorecard's own method and
 * the dropped highest and lowest scores marked. Data comes in through props (live queries in the
 * caller), so another window's edit shows up here as it is saved.
 */
export function JuryScoreGrid(props: JuryScoreGridProps) {
  const { zones, judges, juryScores, leaves, language, t } = props;
  const [chosenId, setChosenId] = useState<string | null>(null);
  // One history for all indicators: Ctrl+Z after switching tabs still undoes the last edit.
  const history = useJuryHistory();
  const leaf = leaves.find((candidate) => candidate.indicatorId === chosenId) ?? leaves[0];
  if (!leaf) return <p>{t('jury.noLeaves')}</p>;
  return (
    <div className="jury-grid-area">
      <JuryIndicatorTabs
        leaves={leaves}
        activeId={leaf.indicatorId}
        onSelect={setChosenId}
        language={language}
        t={t}
      />
      <IndicatorGrid
        key={leaf.indicatorId}
        {...props}
        leaf={leaf}
        zones={zones}
        judges={judges}
        juryScores={juryScores}
        showIndicator={setChosenId}
        history={history}
      />
    </div>
  );
}

interface IndicatorGridProps extends JuryScoreGridProps {
  leaf: JuryLeaf;
  history: JuryHistory;
  showIndicator: (indicatorId: string) => void;
}

function IndicatorGrid(props: IndicatorGridProps) {
  const { zones, judges, juryScores, leaf, language, t, history } = props;
  const columns: JuryColumn[] = useMemo(
    () => juryColumnsOf(judges, juryScores, leaf.indicatorId),
    [judges, juryScores, leaf.indicatorId],
  );
  const rows = useMemo(
    () => juryRowsOf(zones, columns, juryScores, leaf),
    [zones, columns, juryScores, leaf],
  );
  const sampleCount = useMemo(
    () => juryScores.filter((score) => score.isSample && score.indicatorId === leaf.indicatorId).length,
    [juryScores, leaf.indicatorId],
  );
  const grid = useJuryGrid({
    leaf,
    rows,
    columns,
    sampleCount,
    history,
    language,
    t,
    writeScore: props.onWriteScore,
    showIndicator: props.showIndicator,
  });
  const done = rows.filter((row) => row.count >= row.needed).length;
  const hasUntrimmed =
    leaf.combination.method === 'trimmed-mean' && rows.some((row) => row.count > 0 && row.count < row.needed);
  const indicatorName = localized(leaf.name, language);
  return (
    <section
      className="jury-indicator"
      id={`jury-panel-${leaf.indicatorId}`}
      aria-label={t('jury.gridLabel', { indicator: indicatorName })}
    >
      <div className="jury-toolbar">
        <span>{methodText(leaf, t)}</span>
        <span>{t('jury.scale', { min: leaf.scale.min, max: leaf.scale.max })}</span>
        <span role="status">{t('jury.summary', { done, total: rows.length })}</span>
        <button
          type="button"
          onClick={() => void grid.undo()}
          disabled={!history.canUndo}
          aria-label={t('jury.undoLabel')}
        >
          {t('jury.undo')}
        </button>
        <button
          type="button"
          onClick={() => void grid.redo()}
          disabled={!history.canRedo}
          aria-label={t('jury.redoLabel')}
        >
          {t('jury.redo')}
        </button>
      </div>
      {hasUntrimmed && (
        <p className="jury-note">{t('jury.shortTrim', { needed: scoresNeeded(leaf.combination) })}</p>
      )}
      {grid.pending && (
        <SampleScoresPrompt
          indicatorName={indicatorName}
          count={sampleCount}
          t={t}
          onChoose={(choice) => void grid.resolvePending(choice, () => props.onClearSampleScores(leaf))}
        />
      )}
      {columns.length === 0 ? (
        <p className="jury-empty">{t('jury.noJudges')}</p>
      ) : (
        <JuryGridTable
          grid={grid}
          leaf={leaf}
          rows={rows}
          columns={columns}
          zones={zones}
          language={language}
          t={t}
        />
      )}
      {grid.message?.key === 'history' && <p role="alert">{grid.message.text}</p>}
      {!props.hideJudgesPanel && (
        <JudgesPanel
          judges={judges}
          language={language}
          t={t}
          onAdd={props.onAddJudge}
          onRename={props.onRenameJudge}
          onRemove={props.onRemoveJudge}
        />
      )}
    </section>
  );
}

function methodText(leaf: JuryLeaf, t: Translate): string {
  const { combination } = leaf;
  if (combination.method === 'mean') return t('jury.method.mean');
  if (combination.method === 'median') return t('jury.method.median');
  return t('jury.method.trimmed', { trim: combination.trim });
}
