import type { ArenaDatabase } from '../db/database';
import { saveSnapshot } from '../db/snapshots';
import type { BoardState } from './useBoardModel';

/**
 * Saves the ranking on screen as a snapshot (the baseline for "rank change since"). A weight still
 * in the draft is saved first, so the snapshot's weights are the ones that produced its ranks.
 */
export async function freezeBoard(db: ArenaDatabase, board: BoardState, note: string): Promise<void> {
  board.editing.flush();
  const { model } = board;
  await saveSnapshot(db, {
    scorecardId: model.scorecard.id,
    scorecardRevision: model.scorecard.revision,
    periodId: model.scorecard.periodId,
    weights: board.weights,
    result: model.rows.map((row) => ({ zoneId: row.zone.id, rank: row.rank, total: row.total })),
    note,
  });
}
