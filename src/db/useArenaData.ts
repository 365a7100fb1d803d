import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Category,
  Fact,
  Indicator,
  JuryScore,
  Period,
  Scorecard,
  Shortfall,
  Source,
  Target,
  Zone,
  ZoneText,
} from '../scoring/model';
import { useDatabase } from './DatabaseContext';
import type { WeightSet } from './database';

/** The persisted dataset as the screens read it. */
export interface ArenaData {
  asOf: string;
  sources: Source[];
  categories: Category[];
  zones: Zone[];
  periods: Period[];
  indicators: Indicator[];
  facts: Fact[];
  targets: Target[];
  texts: ZoneText[];
  shortfalls: Shortfall[];
  juryScores: JuryScore[];
  scorecards: Scorecard[];
  weightSets: WeightSet[];
}

/**
 * One live query over every table, read in a single transaction so a screen never sees half of
 * an import. Returns undefined while loading and null when the database holds no dataset.
 */
export function useArenaData(): ArenaData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.transaction('r', [...db.dataTables, db.weightSets], async () => {
        const dataset = await db.datasets.get('dataset');
        if (!dataset) return null;
        const [
          categories,
          zones,
          periods,
          indicators,
          facts,
          targets,
          texts,
          shortfalls,
          juryScores,
          scorecards,
        ] = await Promise.all([
          db.categories.toArray(),
          db.zones.toArray(),
          db.periods.toArray(),
          db.indicators.toArray(),
          db.facts.toArray(),
          db.targets.toArray(),
          db.texts.toArray(),
          db.shortfalls.toArray(),
          db.juryScores.toArray(),
          db.scorecards.toArray(),
        ]);
        return {
          asOf: dataset.meta.asOf,
          sources: dataset.meta.sources,
          categories,
          zones,
          periods,
          indicators,
          facts,
          targets,
          texts,
          shortfalls,
          juryScores,
          scorecards,
          weightSets: await db.weightSets.toArray(),
        } satisfies ArenaData;
      }),
    [db],
  );
}
