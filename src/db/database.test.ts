import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArenaDatabase } from './database';

// The schema as version 1 of the app declared it: kept here verbatim, because upgrades must keep
// working from exactly what older browsers hold, whatever database.ts declares today.
const V1_STORES = {
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
};

describe('ArenaDatabase schema versions', () => {
  it('upgrades a version 1 database to the current version keeping every row', async () => {
    const name = 'upgrade-from-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('zones').put({ id: 'z1', name: { zh: '一区', en: 'Zone 1' } });
    await v1.table('weightSets').put({ scorecardId: 'card', weights: { dim: 7 }, updatedAt: '2023-04-14' });
    v1.close();

    const db = new ArenaDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.zones.get('z1')).toMatchObject({ name: { zh: '一区' } });
    expect((await db.weightSets.get('card'))?.weights).toEqual({ dim: 7 });
    await db.settings.put({ key: 'activeScorecardId', value: 'card' });
    expect((await db.settings.get('activeScorecardId'))?.value).toBe('card');
    await db.delete();
  });

  it('upgrades a version 2 database to version 3 keeping every row and adding snapshots', async () => {
    const name = 'upgrade-from-v2';
    // Version 2 as the app declared it: version 1's tables plus settings.
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores({ settings: 'key' });
    await v2.table('zones').put({ id: 'z1', name: { zh: '一区', en: 'Zone 1' } });
    await v2.table('settings').put({ key: 'activeScorecardId', value: 'card' });
    v2.close();

    const db = new ArenaDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.zones.get('z1')).toMatchObject({ name: { zh: '一区' } });
    expect((await db.settings.get('activeScorecardId'))?.value).toBe('card');
    const id = await db.snapshots.add({
      scorecardId: 'card',
      scorecardRevision: 1,
      periodId: '2023Q1',
      weights: {},
      dataVersion: 'v',
      result: [{ zoneId: 'z1', rank: 1, total: 50 }],
      createdAt: '2023-04-14T00:00:00.000Z',
      note: '',
    });
    expect(await db.snapshots.where('scorecardId').equals('card').count()).toBe(1);
    expect((await db.snapshots.get(id))?.result).toEqual([{ zoneId: 'z1', rank: 1, total: 50 }]);
    await db.delete();
  });

  it('upgrades a version 3 database to version 4 keeping every row and adding the meeting state', async () => {
    const name = 'upgrade-from-v3';
    // Version 3 as the app declared it: version 2 plus snapshots.
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores({ settings: 'key' });
    v3.version(3).stores({ snapshots: '++id, scorecardId, createdAt' });
    await v3.table('zones').put({ id: 'z1', name: { zh: '一区', en: 'Zone 1' } });
    const snapshotId = await v3.table('snapshots').add({ scorecardId: 'card', result: [], note: 'kept' });
    v3.close();

    const db = new ArenaDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.zones.get('z1')).toMatchObject({ name: { zh: '一区' } });
    expect((await db.snapshots.get(snapshotId as number))?.note).toBe('kept');
    expect(await db.meeting.count()).toBe(0);
    await db.meeting.put({
      id: 'meeting',
      order: ['z1'],
      currentZoneId: 'z1',
      stageMinutes: 8,
      timer: { startedAt: null, elapsedMs: 0 },
      reveal: { isActive: false, step: 0 },
      isBlack: false,
      theme: 'dark',
      revision: 1,
      presenterId: 'tab',
      updatedAt: 0,
    });
    expect((await db.meeting.get('meeting'))?.currentZoneId).toBe('z1');
    await db.delete();
  });
});
