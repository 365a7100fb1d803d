import { useCallback, useMemo, useState } from 'react';
import { formatPercent, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { LocalizedText, Scorecard } from '../../scoring/model';
import { SaveAsForm } from './SaveAsForm';
import { useUndoShortcuts } from './useUndoShortcuts';
import type { WeightEditing } from './useWeightEditing';
import { WeightPresets } from './WeightPresets';
import { WeightRow } from './WeightRow';
import { presetWeightsFor, weightRowsOf } from './weightTree';

export interface WeightsPanelProps {
  scorecard: Scorecard;
  editing: WeightEditing;
  /** Scorecards in the database; those sharing node ids with `scorecard` are offered as presets. */
  presets: readonly Scorecard[];
  language: Language;
  t: Translate;
  /** Saves the weights in force as a new scorecard with this name (the app does the database work). */
  onSaveAs?: (name: LocalizedText) => void;
}

/**
 * Slider, number and share for every node of the scorecard tree (groups collapsible), with lock,
 * equalise, reset, presets, undo/redo and save-as. The ranking follows every movement.
 */
export function WeightsPanel({ scorecard, editing, presets, language, t, onSaveAs }: WeightsPanelProps) {
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => weightRowsOf(scorecard, editing.weights), [scorecard, editing.weights]);
  const offeredPresets = useMemo(
    () =>
      presets.filter(
        (preset) => preset.id !== scorecard.id && Object.keys(presetWeightsFor(scorecard, preset)).length > 0,
      ),
    [presets, scorecard],
  );
  const toggleExpanded = useCallback((nodeId: string) => {
    setExpandedIds((previous) => {
      const next = new Set(previous);
      if (!next.delete(nodeId)) next.add(nodeId);
      return next;
    });
  }, []);
  useUndoShortcuts(editing.undo, editing.redo);
  const rootName = localized(scorecard.root.name, language);

  return (
    <section className="panel weights-panel" aria-labelledby="weights-heading">
      <div className="weights-header">
        <h2 id="weights-heading">{t('weights.heading')}</h2>
        <fieldset className="weights-history" aria-label={t('weights.history')}>
          <button
            type="button"
            aria-label={t('weights.undo')}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={`${t('weights.undo')} (Ctrl+Z)`}
            disabled={!editing.canUndo}
            onClick={editing.undo}
          >
            {t('weights.undoShort')}
          </button>
          <button
            type="button"
            aria-label={t('weights.redo')}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            title={`${t('weights.redo')} (Ctrl+Shift+Z)`}
            disabled={!editing.canRedo}
            onClick={editing.redo}
          >
            {t('weights.redoShort')}
          </button>
        </fieldset>
      </div>
      <p className="hint">{t('weights.hint')}</p>
      <p className="hint">{t('weights.lockHint')}</p>
      <ul className="weight-list">
        {rows.map((row) =>
          row.ancestorIds.every((id) => expandedIds.has(id)) ? (
            <WeightRow
              key={row.nodeId}
              nodeId={row.nodeId}
              name={localized(row.name, language)}
              depth={row.depth}
              weight={row.weight}
              shareText={formatPercent(row.share, language)}
              childCount={row.childCount}
              isExpanded={expandedIds.has(row.nodeId)}
              isLocked={editing.lockedIds[row.nodeId] === true}
              canLock={row.siblingCount > 1}
              canEqualise={row.childCount > 1}
              t={t}
              onWeightChange={editing.setWeight}
              onToggleExpanded={toggleExpanded}
              onToggleLock={editing.toggleLock}
              onEqualise={editing.equalise}
              onGestureStart={editing.beginGesture}
              onGestureEnd={editing.endGesture}
            />
          ) : null,
        )}
      </ul>
      <div className="weights-actions">
        {scorecard.root.children.length > 1 && (
          <button
            type="button"
            aria-label={t('weights.equalise', { name: rootName })}
            onClick={() => editing.equalise(scorecard.root.id)}
          >
            {t('weights.equaliseShort')}
          </button>
        )}
        <button type="button" onClick={editing.reset} disabled={!editing.isModified}>
          {t('weights.reset')}
        </button>
      </div>
      <WeightPresets presets={offeredPresets} language={language} t={t} onApply={editing.applyPreset} />
      {onSaveAs && <SaveAsForm name={scorecard.name} language={language} t={t} onSaveAs={onSaveAs} />}
    </section>
  );
}
