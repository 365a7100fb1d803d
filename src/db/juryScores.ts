import type { Judge, JuryScore, LocalizedText } from '../scoring/model';
import type { ArenaDatabase } from './database';
import { takeBackup } from './dataset';

/** Which cell of the jury grid: a judge's score of a zone on a jury indicator. */
export interface JuryCell {
  judgeId: string;
  zoneId: string;
  indicatorId: string;
}

/** The stored score of a cell, or null when the judge has not scored it. */
export async function readJuryScore(db: ArenaDatabase, cell: JuryCell): Promise<number | null> {
  const records = await recordsOf(db, cell);
  return records[0]?.score ?? null;
}

/**
 * Writes a real score typed at the meeting (isSample false), or removes the cell's score when
 * `score` is null. One transaction; returns the score it replaced so the grid can undo the edit.
 * Validation against the indicator's scale happens before this is called (juryScoreText.ts).
 */
export async function setJuryScore(
  db: ArenaDatabase,
  cell: JuryCell,
  score: number | null,
): Promise<number | null> {
  if (score !== null && !Number.isFinite(score))
    throw new Error(`jury score must be a finite number, got ${score}`);
  return db.transaction('rw', db.juryScores, async () => {
    const records = await recordsOf(db, cell);
    const previous = records[0]?.score ?? null;
    // An imported file may hold the same cell twice; after an edit it holds it once.
    await db.juryScores.bulkDelete(records.map((record) => record.id));
    if (score !== null) {
      await db.juryScores.put({ id: juryScoreId(cell), ...cell, score, isSample: false } satisfies JuryScore);
    }
    return previous;
  });
}

/**
 * Removes the sample scores of one jury indicator (and sample judges left with no score at all)
 * before real scores are entered, after a backup. Returns the backup id for the undo toast.
 */
export async function clearSampleJuryScores(db: ArenaDatabase, indicatorId: string): Promise<number | null> {
  const backupId = await takeBackup(db, 'clear-sample');
  await db.transaction('rw', db.juryScores, db.judges, async () => {
    await db.juryScores
      .where('indicatorId')
      .equals(indicatorId)
      .filter((score) => score.isSample)
      .delete();
    const scoring = new Set(await db.juryScores.orderBy('judgeId').uniqueKeys());
    await db.judges.filter((judge) => judge.isSample && !scoring.has(judge.id)).delete();
  });
  return backupId;
}

/** Adds a real judge for the meeting; returns its id. */
export async function addJudge(db: ArenaDatabase, name: LocalizedText): Promise<string> {
  const judge: Judge = { id: newJudgeId(), name, isSample: false };
  await db.judges.add(judge);
  return judge.id;
}

export async function renameJudge(db: ArenaDatabase, judgeId: string, name: LocalizedText): Promise<void> {
  const updated = await db.judges.update(judgeId, { name });
  if (updated === 0) throw new Error(`judge ${judgeId} not found`);
}

/** Removes a judge and every score they gave, after a backup; returns the backup id for the undo toast. */
export async function removeJudge(db: ArenaDatabase, judgeId: string): Promise<number | null> {
  const backupId = await takeBackup(db, 'remove-judge');
  await db.transaction('rw', db.juryScores, db.judges, async () => {
    await db.juryScores.where('judgeId').equals(judgeId).delete();
    await db.judges.delete(judgeId);
  });
  return backupId;
}

/**
 * Judge ids sort in the order the judges were added (base-36 time, zero-padded), so the grid's
 * columns keep that order without a schema change; the suffix keeps two adds in one millisecond apart.
 */
export function newJudgeId(now = Date.now()): string {
  const suffix = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `judge-${now.toString(36).padStart(10, '0')}-${suffix}`;
}

function juryScoreId(cell: JuryCell): string {
  return `jury:${cell.judgeId}:${cell.zoneId}:${cell.indicatorId}`;
}

function recordsOf(db: ArenaDatabase, cell: JuryCell): Promise<JuryScore[]> {
  return db.juryScores
    .where('zoneId')
    .equals(cell.zoneId)
    .filter((score) => score.judgeId === cell.judgeId && score.indicatorId === cell.indicatorId)
    .toArray();
}
