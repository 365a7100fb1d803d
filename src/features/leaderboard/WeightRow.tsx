import { memo } from 'react';
import type { Translate } from '../../i18n/useT';
import { WEIGHT_FIELD_ATTRIBUTE } from './useUndoShortcuts';
import { WEIGHT_MAX } from './useWeightEditing';

export interface WeightRowProps {
  nodeId: string;
  /** The node's name in the UI language. */
  name: string;
  /** 0 for a dimension; children are indented one step per level. */
  depth: number;
  weight: number;
  /** The share of its siblings, already formatted ("35%"). */
  shareText: string;
  /** Children count; 0 for an indicator. */
  childCount: number;
  isExpanded: boolean;
  isLocked: boolean;
  /** Locking only means something beside siblings. */
  canLock: boolean;
  /** A group of two or more children offers "equalise". */
  canEqualise: boolean;
  t: Translate;
  onWeightChange: (nodeId: string, weight: number) => void;
  onToggleExpanded: (nodeId: string) => void;
  onToggleLock: (nodeId: string) => void;
  onEqualise: (groupId: string) => void;
  onGestureStart: () => void;
  onGestureEnd: () => void;
}

/** Keys after which a number field's change is a finished step (typing digits waits for the rest). */
const STEP_KEYS = new Set(['Enter', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/** Weights shown to two decimals: a rebalance gives fractions nobody needs to read in full. */
function shown(weight: number): number {
  return Math.round(weight * 100) / 100;
}

/**
 * One node of the scorecard tree: disclosure (groups), name, slider, number, share, lock and
 * equalise (groups of two or more). Memoised on primitives, so a drag re-renders only the rows
 * whose weight or share moved.
 */
export const WeightRow = memo(function WeightRow({
  nodeId,
  name,
  depth,
  weight,
  shareText,
  childCount,
  isExpanded,
  isLocked,
  canLock,
  canEqualise,
  t,
  onWeightChange,
  onToggleExpanded,
  onToggleLock,
  onEqualise,
  onGestureStart,
  onGestureEnd,
}: WeightRowProps) {
  const inputId = `weight-${nodeId}`;
  const fieldMarker = { [WEIGHT_FIELD_ATTRIBUTE]: '' };
  return (
    <li
      className={`weight-row${childCount > 0 ? ' weight-group' : ' weight-leaf'}${isLocked ? ' is-locked' : ''}`}
      style={{ '--depth': depth } as React.CSSProperties}
      data-node-id={nodeId}
    >
      {childCount > 0 ? (
        <button
          type="button"
          className="weight-toggle"
          aria-expanded={isExpanded}
          aria-label={t('weights.children', { name })}
          onClick={() => onToggleExpanded(nodeId)}
        >
          <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
        </button>
      ) : (
        <span className="weight-toggle" aria-hidden="true" />
      )}
      <label htmlFor={inputId} className="weight-name">
        {name}
      </label>
      <span className="weight-tools">
        {canLock && (
          <button
            type="button"
            className="weight-lock"
            aria-pressed={isLocked}
            aria-label={t('weights.lock', { name })}
            onClick={() => onToggleLock(nodeId)}
          >
            {t('weights.lockShort')}
          </button>
        )}
        {canEqualise && (
          <button
            type="button"
            className="weight-equalise"
            aria-label={t('weights.equalise', { name })}
            onClick={() => onEqualise(nodeId)}
          >
            {t('weights.equaliseShort')}
          </button>
        )}
      </span>
      <input
        id={inputId}
        type="range"
        min={0}
        max={WEIGHT_MAX}
        step={1}
        value={shown(weight)}
        disabled={isLocked}
        aria-label={t('weights.slider', { name })}
        aria-valuetext={`${shown(weight)} · ${t('weights.share', { percent: shareText })}`}
        {...fieldMarker}
        onChange={(event) => onWeightChange(nodeId, Number(event.currentTarget.value))}
        onPointerDown={onGestureStart}
        onPointerUp={onGestureEnd}
        onPointerCancel={onGestureEnd}
        onKeyUp={onGestureEnd}
        onBlur={onGestureEnd}
      />
      <input
        type="number"
        className="weight-number"
        min={0}
        max={WEIGHT_MAX}
        step={1}
        value={shown(weight)}
        disabled={isLocked}
        aria-label={t('weights.number', { name })}
        {...fieldMarker}
        onChange={(event) => {
          const value = event.currentTarget.valueAsNumber;
          if (Number.isFinite(value)) onWeightChange(nodeId, Math.min(WEIGHT_MAX, Math.max(0, value)));
        }}
        onKeyUp={(event) => {
          if (STEP_KEYS.has(event.key)) onGestureEnd();
        }}
        onBlur={onGestureEnd}
      />
      <output className="weight-share" htmlFor={inputId}>
        {shareText}
      </output>
    </li>
  );
});
