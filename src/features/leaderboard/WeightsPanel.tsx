import { formatPercent, localized } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n/messages';
import type { DimensionColumn } from '../../lib/boardModel';

export const WEIGHT_MAX = 100;

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface WeightsPanelProps {
  dimensions: DimensionColumn[];
  language: Language;
  t: Translate;
  onWeightChange: (nodeId: string, weight: number) => void;
  onReset: () => void;
  /** Whether any weight differs from the scorecard's saved weights. */
  isModified: boolean;
}

/** One slider and one number field per dimension; the ranking follows every movement. */
export function WeightsPanel({
  dimensions,
  language,
  t,
  onWeightChange,
  onReset,
  isModified,
}: WeightsPanelProps) {
  return (
    <section className="panel weights-panel" aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t('weights.heading')}</h2>
      <p className="hint">{t('weights.hint')}</p>
      <ul className="weight-list">
        {dimensions.map((dimension) => {
          const name = localized(dimension.name, language);
          return (
            <li key={dimension.nodeId} className="weight-row">
              <label htmlFor={`weight-${dimension.nodeId}`} className="weight-name">
                {name}
              </label>
              <input
                id={`weight-${dimension.nodeId}`}
                type="range"
                min={0}
                max={WEIGHT_MAX}
                step={1}
                value={dimension.weight}
                aria-label={t('weights.slider', { name })}
                aria-valuetext={`${dimension.weight} · ${t('weights.share', { percent: formatPercent(dimension.share, language) })}`}
                onChange={(event) => onWeightChange(dimension.nodeId, Number(event.currentTarget.value))}
              />
              <input
                type="number"
                className="weight-number"
                min={0}
                max={WEIGHT_MAX}
                step={1}
                value={dimension.weight}
                aria-label={t('weights.number', { name })}
                onChange={(event) => {
                  const value = event.currentTarget.valueAsNumber;
                  if (Number.isFinite(value))
                    onWeightChange(dimension.nodeId, Math.min(WEIGHT_MAX, Math.max(0, value)));
                }}
              />
              <output className="weight-share" htmlFor={`weight-${dimension.nodeId}`}>
                {formatPercent(dimension.share, language)}
              </output>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onReset} disabled={!isModified}>
        {t('weights.reset')}
      </button>
    </section>
  );
}
