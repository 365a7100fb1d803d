import { localized } from '../../i18n/format';
import type {
  Indicator,
  IndicatorNode,
  JuryCombination,
  Normalisation,
  Period,
  ValueSelection,
} from '../../scoring/model';
import { CheckboxField, FieldRow, NumberField, SelectField, useEditor } from './EditorFields';

const VALUE_KINDS = ['fact', 'target-completion', 'time-pace', 'growth'] as const;
const NORMALISATIONS = [
  'minmax',
  'goalposts',
  'target',
  'distance-to-leader',
  'zscore',
  'rank',
  'percentile-rank',
  'none',
] as const;
const JURY_METHODS = ['mean', 'median', 'trimmed-mean'] as const;

/** A fresh normalisation of the chosen method, keeping the parameters the old one shares. */
export function switchNormalisation(previous: Normalisation, method: Normalisation['method']): Normalisation {
  if (method === 'goalposts') {
    return previous.method === 'goalposts' ? previous : { method, lo: 0, hi: 100 };
  }
  if (method === 'target') return previous.method === 'target' ? previous : { method };
  return { method };
}

function switchValue(previous: ValueSelection, kind: ValueSelection['kind']): ValueSelection {
  if (kind === 'fact' || kind === 'growth') return { kind };
  const targetPeriodId = 'targetPeriodId' in previous ? previous.targetPeriodId : undefined;
  return targetPeriodId === undefined ? { kind } : { kind, targetPeriodId };
}

function switchJury(method: JuryCombination['method']): JuryCombination {
  return method === 'trimmed-mean' ? { method, trim: 1 } : { method };
}

export interface LeafFieldsProps {
  leaf: IndicatorNode;
  path: string;
  indicators: readonly Indicator[];
  periods: readonly Period[];
  onChange: (leaf: IndicatorNode) => void;
}

