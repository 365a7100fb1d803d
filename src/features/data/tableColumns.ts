import type { Fact, Indicator, JuryScore, PointEvent, Shortfall, Target, Zone } from '../../scoring/model';
import {
  enumColumn,
  fail,
  fieldText,
  figureColumn,
  idColumn,
  numberColumn,
  parseNumber,
  referenceColumn,
  textColumn,
  withField,
} from './cellParsers';
import { countDependents } from './dependents';
import type { CellError, CellResult, ColumnSpec, DataTables, EditableTable, RowOf } from './tableSpecs';

const KINDS = ['quantitative', 'jury', 'bonus', 'deduction', 'veto'] as const;
const DIRECTIONS = ['higher', 'lower'] as const;
const COMPARATORS = ['atLeast', 'moreThan', 'exactly'] as const;
const DEFAULT_SCALE = { min: 0, max: 100 };

function juryScaleOf(indicatorId: string, data: DataTables) {
  return data.indicators.find((indicator) => indicator.id === indicatorId)?.scale ?? DEFAULT_SCALE;
}

function outsideScale(score: number, scale: { min: number; max: number }): CellError | null {
  return score < scale.min || score > scale.max
    ? { key: 'dataScreen.error.scale', params: { min: scale.min, max: scale.max } }
    : null;
}

const zoneColumns: ColumnSpec<Zone>[] = [
  idColumn<Zone>('zones', (row, data) => countDependents('zones', row, data)),
  textColumn('name.zh', 'dataScreen.col.nameZh', true),
  textColumn('name.en', 'dataScreen.col.nameEn', true),
  textColumn('shortName.zh', 'dataScreen.col.shortZh', true),
  textColumn('shortName.en', 'dataScreen.col.shortEn', true),
  referenceColumn('categoryId', 'dataScreen.col.category', 'categories'),
  {
    id: 'color',
    label: 'dataScreen.col.color',
    read: (row) => row.color,
    write: (row, text) => {
      const color = text.trim();
      return /^#[0-9a-fA-F]{6}$/.test(color)
        ? { ok: true, row: { ...row, color } }
        : fail('dataScreen.error.color');
    },
  },
];

/** Scale bounds of an indicator: min < max, and every jury score already given stays inside. */
function scaleColumn(bound: 'min' | 'max'): ColumnSpec<Indicator> {
  return {
    id: `scale.${bound}`,
    label: bound === 'min' ? 'dataScreen.col.scaleMin' : 'dataScreen.col.scaleMax',
    isNumeric: true,
    read: (row) => fieldText(row, `scale.${bound}`),
    write: (row, text, { data }) => {
      // An empty bound removes the scale (jury scores then use the default 0–100).
      if (text.trim() === '') {
        if (!row.scale) return { ok: true, row };
        const { scale: _removed, ...rest } = row;
        return checkScale(rest, DEFAULT_SCALE, data);
      }
      const value = parseNumber(text);
      if (value === null) return fail('dataScreen.error.number', { text: text.trim() });
      const scale = { ...(row.scale ?? DEFAULT_SCALE), [bound]: value };
      if (scale.min >= scale.max) return fail('dataScreen.error.scaleOrder');
      return checkScale({ ...row, scale }, scale, data);
    },
  };
}

/** Refuses a scale that would leave jury scores already given outside it. */
function checkScale(
  row: Indicator,
  scale: { min: number; max: number },
  data: DataTables,
): CellResult<Indicator> {
  const outside = data.juryScores.filter(
    (score) => score.indicatorId === row.id && outsideScale(score.score, scale),
  ).length;
  if (outside > 0) return fail('dataScreen.error.scaleExcludes', { count: outside });
  return { ok: true, row };
}

const indicatorColumns: ColumnSpec<Indicator>[] = [
  idColumn<Indicator>('indicators', (row, data) => countDependents('indicators', row, data)),
  textColumn('name.zh', 'dataScreen.col.nameZh', true),
  textColumn('name.en', 'dataScreen.col.nameEn', true),
  textColumn('unit', 'dataScreen.col.unit', false),
  enumColumn('direction', 'dataScreen.col.direction', DIRECTIONS),
  enumColumn('kind', 'dataScreen.col.kind', KINDS, (row, kind, data) => {
    const scores = data.juryScores.filter((score) => score.indicatorId === row.id).length;
    return kind !== 'jury' && scores > 0
      ? { key: 'dataScreen.error.kindHasScores', params: { count: scores } }
      : null;
  }),
  scaleColumn('min'),
  scaleColumn('max'),
];

