import type { BundleTable } from '../formats/bundle';
import type { ArenaDatabase } from './database';

/** A row of any bundle table: every one is keyed by a string `id`. */
export interface KeyedRow {
  id: string;
}

/**
 * One row's change: added (before null), deleted (after null) or replaced. Keeping both sides
 * makes every edit exactly invertible, which is all undo needs.
 */
export interface RowChange {
  table: BundleTable;
  before: KeyedRow | null;
  after: KeyedRow | null;
}

/** Thrown when a row no longer is what the edit expects (changed in another tab, or restored). */
export class EditConflictError extends Error {
  constructor(
    readonly table: BundleTable,
    readonly rowId: string,
  ) {
    super(`${table}/${rowId} changed since this edit was made`);
    this.name = 'EditConflictError';
  }
}

/**
 * Applies the changes (`do`) or their inverse (`undo`) in one transaction. Each row is first
 * checked to be exactly what the other side of the change says, so an undo never overwrites a
 * change made elsewhere; on a mismatch nothing is written.
 */
export async function applyRowChanges(
  db: ArenaDatabase,
  changes: readonly RowChange[],
  direction: 'do' | 'undo',
): Promise<void> {
  const steps = direction === 'do' ? changes : [...changes].reverse().map(invert);
  const tables = [...new Set(steps.map((step) => step.table))];
  await db.transaction('rw', tables, async () => {
    for (const step of steps) {
      const table = db.table<KeyedRow, string>(step.table);
      const expected = step.before;
      const keys = new Set([expected?.id, step.after?.id].filter((key) => key !== undefined));
      for (const key of keys) {
        const current = await table.get(key);
        const wanted = expected?.id === key ? expected : undefined;
        if (!sameRow(current, wanted)) throw new EditConflictError(step.table, key);
      }
      if (expected && expected.id !== step.after?.id) await table.delete(expected.id);
      if (step.after) await table.put(step.after);
    }
  });
}

function invert(change: RowChange): RowChange {
  return { table: change.table, before: change.after, after: change.before };
}

/** Rows come back from IndexedDB with their keys in the order they were written, so JSON compares them. */
function sameRow(a: KeyedRow | undefined, b: KeyedRow | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
