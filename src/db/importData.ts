/**
 * Writes an import plan (src/formats/import) in ONE Dexie transaction, after an automatic backup
 * whose id is returned so the UI can offer undo (runUndoable). Two modes:
 * - `merge`: rows the file carries are added or overwrite the rows with the same id (facts are
 *   matched by zone × indicator × period, so an imported figure replaces the stored one); all
 *   other data stays.
 * - `replace`: a bundle replaces the whole dataset; a wide or long sheet replaces every fact of
 *   the periods it covers (zones, indicators, scorecards and other periods stay).
 * Either the whole plan is written or nothing is: any failure aborts the transaction.
 */
import { BUNDLE_TABLES } from '../formats/bundle';
import { canCommit, type ImportPlan } from '../formats/import/plan';
import type { ArenaDatabase } from './database';
import { takeBackup } from './dataset';

export type ImportMode = 'merge' | 'replace';

export async function applyImportPlan(
  db: ArenaDatabase,
  plan: ImportPlan,
  mode: ImportMode,
): Promise<number | null> {
  if (!canCommit(plan)) throw new Error(`${plan.fileName}: the plan still has errors`);
  const backupId = await takeBackup(db, 'import');
  await db.transaction('rw', [...db.dataTables, db.weightSets], async () => {
    if (plan.bundle) await writeBundlePlan(db, plan, mode);
    else await writeTabularPlan(db, plan, mode);
    const record = await db.datasets.get('dataset');
    const meta = plan.bundle && mode === 'replace' ? plan.bundle.meta : record?.meta;
    if (meta === undefined) throw new Error('no dataset to import into');
    await db.datasets.put({ id: 'dataset', meta, origin: 'imported', loadedAt: new Date().toISOString() });
  });
  return backupId;
}

async function writeBundlePlan(db: ArenaDatabase, plan: ImportPlan, mode: ImportMode): Promise<void> {
  const bundle = plan.bundle;
  if (!bundle) return;
  if (mode === 'replace') {
    // Weights saved for scorecards the new data may not have would point at missing nodes.
    await Promise.all([...db.dataTables, db.weightSets].map((table) => table.clear()));
  }
  for (const table of BUNDLE_TABLES) await db.table(table).bulkPut(bundle[table]);
  if (plan.weightSets) {
    await db.weightSets.bulkPut(
      plan.weightSets.map(({ scorecardId, weights, updatedAt }) => ({
        scorecardId,
        weights,
        updatedAt: updatedAt ?? new Date().toISOString(),
      })),
    );
  }
}

async function writeTabularPlan(db: ArenaDatabase, plan: ImportPlan, mode: ImportMode): Promise<void> {
  await db.periods.bulkPut(plan.periods);
  await db.indicators.bulkPut(plan.indicators);
  if (mode === 'replace') {
    const periodIds = [...new Set(plan.facts.map((change) => change.fact.periodId))];
    await db.facts.where('periodId').anyOf(periodIds).delete();
    await db.facts.bulkPut(plan.facts.map((change) => change.fact));
    return;
  }
  // Unchanged facts keep their stored source quote; only new and changed figures are written.
  await db.facts.bulkPut(
    plan.facts.filter((change) => change.status !== 'same').map((change) => change.fact),
  );
}
