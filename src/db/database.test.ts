import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArenaDatabase } from './database';

describe('ArenaDatabase schema versions', () => {
  it('upgrades a version 1 database to version 2 keeping every row', async () => {
    const name = 'upgrade-from-v1';
    // The schema as version 1 of the app declared it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      datasets: 'id',
      categories: 'id',
      zones: 'id, categoryId',
      periods: 'id',
      indicators: 'id, kind',
      facts: 'id, zoneId, indicatorId, periodId',
      targets: 'id, zoneId, indicatorId, periodId',
      texts: 'id, zoneId, kind',
      shortfalls: 'id, zoneId',
      judges: 'id',
      juryScores: 'id, zoneId, judgeId, indicatorId, isSample',
      pointEvents: 'id, zoneId',
      scorecards: 'id',
      weightSets: 'scorecardId',
      backups: '++id, createdAt',
    });
    await v1.table('zones').put({ id: 'z1', name: { zh: '一区', en: 'Zone 1' } });
    await v1.table('weightSets').put({ scorecardId: 'card', weights: { dim: 7 }, updatedAt: '2023-04-14' });
    v1.close();

    const db = new ArenaDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.zones.get('z1')).toMatchObject({ name: { zh: '一区' } });
    expect((await db.weightSets.get('card'))?.weights).toEqual({ dim: 7 });
    await db.settings.put({ key: 'activeScorecardId', value: 'card' });
    expect((await db.settings.get('activeScorecardId'))?.value).toBe('card');
    await db.delete();
  });
});
