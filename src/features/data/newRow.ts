import { USER_ENTRY_SOURCE_ID } from '../../scoring/model';
import type { AnyRow, CellError, DataTables, EditableTable, RowOf } from './tableSpecs';

const PREFIX: Record<EditableTable, string> = {
  zones: 'zone',
  indicators: 'indicator',
  facts: 'fact',
  targets: 'target',
  shortfalls: 'shortfall',
  juryScores: 'jury-score',
  pointEvents: 'point-event',
};

/** The first `prefix-N` not yet used in the table. */
export function unusedId(prefix: string, rows: readonly { id: string }[]): string {
  const taken = new Set(rows.map((row) => row.id));
  let n = rows.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * A new row that already passes validation, for the user to edit cell by cell. Names default to
 * the id (no invented wording); added figures carry no quote and are marked as the user's.
 */
export function newRow(
  table: EditableTable,
  data: DataTables,
  now: string,
): { ok: true; row: AnyRow } | { ok: false; error: CellError } {
  const id = unusedId(PREFIX[table], data[table]);
  const text = { zh: id, en: id };
  const zoneId = data.zones[0]?.id;
  const periodId = data.periods[0]?.id;
  const quantitative = data.indicators.find((indicator) => indicator.kind !== 'jury')?.id;
  const jury = data.indicators.find((indicator) => indicator.kind === 'jury');
  const needs = (what: string): { ok: false; error: CellError } => ({
    ok: false,
    error: { key: 'dataScreen.error.addNeeds', params: { what } },
  });
  const userEntry = { sourceId: USER_ENTRY_SOURCE_ID, text: id };
  switch (table) {
    case 'zones': {
      const categoryId = data.categories[0]?.id;
      if (!categoryId) return needs('categories');
      return ok<'zones'>({ id, name: text, shortName: text, categoryId, color: '#888888' });
    }
    case 'indicators':
      return ok<'indicators'>({ id, name: text, unit: '', direction: 'higher', kind: 'quantitative' });
    case 'facts':
    case 'targets': {
      if (!zoneId) return needs('zones');
      if (!periodId) return needs('periods');
      if (!quantitative) return needs('indicators');
      const base = { id, zoneId, indicatorId: quantitative, periodId, value: 0 };
      const userEdit = { editedAt: now };
      return table === 'facts'
        ? ok<'facts'>({ ...base, source: userEntry, userEdit })
        : ok<'targets'>({ ...base, comparator: 'atLeast', source: userEntry, userEdit });
    }
    case 'shortfalls':
      return ok<'shortfalls'>({ id, zoneId: null, text: id, source: userEntry });
    case 'juryScores': {
      const judgeId = data.judges[0]?.id;
      if (!judgeId) return needs('judges');
      if (!zoneId) return needs('zones');
      if (!jury) return needs('indicators');
      const score = jury.scale?.min ?? 0;
      return ok<'juryScores'>({ id, judgeId, zoneId, indicatorId: jury.id, score, isSample: false });
    }
    case 'pointEvents':
      if (!zoneId) return needs('zones');
      return ok<'pointEvents'>({
        id,
        zoneId,
        points: 0,
        reason: text,
        date: now.slice(0, 10),
        isSample: false,
      });
  }
}

function ok<T extends EditableTable>(row: RowOf[T]): { ok: true; row: AnyRow } {
  return { ok: true, row };
}
