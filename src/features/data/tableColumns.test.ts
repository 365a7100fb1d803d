import { describe, expect, it } from 'vitest';
import bundled from '../../../data/qingdao-2023-arena.json';
import { assertBundleEnvelope } from '../../formats/bundle';
import type { Fact } from '../../scoring/model';
import { markFigureEdit, parseNumber } from './cellParsers';
import { cascadeDelete, countDependents, scorecardsUsing } from './dependents';
import { newRow } from './newRow';
import { TABLE_COLUMNS } from './tableColumns';
import {
  type AnyRow,
  type ColumnSpec,
  type DataTables,
  EDITABLE_TABLES,
  type EditableTable,
} from './tableSpecs';

const data: DataTables = assertBundleEnvelope(bundled, 'qingdao-2023-arena.json');
const NOW = '2026-12-02T00:00:00.000Z';

function write<T extends EditableTable>(table: T, rowId: string, columnId: string, text: string) {
  const row = (data[table] as AnyRow[]).find((candidate) => candidate.id === rowId);
  const column = (TABLE_COLUMNS[table] as ColumnSpec<AnyRow>[]).find(
    (candidate) => candidate.id === columnId,
  );
  if (!row || !column?.write) throw new Error(`no ${table}/${rowId}/${columnId}`);
  return column.write(row, text, { data, now: NOW });
}

function errorKey(result: ReturnType<typeof write>) {
  return result.ok ? null : result.error.key;
}

const fact = data.facts.find((row) => row.id === 'f-hitech-projects-introduced') as Fact;
const juryScore = data.juryScores[0];

