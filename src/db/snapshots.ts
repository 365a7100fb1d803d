import type { ArenaDatabase, Snapshot, SnapshotEntry } from './database';

export interface SnapshotInput {
  scorecardId: string;
  scorecardRevision: number;
  periodId: string;
  weights: Readonly<Record<string, number>>;
  result: readonly SnapshotEntry[];
  note: string;
}

/** The dataset's version as a snapshot records it: as-of date and load time (new on every import or reset). */
export async function currentDataVersion(db: ArenaDatabase): Promise<string> {
  const record = await db.datasets.get('dataset');
  return record ? `${record.meta.asOf}@${record.loadedAt}` : 'none';
}

/** Freezes a ranking with a note; returns the new snapshot's id. */
export async function saveSnapshot(
  db: ArenaDatabase,
  input: SnapshotInput,
  now = new Date(),
): Promise<number> {
  return db.transaction('rw', db.snapshots, db.datasets, async () => {
    const snapshot: Snapshot = {
      scorecardId: input.scorecardId,
      scorecardRevision: input.scorecardRevision,
      periodId: input.periodId,
      weights: { ...input.weights },
      dataVersion: await currentDataVersion(db),
      result: input.result.map(({ zoneId, rank, total }) => ({ zoneId, rank, total })),
      createdAt: now.toISOString(),
      note: input.note.trim(),
    };
    const id = await db.snapshots.add(snapshot);
    if (id === undefined) throw new Error('IndexedDB did not return an id for the new snapshot');
    return id;
  });
}

/** A scorecard's snapshots, newest first. */
export async function listSnapshots(db: ArenaDatabase, scorecardId: string): Promise<Snapshot[]> {
  const snapshots = await db.snapshots.where('scorecardId').equals(scorecardId).toArray();
  return snapshots.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id ?? 0) - (a.id ?? 0));
}

/** Deletes a snapshot and returns it, so the caller can offer undo with `restoreSnapshot`. */
export async function deleteSnapshot(db: ArenaDatabase, id: number): Promise<Snapshot | undefined> {
  return db.transaction('rw', db.snapshots, async () => {
    const snapshot = await db.snapshots.get(id);
    if (snapshot) await db.snapshots.delete(id);
    return snapshot;
  });
}

/** Puts a deleted snapshot back under its old id (undo of `deleteSnapshot`). */
export async function restoreSnapshot(db: ArenaDatabase, snapshot: Snapshot): Promise<void> {
  await db.snapshots.put(snapshot);
}
