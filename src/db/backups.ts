import { useLiveQuery } from 'dexie-react-hooks';
import type { Bundle } from '../formats/bundle';
import type { BundleWeightSet } from '../formats/bundleFile';
import { useDatabase } from './DatabaseContext';
import type { ArenaDatabase, Backup } from './database';
import { type BackupContent, readBundle } from './dataset';

/** What the backups list shows of one backup without handing the whole text to React. */
export interface BackupSummary {
  id: number;
  reason: Backup['reason'];
  createdAt: string;
  /** Length of the stored JSON text in UTF-16 code units (≈ bytes for the mostly-ASCII JSON). */
  size: number;
  counts: { zones: number; facts: number; targets: number; juryScores: number } | null;
}

function summarise(backup: Backup): BackupSummary {
  let counts: BackupSummary['counts'] = null;
  try {
    const { bundle } = JSON.parse(backup.contentJson) as BackupContent;
    counts = {
      zones: bundle.zones.length,
      facts: bundle.facts.length,
      targets: bundle.targets.length,
      juryScores: bundle.juryScores.length,
    };
  } catch {
    // A damaged backup is still listed (its counts unknown); restoring it reports the error.
  }
  return {
    id: backup.id ?? 0,
    reason: backup.reason,
    createdAt: backup.createdAt,
    size: backup.contentJson.length,
    counts,
  };
}

/** The automatic backups, newest first; undefined while loading. */
export function useBackups(): BackupSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.backups.reverse().toArray()).map(summarise), [db]);
}

/** The bundle and weights of one backup, as a download writes them. */
export async function readBackupContent(
  db: ArenaDatabase,
  backupId: number,
): Promise<{ bundle: Bundle; weightSets: BundleWeightSet[] }> {
  const backup = await db.backups.get(backupId);
  if (!backup) throw new Error(`backup ${backupId} not found`);
  const content = JSON.parse(backup.contentJson) as BackupContent;
  return { bundle: content.bundle, weightSets: content.weightSets };
}

/** The current data and weights, read in one transaction so the file is never half of an import. */
export async function readCurrentContent(
  db: ArenaDatabase,
): Promise<{ bundle: Bundle; weightSets: BundleWeightSet[] } | null> {
  return db.transaction('r', [...db.dataTables, db.weightSets], async () => {
    const bundle = await readBundle(db);
    return bundle ? { bundle, weightSets: await db.weightSets.toArray() } : null;
  });
}
