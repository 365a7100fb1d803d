import type { Scorecard } from '../scoring/model';
import type { ArenaDatabase } from './database';
import { takeBackup } from './dataset';

/**
 * Saves an imported (or edited) scorecard, replacing any with the same id (DESIGN §8: a backup
 * first, then one transaction). The scorecard's saved weight set is cleared with it: the file's
 * weights are the ones it brings, and stale overrides must not silently win over them.
 * Returns the backup id, so the caller can offer an undo.
 */
export async function saveScorecard(db: ArenaDatabase, scorecard: Scorecard): Promise<number | null> {
  const backupId = await takeBackup(db, 'import');
  // Table names, not table objects: checking Table<Scorecard> against Dexie's Table<any> makes
  // TypeScript expand the node tree's key paths forever (see ArenaDatabase.dataTables).
  await db.transaction('rw', ['scorecards', 'weightSets'], async () => {
    await db.scorecards.put(scorecard);
    await db.weightSets.delete(scorecard.id);
  });
  return backupId;
}
