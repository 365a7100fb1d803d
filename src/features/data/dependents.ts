import type { RowChange } from '../../db/dataEdits';
import type { BundleTable } from '../../formats/bundle';
import { isGroupNode, type ScorecardNode } from '../../scoring/model';
import type { AnyRow, DataTables, EditableTable } from './tableSpecs';

/** Rows of other tables that refer to a zone or an indicator, table by table. */
export interface Dependents {
  table: BundleTable;
  rows: { id: string }[];
}

const ZONE_REFERRERS = ['facts', 'targets', 'texts', 'shortfalls', 'juryScores', 'pointEvents'] as const;
const INDICATOR_REFERRERS = ['facts', 'targets', 'juryScores'] as const;

export function dependentsOf(table: EditableTable, row: AnyRow, data: DataTables): Dependents[] {
  const referrers = table === 'zones' ? ZONE_REFERRERS : table === 'indicators' ? INDICATOR_REFERRERS : [];
  const field = table === 'zones' ? 'zoneId' : 'indicatorId';
  return referrers
    .map((referrer) => ({
      table: referrer,
      rows: (data[referrer] as { id: string }[]).filter(
        (other) => (other as unknown as Record<string, unknown>)[field] === row.id,
      ),
    }))
    .filter((group) => group.rows.length > 0);
}

export function countDependents(table: EditableTable, row: AnyRow, data: DataTables): number {
  const rows = dependentsOf(table, row, data).reduce((sum, group) => sum + group.rows.length, 0);
  return rows + scorecardsUsing(table, row, data).length;
}

/** Scorecards whose tree scores this indicator: deleting it would break them, so it is refused. */
export function scorecardsUsing(table: EditableTable, row: AnyRow, data: DataTables) {
  if (table !== 'indicators') return [];
  const uses = (node: ScorecardNode): boolean =>
    isGroupNode(node) ? node.children.some(uses) : node.indicatorId === row.id;
  return data.scorecards.filter(
    (card) => uses(card.root) || (card.vetoes ?? []).some((veto) => veto.indicatorId === row.id),
  );
}

/** Deleting a row and, explicitly, every row that depends on it: one undoable edit. */
export function cascadeDelete(table: EditableTable, row: AnyRow, data: DataTables): RowChange[] {
  const dependents = dependentsOf(table, row, data).flatMap((group) =>
    group.rows.map((dependent) => ({ table: group.table, before: dependent, after: null })),
  );
  return [...dependents, { table, before: row, after: null }];
}
