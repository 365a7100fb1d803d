import { useLiveQuery } from 'dexie-react-hooks';
import type { Bundle } from '../formats/bundle';
import type { Source } from '../scoring/model';
import { useDatabase } from './DatabaseContext';
import type { WeightSet } from './database';
import { readBundle } from './dataset';

/** The persisted dataset as the screens read it: every bundle table. */
export type ArenaData = Omit<Bundle, 'format' | 'version' | 'meta'> & {
  asOf: string;
  sources: Source[];
};

/** What the user chose on this machine, kept apart from the dataset (see useUserChoices). */
export interface UserChoices {
  weightSets: WeightSet[];
  /** The scorecard the board shows; null until the user picks one (the first is shown then). */
  activeScorecardId: string | null;
}

/**
 * One live query over every table, read in a single transaction so a screen never sees half of
 * an import. Returns undefined while loading and null when the database holds no dataset.
 */
export function useArenaData(): ArenaData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.transaction('r', db.dataTables, async () => {
        const bundle = await readBundle(db);
        if (!bundle) return null;
        const { format: _format, version: _version, meta, ...tables } = bundle;
        return {
          ...tables,
          asOf: meta.asOf,
          sources: meta.sources,
        } satisfies ArenaData;
      }),
    [db],
  );
}

/**
 * The saved weights and the active scorecard, in a live query of their own: a weight is saved
 * after every slider gesture, and if that re-ran the dataset query, every move would re-read all
 * facts from IndexedDB and hand the engine a new input to prepare again.
 */
export function useUserChoices(): UserChoices | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.weightSets, db.settings], async () => ({
        weightSets: await db.weightSets.toArray(),
        activeScorecardId: (await db.settings.get('activeScorecardId'))?.value ?? null,
      })),
    [db],
  );
}
