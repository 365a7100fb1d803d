import { BUNDLE_TABLES, type Bundle, emptyBundle } from '../formats/bundle';
import type { ArenaDatabase, Backup, DatasetRecord, WeightSet } from './database';

/** What a backup holds: the data and the user's weights, everything reset or restore replaces. */
export interface BackupContent {
  bundle: Bundle;
  origin: DatasetRecord['origin'];
  weightSets: WeightSet[];
}

/** How many automatic backups are kept; older ones are dropped. */
export const BACKUPS_KEPT = 10;

export async function readBundle(db: ArenaDatabase): Promise<Bundle | null> {
  return db.transaction('r', db.dataTables, async () => {
    const record = await db.datasets.get('dataset');
    if (!record) return null;
    const bundle = emptyBundle(record.meta);
    for (const table of BUNDLE_TABLES) {
      // Each table holds exactly the element type of the bundle's array of the same name.
      (bundle[table] as unknown[]) = await db.table(table).toArray();
    }
    return bundle;
  });
}

/** Replaces the whole dataset in one transaction: readers see the old data or the new, never a mix. */
export async function writeBundle(
  db: ArenaDatabase,
  bundle: Bundle,
  origin: DatasetRecord['origin'],
  weightSets: WeightSet[] = [],
): Promise<void> {
  await db.transaction('rw', [...db.dataTables, db.weightSets], async () => {
    await Promise.all([...db.dataTables, db.weightSets].map((table) => table.clear()));
    await db.datasets.put({ id: 'dataset', meta: bundle.meta, origin, loadedAt: new Date().toISOString() });
    for (const table of BUNDLE_TABLES) {
      await db.table(table).bulkPut(bundle[table]);
    }
    await db.weightSets.bulkPut(weightSets);
  });
}

/**
 * Seeds the bundled dataset on the first run only; later runs read IndexedDB alone.
 * The existence check is repeated inside the write transaction so two tabs opening at once
 * cannot both seed.
 */
export async function ensureSeeded(
  db: ArenaDatabase,
  load: () => Promise<Bundle>,
): Promise<'seeded' | 'existing'> {
  if (await db.datasets.get('dataset')) return 'existing';
  const bundle = await load();
  return db.transaction('rw', [...db.dataTables, db.weightSets], async () => {
    if (await db.datasets.get('dataset')) return 'existing';
    await writeBundle(db, bundle, 'bundled');
    return 'seeded';
  });
}

export async function takeBackup(db: ArenaDatabase, reason: Backup['reason']): Promise<number | null> {
  const bundle = await readBundle(db);
  const record = await db.datasets.get('dataset');
  if (!bundle || !record) return null;
  const content: BackupContent = { bundle, origin: record.origin, weightSets: await db.weightSets.toArray() };
  return db.transaction('rw', db.backups, async () => {
    const id = await db.backups.add({
      reason,
      createdAt: new Date().toISOString(),
      contentJson: JSON.stringify(content),
    });
    const ids = await db.backups.orderBy('id').primaryKeys();
    const excess = ids.length - BACKUPS_KEPT;
    if (excess > 0) await db.backups.bulkDelete(ids.slice(0, excess));
    return id ?? null;
  });
}

/** Restores a backup after taking one of the current data; returns that backup's id (for undo). */
export async function restoreBackup(db: ArenaDatabase, backupId: number): Promise<number | null> {
  const backup = await db.backups.get(backupId);
  if (!backup) throw new Error(`backup ${backupId} not found`);
  const content = JSON.parse(backup.contentJson) as BackupContent;
  const undoId = await takeBackup(db, 'restore');
  await writeBundle(db, content.bundle, content.origin, content.weightSets);
  return undoId;
}

/** Reset to the bundled data, after a backup so the reset can be undone. Returns the backup id. */
export async function resetToBundled(db: ArenaDatabase, load: () => Promise<Bundle>): Promise<number | null> {
  const bundle = await load();
  const backupId = await takeBackup(db, 'reset');
  await writeBundle(db, bundle, 'bundled');
  return backupId;
}

/** Removes every sample jury score, sample judge and sample point event, after a backup. */
export async function clearSampleData(db: ArenaDatabase): Promise<number | null> {
  const backupId = await takeBackup(db, 'clear-sample');
  await db.transaction('rw', db.juryScores, db.judges, db.pointEvents, async () => {
    await db.juryScores.filter((score) => score.isSample).delete();
    await db.judges.filter((judge) => judge.isSample).delete();
    await db.pointEvents.filter((event) => event.isSample).delete();
  });
  return backupId;
}

export async function saveWeights(db: ArenaDatabase, scorecardId: string, weights: Record<string, number>) {
  await db.weightSets.put({ scorecardId, weights, updatedAt: new Date().toISOString() });
}
