import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';
import type { ArenaDatabase, Setting } from './database';

/** Column id → shown; columns not listed use the table's default. */
export type ColumnVisibility = Record<string, boolean>;

const keyFor = (scorecardId: string): Setting['key'] => `columnVisibility:${scorecardId}`;

/** Parses a stored visibility, dropping anything that is not `id → boolean` (old or hand-edited rows). */
export function parseColumnVisibility(text: string | undefined): ColumnVisibility {
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  } catch {
    return {};
  }
}

export async function readColumnVisibility(
  db: ArenaDatabase,
  scorecardId: string,
): Promise<ColumnVisibility> {
  return parseColumnVisibility((await db.settings.get(keyFor(scorecardId)))?.value);
}

export async function saveColumnVisibility(
  db: ArenaDatabase,
  scorecardId: string,
  visibility: ColumnVisibility,
): Promise<void> {
  await db.settings.put({ key: keyFor(scorecardId), value: JSON.stringify(visibility) });
}

/** The stored visibility of a scorecard's table columns (undefined while loading). */
export function useColumnVisibility(scorecardId: string): ColumnVisibility | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readColumnVisibility(db, scorecardId), [db, scorecardId]);
}
