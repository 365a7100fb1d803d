import { type ReactNode, useCallback, useState } from 'react';
import { type ColumnVisibility, saveColumnVisibility, useColumnVisibility } from '../db/columnVisibility';
import { useDatabase } from '../db/DatabaseContext';
import { deleteSnapshot, restoreSnapshot } from '../db/snapshots';
import type { BaselineRanks } from '../features/leaderboard/rankChange';
import { SnapshotControls } from '../features/leaderboard/SnapshotControls';
import type { Language } from '../i18n/messages';
import type { Translate } from '../i18n/useT';
import { freezeBoard } from './freezeBoard';
import { useBaseline } from './useBaseline';
import type { BoardState } from './useBoardModel';

export interface TableExtras {
  controls: ReactNode;
  columnVisibility: ColumnVisibility | undefined;
  onColumnVisibilityChange: (visibility: ColumnVisibility) => void;
  baseline: BaselineRanks | null;
}

/**
 * The leaderboard table's persisted parts: column visibility per scorecard (Dexie settings, so it
 * survives a reload and travels with backups of the database, not with a session store), saved
 * snapshots and the baseline the rank-change column compares against.
 */
export function useTableExtras(
  board: BoardState | null | undefined,
  language: Language,
  t: Translate,
): TableExtras {
  const db = useDatabase();
  const scorecardId = board?.model.scorecard.id ?? '';
  const stored = useColumnVisibility(scorecardId);
  // A checkbox must change the moment it is clicked; the saved copy catches up a moment later.
  const [chosen, setChosen] = useState<{ scorecardId: string; visibility: ColumnVisibility } | null>(null);
  const columnVisibility = chosen?.scorecardId === scorecardId ? chosen.visibility : stored;
  const baseline = useBaseline(board?.input ?? null, board?.weights ?? {}, language);
  const onColumnVisibilityChange = useCallback(
    (visibility: ColumnVisibility) => {
      setChosen({ scorecardId, visibility });
      void saveColumnVisibility(db, scorecardId, visibility);
    },
    [db, scorecardId],
  );
  const controls = board ? (
    <SnapshotControls
      snapshots={baseline.snapshots}
      periods={baseline.periods}
      baseline={baseline.value}
      onBaselineChange={baseline.setValue}
      onSave={(note) => freezeBoard(db, board, note)}
      onDelete={async (id) => {
        const deleted = await deleteSnapshot(db, id);
        return deleted ? () => restoreSnapshot(db, deleted) : undefined;
      }}
      t={t}
    />
  ) : null;
  return { controls, columnVisibility, onColumnVisibilityChange, baseline: baseline.ranks };
}
