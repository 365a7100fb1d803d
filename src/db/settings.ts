import type { ArenaDatabase } from './database';

export async function setActiveScorecard(db: ArenaDatabase, scorecardId: string): Promise<void> {
  await db.settings.put({ key: 'activeScorecardId', value: scorecardId });
}