const factColumns: ColumnSpec<Fact>[] = [
  idColumn<Fact>('facts'),
  ...[
    referenceColumn<Fact>('zoneId', 'dataScreen.col.zone', 'zones'),
    referenceColumn<Fact>('indicatorId', 'dataScreen.col.indicator', 'indicators'),
    referenceColumn<Fact>('periodId', 'dataScreen.col.period', 'periods'),
    numberColumn<Fact>('value', 'dataScreen.col.value'),
  ].map(figureColumn),
];

const targetColumns: ColumnSpec<Target>[] = [
  idColumn<Target>('targets'),
  ...[
    referenceColumn<Target>('zoneId', 'dataScreen.col.zone', 'zones'),
    referenceColumn<Target>('indicatorId', 'dataScreen.col.indicator', 'indicators'),
    referenceColumn<Target>('periodId', 'dataScreen.col.period', 'periods'),
    enumColumn<Target>('comparator', 'dataScreen.col.comparator', COMPARATORS),
    numberColumn<Target>('value', 'dataScreen.col.targetValue'),
  ].map(figureColumn),
];

const shortfallColumns: ColumnSpec<Shortfall>[] = [
  idColumn<Shortfall>('shortfalls'),
  referenceColumn<Shortfall>('zoneId', 'dataScreen.col.zoneOptional', 'zones', { isNullable: true }),
  textColumn('text', 'dataScreen.col.text', true),
];

/** A score the user typed is a real score, so it no longer carries the sample label. */
function asGivenScore(column: ColumnSpec<JuryScore>): ColumnSpec<JuryScore> {
  const { write } = column;
  if (!write) return column;
  return {
    ...column,
    write: (row, text, context) => {
      const result = write(row, text, context);
      if (!result.ok || result.row.score === row.score) return result;
      return { ok: true, row: withField(result.row, 'isSample', false) };
    },
  };
}

const juryScoreColumns: ColumnSpec<JuryScore>[] = [
  idColumn<JuryScore>('juryScores'),
  referenceColumn<JuryScore>('judgeId', 'dataScreen.col.judge', 'judges'),
  referenceColumn<JuryScore>('zoneId', 'dataScreen.col.zone', 'zones'),
  referenceColumn<JuryScore>('indicatorId', 'dataScreen.col.indicator', 'indicators', {
    check: (row, indicatorId, data) => {
      const indicator = data.indicators.find((candidate) => candidate.id === indicatorId);
      if (indicator?.kind !== 'jury') return { key: 'dataScreen.error.notJury', params: { id: indicatorId } };
      return outsideScale(row.score, juryScaleOf(indicatorId, data));
    },
  }),
  asGivenScore(
    numberColumn<JuryScore>('score', 'dataScreen.col.score', (row, score, { data }) =>
      outsideScale(score, juryScaleOf(row.indicatorId, data)),
    ),
  ),
  { id: 'isSample', label: 'dataScreen.col.isSample', read: (row) => (row.isSample ? '✓' : '') },
];

const pointEventColumns: ColumnSpec<PointEvent>[] = [
  idColumn<PointEvent>('pointEvents'),
  referenceColumn<PointEvent>('zoneId', 'dataScreen.col.zone', 'zones'),
  numberColumn<PointEvent>('points', 'dataScreen.col.points'),
  textColumn('reason.zh', 'dataScreen.col.reasonZh', true),
  textColumn('reason.en', 'dataScreen.col.reasonEn', false),
  {
    id: 'date',
    label: 'dataScreen.col.date',
    read: (row) => row.date,
    write: (row, text) => {
      const date = text.trim();
      return isIsoDate(date) ? { ok: true, row: { ...row, date } } : fail('dataScreen.error.date');
    },
  },
];

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The columns of every editable table (order = display order). */
export const TABLE_COLUMNS: { [T in EditableTable]: ColumnSpec<RowOf[T]>[] } = {
  zones: zoneColumns,
  indicators: indicatorColumns,
  facts: factColumns,
  targets: targetColumns,
  shortfalls: shortfallColumns,
  juryScores: juryScoreColumns,
  pointEvents: pointEventColumns,
};
