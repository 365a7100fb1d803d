import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Bundle, emptyBundle } from '../formats/bundle';
import { ArenaDatabase } from './database';
import {
  BACKUPS_KEPT,
  clearSampleData,
  ensureSeeded,
  readBundle,
  resetToBundled,
  restoreBackup,
  saveWeights,
  writeBundle,
} from './dataset';

function smallBundle(zoneIds: string[]): Bundle {
  const bundle = emptyBundle({ title: { zh: '测试', en: 'Test' }, asOf: '2023-04-14', sources: [] });
  bundle.zones = zoneIds.map((id) => ({
    id,
    name: { zh: id, en: id },
    shortName: { zh: id, en: id },
    categoryId: 'c',
    color: '#000000',
  }));
  bundle.judges = [{ id: 'j1', name: { zh: '示例评委', en: 'Sample judge' }, isSample: true }];
  bundle.juryScores = zoneIds.flatMap((zoneId, index) => [
    { id: `s-${zoneId}`, judgeId: 'j1', zoneId, indicatorId: 'jury', score: 80 + index, isSample: true },
    { id: `r-${zoneId}`, judgeId: 'j2', zoneId, indicatorId: 'jury', score: 70 + index, isSample: false },
  ]);
  return bundle;
}

let db: ArenaDatabase;
let dbCounter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`test-${dbCounter++}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('ensureSeeded', () => {
  it('seeds on the first run and reads IndexedDB alone afterwards', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return smallBundle(['a', 'b']);
    };
    expect(await ensureSeeded(db, load)).toBe('seeded');
    expect(await ensureSeeded(db, load)).toBe('existing');
    expect(loads).toBe(1);
    expect(await db.zones.count()).toBe(2);
  });

  it('seeds once when two tabs start at the same moment', async () => {
    const load = async () => smallBundle(['a', 'b', 'c']);
    const outcomes = await Promise.all([ensureSeeded(db, load), ensureSeeded(db, load)]);
    expect(outcomes.filter((outcome) => outcome === 'seeded')).toHaveLength(1);
    expect(await db.zones.count()).toBe(3);
  });
});

describe('readBundle / writeBundle', () => {
  it('round-trips a bundle unchanged (rows come back in id order)', async () => {
    const bundle = smallBundle(['b', 'a']);
    await writeBundle(db, bundle, 'bundled');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(await readBundle(db)).toEqual({
      ...bundle,
      zones: [...bundle.zones].sort(byId),
      juryScores: [...bundle.juryScores].sort(byId),
    });
  });

  it('leaves the previous data untouched when a write fails half way', async () => {
    await writeBundle(db, smallBundle(['a', 'b']), 'bundled');
    const broken = smallBundle(['x']);
    // A zone without a primary key makes bulkPut throw after the tables were cleared.
    (broken.zones as unknown[]).push({ name: 'no id' });
    await expect(writeBundle(db, broken, 'imported')).rejects.toThrow();
    expect((await db.zones.toArray()).map((zone) => zone.id)).toEqual(['a', 'b']);
  });
});

describe('destructive actions are backed up and undoable', () => {
  it('undoes a reset to the bundled data, weights included', async () => {
    await writeBundle(db, smallBundle(['mine']), 'imported');
    await saveWeights(db, 'card', { 'dim-a': 10 });
    const backupId = await resetToBundled(db, async () => smallBundle(['a', 'b']));
    expect(backupId).not.toBeNull();
    expect((await db.zones.toArray()).map((zone) => zone.id)).toEqual(['a', 'b']);
    expect(await db.weightSets.count()).toBe(0);

    await restoreBackup(db, backupId as number);
    expect((await db.zones.toArray()).map((zone) => zone.id)).toEqual(['mine']);
    expect((await db.weightSets.get('card'))?.weights).toEqual({ 'dim-a': 10 });
    expect((await db.datasets.get('dataset'))?.origin).toBe('imported');
  });

  it('clears only sample jury scores and judges, and can undo it', async () => {
    await writeBundle(db, smallBundle(['a', 'b']), 'bundled');
    const backupId = await clearSampleData(db);
    expect((await db.juryScores.toArray()).every((score) => !score.isSample)).toBe(true);
    expect(await db.juryScores.count()).toBe(2);
    expect(await db.judges.count()).toBe(0);
    await restoreBackup(db, backupId as number);
    expect(await db.juryScores.count()).toBe(4);
  });

  it(`keeps the last ${BACKUPS_KEPT} backups`, async () => {
    await writeBundle(db, smallBundle(['a']), 'bundled');
    for (let index = 0; index < BACKUPS_KEPT + 3; index++) await clearSampleData(db);
    expect(await db.backups.count()).toBe(BACKUPS_KEPT);
  });
});