describe('parseNumber', () => {
  it.each([
    ['12.5', 12.5],
    [' 1,234 ', 1234],
    ['１２３', 123],
    ['-0.5', -0.5],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '12亿元', '10%', '1,23', '1.2.3', 'Infinity', 'NaN'])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('cell validation', () => {
  it('writes a number and marks the fact as edited, keeping the value its quote backs', () => {
    const result = write('facts', fact.id, 'value', '84');
    expect(result.ok && result.row).toMatchObject({
      value: 84,
      source: fact.source,
      userEdit: { editedAt: NOW, originalValue: 33 },
    });
  });

  it('keeps the first original value across several edits', () => {
    const once = markFigureEdit(fact, { ...fact, value: 50 }, NOW);
    const twice = markFigureEdit(once, { ...once, value: 60 }, '2026-12-03T00:00:00.000Z');
    expect(twice.userEdit).toEqual({ editedAt: '2026-12-03T00:00:00.000Z', originalValue: 33 });
  });

  it('does not mark a fact whose id alone changed', () => {
    const result = write('facts', fact.id, 'id', 'f-renamed');
    expect(result.ok && result.row.id).toBe('f-renamed');
    expect(result.ok && 'userEdit' in result.row).toBe(false);
  });

  it.each([
    ['facts', fact.id, 'value', 'abc', 'dataScreen.error.number'],
    ['facts', fact.id, 'value', '', 'dataScreen.error.number'],
    ['facts', fact.id, 'zoneId', 'atlantis', 'dataScreen.error.unknown.zones'],
    ['facts', fact.id, 'indicatorId', 'nope', 'dataScreen.error.unknown.indicators'],
    ['facts', fact.id, 'periodId', '2099', 'dataScreen.error.unknown.periods'],
    ['facts', fact.id, 'id', data.facts[0]?.id ?? '', 'dataScreen.error.idTaken'],
    ['facts', fact.id, 'id', 'has space', 'dataScreen.error.idSpaces'],
    ['facts', fact.id, 'id', '  ', 'dataScreen.error.required'],
    ['zones', 'shanghe', 'name.zh', '  ', 'dataScreen.error.required'],
    ['zones', 'shanghe', 'id', 'shanghe-2', 'dataScreen.error.idInUse'],
    ['zones', 'shanghe', 'color', 'red', 'dataScreen.error.color'],
    ['zones', 'shanghe', 'categoryId', 'none', 'dataScreen.error.unknown.categories'],
    ['juryScores', juryScore?.id ?? '', 'score', '101', 'dataScreen.error.scale'],
    ['juryScores', juryScore?.id ?? '', 'score', '-1', 'dataScreen.error.scale'],
    ['juryScores', juryScore?.id ?? '', 'indicatorId', 'projects-introduced', 'dataScreen.error.notJury'],
    ['juryScores', juryScore?.id ?? '', 'judgeId', 'nobody', 'dataScreen.error.unknown.judges'],
    ['indicators', 'jury-achievements', 'kind', 'quantitative', 'dataScreen.error.kindHasScores'],
    ['indicators', 'jury-achievements', 'kind', 'score', 'dataScreen.error.oneOf'],
    ['indicators', 'jury-achievements', 'scale.max', '50', 'dataScreen.error.scaleExcludes'],
    ['indicators', 'jury-achievements', 'scale.min', '100', 'dataScreen.error.scaleOrder'],
    ['targets', data.targets[0]?.id ?? '', 'comparator', 'about', 'dataScreen.error.oneOf'],
  ] as const)('%s %s.%s = %j is refused with %s', (table, rowId, columnId, text, key) => {
    expect(errorKey(write(table, rowId, columnId, text))).toBe(key);
  });

  it('accepts a jury score on the scale bounds and drops its sample label', () => {
    const result = write('juryScores', juryScore?.id ?? '', 'score', '100');
    expect(result.ok && result.row).toMatchObject({ score: 100, isSample: false });
  });

  it('removes an indicator scale when a bound is emptied, unless jury scores fall outside 0–100', () => {
    const result = write('indicators', 'jury-achievements', 'scale.min', '');
    expect(result.ok && 'scale' in result.row).toBe(false);
  });

  it('lets an unattributed shortfall stay unattributed (empty zone is null)', () => {
    const shortfall = data.shortfalls[0];
    const result = write('shortfalls', shortfall?.id ?? '', 'zoneId', ' ');
    expect(result.ok && result.row).toMatchObject({ zoneId: null });
  });

  it('validates point event dates as real calendar days', () => {
    const event = {
      id: 'p1',
      zoneId: 'shanghe',
      points: 1,
      reason: { zh: 'x', en: 'x' },
      date: '2023-04-14',
      isSample: false,
    };
    const withEvent = { ...data, pointEvents: [event] };
    const date = TABLE_COLUMNS.pointEvents.find((column) => column.id === 'date');
    expect(date?.write?.(event, '2023-02-30', { data: withEvent, now: NOW })).toMatchObject({ ok: false });
    expect(date?.write?.(event, '2023-02-28', { data: withEvent, now: NOW })).toMatchObject({ ok: true });
  });
});

describe('dependents', () => {
  it('lists everything that refers to a zone, and deletes it last in a cascade', () => {
    const zone = data.zones.find((row) => row.id === 'hitech') as AnyRow;
    const changes = cascadeDelete('zones', zone, data);
    const expected = ['facts', 'targets', 'texts', 'shortfalls', 'juryScores', 'pointEvents'].reduce(
      (sum, table) =>
        sum +
        (data[table as 'facts'] as { zoneId: string | null }[]).filter((row) => row.zoneId === 'hitech')
          .length,
      0,
    );
    expect(expected).toBeGreaterThan(0);
    expect(changes).toHaveLength(expected + 1);
    expect(changes.at(-1)).toEqual({ table: 'zones', before: zone, after: null });
    expect(countDependents('zones', zone, data)).toBe(expected);
  });

  it('refuses to delete an indicator a scorecard scores', () => {
    const indicator = data.indicators.find((row) => row.id === 'jury-achievements') as AnyRow;
    expect(scorecardsUsing('indicators', indicator, data).length).toBeGreaterThan(0);
  });
});

describe('newRow', () => {
  it.each(EDITABLE_TABLES)('adds a %s row with an unused id that every column accepts as it is', (table) => {
    const result = newRow(table, data, NOW);
    if (!result.ok) throw new Error(result.error.key);
    const rows = data[table] as AnyRow[];
    expect(rows.some((row) => row.id === result.row.id)).toBe(false);
    const withRow = { ...data, [table]: [...rows, result.row] } as DataTables;
    for (const column of TABLE_COLUMNS[table] as ColumnSpec<AnyRow>[]) {
      if (!column.write || column.id === 'id') continue;
      const written = column.write(result.row, column.read(result.row), { data: withRow, now: NOW });
      expect(written.ok, `${table}.${column.id}`).toBe(true);
    }
  });

  it('says what is missing when a fact has no zone to belong to', () => {
    expect(newRow('facts', { ...data, zones: [] }, NOW)).toEqual({
      ok: false,
      error: { key: 'dataScreen.error.addNeeds', params: { what: 'zones' } },
    });
  });
});
