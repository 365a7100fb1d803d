import { useLiveQuery } from 'dexie-react-hooks';
import type { Bundle } from '../formats/bundle';
import type { Source } from '../scoring/model';
import { useDatabase } from './DatabaseContext';
import type { WeightSet } from './database';
import { readBundle } from './dataset';

/** The persisted dataset as the screens read it: every bundle table, plus the user's choices. */
export type ArenaData = Omit<Bundle, 'format' | 'version' | 'meta'> & {
  asOf: string;
  sources: Source[];
  weightSets: WeightSet[];
  /** The scorecard the board shows; null until the user picks one (the first is shown then). */
  activeScorecardId: string | null;
};

/**
 * One live query over every table, read in a single transaction so a screen never sees half of
 * an import. Returns undefined while loading and null when the database holds no dataset.
 */
export function useArenaData(): ArenaData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.transaction('r', [...db.dataTables, db.weightSets, db.settings], async () => {
        const bundle = await readBundle(db);
        if (!bundle) return null;
        const { format: _format, version: _version, meta, ...tables } = bundle;
        return {
          ...tables,
          asOf: meta.asOf,
          sources: meta.sources,
          weightSets: await db.weightSets.toArray(),
          activeScorecardId: (await db.settings.get('activeScorecardId'))?.value ?? null,
        } satisfies ArenaData;
      }),
    [db],
  );
}