/** The per-indicator choices of DESIGN §3 steps 1–4, each with a sentence of help. */
export function LeafFields({ leaf, path, indicators, periods, onChange }: LeafFieldsProps) {
  const { language, t } = useEditor();
  const indicator = indicators.find((each) => each.id === leaf.indicatorId);
  const value = leaf.value ?? { kind: 'fact' };
  const treatment = leaf.treatment ?? {};
  const { normalisation } = leaf;
  const indicatorOptions = indicators.map((each) => ({
    value: each.id,
    label: `${localized(each.name, language)}（${each.unit}，${t(`editor.kind.${each.kind}`)}）`,
  }));
  if (!indicator) indicatorOptions.unshift({ value: leaf.indicatorId, label: leaf.indicatorId });
  return (
    <>
      <FieldRow>
        <SelectField
          label={t('editor.field.indicator')}
          path={`${path}.indicatorId`}
          value={leaf.indicatorId}
          options={indicatorOptions}
          onChange={(indicatorId) => onChange({ ...leaf, indicatorId })}
        />
        <SelectField
          label={t('editor.field.value')}
          path={`${path}.value`}
          help={t(`editor.help.value.${value.kind}`)}
          value={value.kind}
          options={VALUE_KINDS.map((kind) => ({ value: kind, label: t(`editor.value.${kind}`) }))}
          onChange={(kind) => onChange({ ...leaf, value: switchValue(value, kind) })}
        />
        {(value.kind === 'target-completion' || value.kind === 'time-pace') && (
          <SelectField
            label={t('editor.field.targetPeriod')}
            path={`${path}.value.targetPeriodId`}
            value={value.targetPeriodId ?? ''}
            options={[
              { value: '', label: t('editor.field.targetPeriodDefault') },
              ...periods.map((period) => ({ value: period.id, label: localized(period.label, language) })),
            ]}
            onChange={(targetPeriodId) =>
              onChange({
                ...leaf,
                value: targetPeriodId ? { kind: value.kind, targetPeriodId } : { kind: value.kind },
              })
            }
          />
        )}
      </FieldRow>
      <FieldRow>
        <CheckboxField
          label={t('editor.field.log')}
          help={t('editor.help.log')}
          checked={treatment.log === true}
          onChange={(log) => onChange(withTreatment(leaf, { ...treatment, log: log || undefined }))}
        />
        <CheckboxField
          label={t('editor.field.winsorise')}
          help={t('editor.help.winsorise')}
          checked={treatment.winsorise !== undefined}
          onChange={(isOn) =>
            onChange(
              withTreatment(leaf, {
                ...treatment,
                winsorise: isOn ? { lower: 0.05, upper: 0.95 } : undefined,
              }),
            )
          }
        />
        {treatment.winsorise && (
          <>
            <NumberField
              label={t('editor.field.winsoriseLower')}
              path={`${path}.treatment.winsorise.lower`}
              value={treatment.winsorise.lower}
              onChange={(lower) =>
                onChange(
                  withTreatment(leaf, {
                    ...treatment,
                    winsorise: { upper: 0.95, ...treatment.winsorise, lower },
                  }),
                )
              }
            />
            <NumberField
              label={t('editor.field.winsoriseUpper')}
              path={`${path}.treatment.winsorise.upper`}
              value={treatment.winsorise.upper}
              onChange={(upper) =>
                onChange(
                  withTreatment(leaf, {
                    ...treatment,
                    winsorise: { lower: 0.05, ...treatment.winsorise, upper },
                  }),
                )
              }
            />
          </>
        )}
      </FieldRow>
      <FieldRow>
        <SelectField
          label={t('editor.field.normalisation')}
          path={`${path}.normalisation`}
          help={t(`editor.help.norm.${normalisation.method}`)}
          value={normalisation.method}
          options={NORMALISATIONS.map((method) => ({ value: method, label: t(`editor.norm.${method}`) }))}
          onChange={(method) =>
            onChange({ ...leaf, normalisation: switchNormalisation(normalisation, method) })
          }
        />
        {normalisation.method === 'goalposts' && (
          <>
            <NumberField
              label={t('editor.field.lo')}
              path={`${path}.normalisation.lo`}
              value={normalisation.lo}
              onChange={(lo) => onChange({ ...leaf, normalisation: { ...normalisation, lo } })}
            />
            <NumberField
              label={t('editor.field.hi')}
              path={`${path}.normalisation.hi`}
              value={normalisation.hi}
              onChange={(hi) => onChange({ ...leaf, normalisation: { ...normalisation, hi } })}
            />
          </>
        )}
        {normalisation.method === 'target' && (
          <NumberField
            label={t('editor.field.cap')}
            path={`${path}.normalisation.cap`}
            value={normalisation.cap ?? 1.2}
            onChange={(cap) => onChange({ ...leaf, normalisation: { method: 'target', cap } })}
          />
        )}
      </FieldRow>
      {indicator?.kind === 'jury' && <JuryFields leaf={leaf} path={path} onChange={onChange} />}
    </>
  );
}

function JuryFields({ leaf, path, onChange }: Pick<LeafFieldsProps, 'leaf' | 'path' | 'onChange'>) {
  const { t } = useEditor();
  const jury = leaf.jury ?? { method: 'trimmed-mean', trim: 1 };
  return (
    <FieldRow>
      <SelectField
        label={t('editor.field.jury')}
        path={`${path}.jury`}
        help={t(`editor.help.jury.${jury.method}`)}
        value={jury.method}
        options={JURY_METHODS.map((method) => ({ value: method, label: t(`editor.jury.${method}`) }))}
        onChange={(method) => onChange({ ...leaf, jury: switchJury(method) })}
      />
      {jury.method === 'trimmed-mean' && (
        <NumberField
          label={t('editor.field.trim')}
          path={`${path}.jury.trim`}
          step="1"
          value={jury.trim}
          onChange={(trim) => onChange({ ...leaf, jury: { method: 'trimmed-mean', trim } })}
        />
      )}
    </FieldRow>
  );
}

/** Drops keys set to undefined (the schema is strict and JSON would drop them anyway). */
function withTreatment(
  leaf: IndicatorNode,
  treatment: NonNullable<IndicatorNode['treatment']>,
): IndicatorNode {
  const clean: NonNullable<IndicatorNode['treatment']> = {};
  if (treatment.log) clean.log = true;
  if (treatment.winsorise) clean.winsorise = treatment.winsorise;
  const { treatment: _old, ...rest } = leaf;
  return Object.keys(clean).length > 0 ? { ...rest, treatment: clean } : rest;
}
