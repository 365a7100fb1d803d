import { localized } from '../../i18n/format';
import type {
  Category,
  ComparisonOperator,
  Indicator,
  Period,
  Scorecard,
  VetoRule,
  Zone,
} from '../../scoring/model';
import { FieldRow, NumberField, SelectField, TextField, useEditor } from './EditorFields';
import { listNodes } from './scorecardTree';

export interface RulesCatalogue {
  indicators: readonly Indicator[];
  periods: readonly Period[];
  zones: readonly Zone[];
  categories: readonly Category[];
}

export interface RulesEditorProps {
  draft: Scorecard;
  catalogue: RulesCatalogue;
  onChange: (draft: Scorecard) => void;
}

const OPERATORS: readonly ComparisonOperator[] = ['<', '<=', '>', '>=', '==', '!='];

/** A blank number field removes an optional setting; the record stays absent when empty. */
function setEntry(record: Record<string, number> | undefined, key: string, value: number) {
  const next = { ...record };
  if (Number.isNaN(value)) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

function withOptional<K extends keyof Scorecard>(
  draft: Scorecard,
  key: K,
  value: Scorecard[K] | undefined,
): Scorecard {
  const next = { ...draft };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Name, period and the scorecard-wide rules of DESIGN §3 steps 6–9. */
export function GeneralFields({ draft, catalogue, onChange }: RulesEditorProps) {
  const { language, t } = useEditor();
  const description = draft.description ?? { zh: '', en: '' };
  const setDescription = (zh: string, en: string) =>
    onChange(withOptional(draft, 'description', zh === '' && en === '' ? undefined : { zh, en }));
  return (
    <>
      <FieldRow>
        <TextField
          label={t('editor.field.nameZh')}
          path="$.name.zh"
          value={draft.name.zh}
          onChange={(zh) => onChange({ ...draft, name: { ...draft.name, zh } })}
        />
        <TextField
          label={t('editor.field.nameEn')}
          path="$.name.en"
          value={draft.name.en}
          onChange={(en) => onChange({ ...draft, name: { ...draft.name, en } })}
        />
        <SelectField
          label={t('editor.field.period')}
          path="$.periodId"
          value={draft.periodId}
          options={[
            ...(catalogue.periods.some((period) => period.id === draft.periodId)
              ? []
              : [{ value: draft.periodId, label: draft.periodId }]),
            ...catalogue.periods.map((period) => ({
              value: period.id,
              label: localized(period.label, language),
            })),
          ]}
          onChange={(periodId) => onChange({ ...draft, periodId })}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          label={t('editor.field.descriptionZh')}
          path="$.description.zh"
          value={description.zh}
          onChange={(zh) => setDescription(zh, description.en)}
        />
        <TextField
          label={t('editor.field.descriptionEn')}
          path="$.description.en"
          value={description.en}
          onChange={(en) => setDescription(description.zh, en)}
        />
      </FieldRow>
    </>
  );
}

export function RulesEditor({ draft, catalogue, onChange }: RulesEditorProps) {
  const { language, t } = useEditor();
  const coefficients = draft.coefficients ?? {};
  const setCoefficients = (next: NonNullable<Scorecard['coefficients']>) => {
    const clean: NonNullable<Scorecard['coefficients']> = {};
    if (next.byCategory) clean.byCategory = next.byCategory;
    if (next.byZone) clean.byZone = next.byZone;
    onChange(withOptional(draft, 'coefficients', Object.keys(clean).length > 0 ? clean : undefined));
  };
  const points = draft.points ?? {};
  const setCap = (key: 'bonusCap' | 'deductionCap', value: number) => {
    const next = { ...points };
    if (Number.isNaN(value)) delete next[key];
    else next[key] = value;
    onChange(withOptional(draft, 'points', Object.keys(next).length > 0 ? next : undefined));
  };
  return (
    <>
      <FieldRow>
        <SelectField
          label={t('editor.field.missingPolicy')}
          path="$.missing.policy"
          help={t(`editor.help.missing.${draft.missing.policy}`)}
          value={draft.missing.policy}
          options={(['skip', 'zero', 'mean'] as const).map((value) => ({
            value,
            label: t(`editor.missing.${value}`),
          }))}
          onChange={(policy) => onChange({ ...draft, missing: { ...draft.missing, policy } })}
        />
        <NumberField
          label={t('editor.field.minCoverage')}
          path="$.missing.minCoverage"
          value={draft.missing.minCoverage}
          onChange={(minCoverage) => onChange({ ...draft, missing: { ...draft.missing, minCoverage } })}
        />
      </FieldRow>
      <h3>{t('editor.coefficients')}</h3>
      <FieldRow>
        {catalogue.categories.map((category) => (
          <NumberField
            key={category.id}
            label={t('editor.field.coefCategory', { name: localized(category.name, language) })}
            path={`$.coefficients.byCategory.${category.id}`}
            value={coefficients.byCategory?.[category.id]}
            onChange={(value) =>
              setCoefficients({
                ...coefficients,
                byCategory: setEntry(coefficients.byCategory, category.id, value),
              })
            }
          />
        ))}
      </FieldRow>
      <FieldRow>
        {catalogue.zones.map((zone) => (
          <NumberField
            key={zone.id}
            label={t('editor.field.coefZone', { name: localized(zone.name, language) })}
            path={`$.coefficients.byZone.${zone.id}`}
            value={coefficients.byZone?.[zone.id]}
            onChange={(value) =>
              setCoefficients({ ...coefficients, byZone: setEntry(coefficients.byZone, zone.id, value) })
            }
          />
        ))}
      </FieldRow>
      <h3>{t('editor.points')}</h3>
      <FieldRow>
        <NumberField
          label={t('editor.field.bonusCap')}
          path="$.points.bonusCap"
          help={t('editor.noCap')}
          value={points.bonusCap}
          onChange={(value) => setCap('bonusCap', value)}
        />
        <NumberField
          label={t('editor.field.deductionCap')}
          path="$.points.deductionCap"
          help={t('editor.noCap')}
          value={points.deductionCap}
          onChange={(value) => setCap('deductionCap', value)}
        />
      </FieldRow>
      <VetoFields draft={draft} catalogue={catalogue} onChange={onChange} />
      <RankingFields draft={draft} catalogue={catalogue} onChange={onChange} />
    </>
  );
}

function VetoFields({ draft, catalogue, onChange }: RulesEditorProps) {
  const { language, t } = useEditor();
  const vetoes = draft.vetoes ?? [];
  const setVeto = (index: number, veto: VetoRule) =>
    onChange({ ...draft, vetoes: vetoes.map((each, at) => (at === index ? veto : each)) });
  const firstIndicator = catalogue.indicators.find((each) => each.kind === 'veto') ?? catalogue.indicators[0];
  return (
    <>
      <h3>{t('editor.vetoes')}</h3>
      <ol className="editor-vetoes">
        {vetoes.map((veto, index) => {
          const path = `$.vetoes[${index}]`;
          const number = index + 1;
          return (
            <li key={veto.id}>
              <FieldRow>
                <SelectField
                  label={t('editor.field.vetoIndicator', { index: number })}
                  path={`${path}.indicatorId`}
                  value={veto.indicatorId}
                  options={catalogue.indicators.map((each) => ({
                    value: each.id,
                    label: `${localized(each.name, language)}（${each.unit}）`,
                  }))}
                  onChange={(indicatorId) => setVeto(index, { ...veto, indicatorId })}
                />
                <SelectField
                  label={t('editor.field.vetoOp', { index: number })}
                  path={`${path}.when.op`}
                  value={veto.when.op}
                  options={OPERATORS.map((op) => ({ value: op, label: op }))}
                  onChange={(op) => setVeto(index, { ...veto, when: { ...veto.when, op } })}
                />
                <NumberField
                  label={t('editor.field.vetoValue', { index: number })}
                  path={`${path}.when.value`}
                  value={veto.when.value}
                  onChange={(value) => setVeto(index, { ...veto, when: { ...veto.when, value } })}
                />
                <TextField
                  label={t('editor.field.vetoReasonZh', { index: number })}
                  path={`${path}.reason.zh`}
                  value={veto.reason.zh}
                  onChange={(zh) => setVeto(index, { ...veto, reason: { ...veto.reason, zh } })}
                />
                <TextField
                  label={t('editor.field.vetoReasonEn', { index: number })}
                  path={`${path}.reason.en`}
                  value={veto.reason.en}
                  onChange={(en) => setVeto(index, { ...veto, reason: { ...veto.reason, en } })}
                />
                <button
                  type="button"
                  onClick={() => onChange({ ...draft, vetoes: vetoes.filter((_, at) => at !== index) })}
                >
                  {t('editor.removeVeto', { index: number })}
                </button>
              </FieldRow>
            </li>
          );
        })}
      </ol>
      <FieldRow>
        <button
          type="button"
          disabled={!firstIndicator}
          onClick={() => {
            const taken = new Set(vetoes.map((veto) => veto.id));
            let number = vetoes.length + 1;
            while (taken.has(`veto-${number}`)) number++;
            onChange({
              ...draft,
              vetoes: [
                ...vetoes,
                {
                  id: `veto-${number}`,
                  indicatorId: firstIndicator?.id ?? '',
                  when: { op: '<', value: 0 },
                  reason: { zh: '', en: '' },
                },
              ],
            });
          }}
        >
          {t('editor.addVeto')}
        </button>
        <SelectField
          label={t('editor.field.vetoMode')}
          path="$.vetoMode"
          value={draft.vetoMode ?? 'rank-last'}
          options={(['rank-last', 'exclude'] as const).map((value) => ({
            value,
            label: t(`editor.vetoMode.${value}`),
          }))}
          onChange={(vetoMode) => onChange({ ...draft, vetoMode })}
        />
      </FieldRow>
    </>
  );
}

function RankingFields({ draft, onChange }: RulesEditorProps) {
  const { language, t } = useEditor();
  const ranking = draft.ranking ?? {};
  const tieBreak = ranking.tieBreak ?? [];
  const setRanking = (next: NonNullable<Scorecard['ranking']>) => {
    const clean: NonNullable<Scorecard['ranking']> = {};
    if (next.precision !== undefined) clean.precision = next.precision;
    if (next.tieBreak && next.tieBreak.length > 0) clean.tieBreak = next.tieBreak;
    onChange(withOptional(draft, 'ranking', Object.keys(clean).length > 0 ? clean : undefined));
  };
  const nodeOptions = listNodes(draft.root)
    .slice(1)
    .map(({ node, depth }) => ({
      value: node.id,
      label: `${'· '.repeat(depth - 1)}${localized(node.name, language) || node.id}`,
    }));
  const firstNode = nodeOptions[0];
  return (
    <>
      <h3>{t('editor.ranking')}</h3>
      <FieldRow>
        <SelectField
          label={t('editor.field.precision')}
          path="$.ranking.precision"
          help={t('editor.help.precision')}
          value={ranking.precision === undefined ? '' : String(ranking.precision)}
          options={[
            { value: '', label: t('editor.precisionNone') },
            ...['0', '1', '2', '3', '4', '5', '6'].map((value) => ({ value, label: value })),
          ]}
          onChange={(value) =>
            setRanking({ ...ranking, precision: value === '' ? undefined : Number(value) })
          }
        />
      </FieldRow>
      <ol className="editor-tie-break">
        {tieBreak
          .map((nodeId, at) => ({ nodeId, position: at + 1 }))
          .map(({ nodeId, position }) => {
            // The position is the identity: the same node may be listed twice while being edited.
            const index = position - 1;
            return (
              <li key={position}>
                <SelectField
                  label={t('editor.field.tieBreak', { index: index + 1 })}
                  path={`$.ranking.tieBreak[${index}]`}
                  value={nodeId}
                  options={
                    nodeOptions.some((option) => option.value === nodeId)
                      ? nodeOptions
                      : [{ value: nodeId, label: nodeId }, ...nodeOptions]
                  }
                  onChange={(chosen) =>
                    setRanking({
                      ...ranking,
                      tieBreak: tieBreak.map((each, at) => (at === index ? chosen : each)),
                    })
                  }
                />
                <button
                  type="button"
                  onClick={() =>
                    setRanking({ ...ranking, tieBreak: tieBreak.filter((_, at) => at !== index) })
                  }
                >
                  {t('editor.removeTieBreak', { index: index + 1 })}
                </button>
              </li>
            );
          })}
      </ol>
      <button
        type="button"
        disabled={!firstNode}
        onClick={() => firstNode && setRanking({ ...ranking, tieBreak: [...tieBreak, firstNode.value] })}
      >
        {t('editor.addTieBreak')}
      </button>
    </>
  );
}
