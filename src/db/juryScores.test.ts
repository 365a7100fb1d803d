import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../formats/bundle';
import { ArenaDatabase } from './database';
import { restoreBackup, writeBundle } from './dataset';
import {
  addJudge,
  clearSampleJuryScores,
  newJudgeId,
  readJuryScore,
  removeJudge,
  renameJudge,
  setJuryScore,
} from './juryScores';

let db: ArenaDatabase;
let dbCounter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`jury-test-${dbCounter++}`);
  await db.open();
  const bundle = emptyBundle({ title: { zh: '测试', en: 'Test' }, asOf: '2023-04-14', sources: [] });
  bundle.judges = [
    { id: 'sample-j1', name: { zh: '示例评委一', en: 'Sample judge 1' }, isSample: true },
    { id: 'sample-j2', name: { zh: '示例评委二', en: 'Sample judge 2' }, isSample: true },
  ];
  bundle.juryScores = [
    { id: 's1a', judgeId: 'sample-j1', zoneId: 'a', indicatorId: 'show', score: 80, isSample: true },
    { id: 's2a', judgeId: 'sample-j2', zoneId: 'a', indicatorId: 'show', score: 82, isSample: true },
    { id: 's1p', judgeId: 'sample-j1', zoneId: 'a', indicatorId: 'plans', score: 70, isSample: true },
  ];
  await writeBundle(db, bundle, 'bundled');
});

afterEach(async () => {
  await db.delete();
});

const cell = { judgeId: 'judge-1', zoneId: 'a', indicatorId: 'show' };

describe('setJuryScore', () => {
  it('writes a real score, replaces it, clears it, and returns what it replaced', async () => {
    expect(await setJuryScore(db, cell, 88)).toBeNull();
    expect(await db.juryScores.where('judgeId').equals('judge-1').toArray()).toEqual([
      expect.objectContaining({ ...cell, score: 88, isSample: false }),
    ]);
    expect(await setJuryScore(db, cell, 90.5)).toBe(88);
    expect(await readJuryScore(db, cell)).toBe(90.5);
    expect(await setJuryScore(db, cell, null)).toBe(90.5);
    expect(await readJuryScore(db, cell)).toBeNull();
    expect(await db.juryScores.count()).toBe(3);
  });

  it('leaves one record for a cell an import held twice', async () => {
    await db.juryScores.bulkPut([
      { id: 'dup-1', ...cell, score: 60, isSample: false },
      { id: 'dup-2', ...cell, score: 61, isSample: false },
    ]);
    await setJuryScore(db, cell, 75);
    expect((await db.juryScores.where('judgeId').equals('judge-1').toArray()).map((s) => s.score)).toEqual([
      75,
    ]);
  });

  it('refuses a non-finite score and writes nothing', async () => {
    await expect(setJuryScore(db, cell, Number.NaN)).rejects.toThrow(/finite/);
    expect(await db.juryScores.count()).toBe(3);
  });
});

describe('clearSampleJuryScores', () => {
  it('removes one indicator’s sample scores after a backup that restores them', async () => {
    await setJuryScore(db, cell, 88);
    const backupId = await clearSampleJuryScores(db, 'show');
    expect(backupId).not.toBeNull();
    const left = await db.juryScores.toArray();
    expect(left.map((score) => score.id).sort()).toEqual(['jury:judge-1:a:show', 's1p']);
    // sample-j2 scored nothing else and goes; sample-j1 still holds a 谈打算 score and stays.
    expect((await db.judges.toArray()).map((judge) => judge.id)).toEqual(['sample-j1']);
    await restoreBackup(db, backupId as number);
    expect(await db.juryScores.count()).toBe(4);
    expect(await db.judges.count()).toBe(2);
  });
});

describe('judges', () => {
  it('adds judges in creation order, renames them, and removes one with its scores (undoable)', async () => {
    const first = await addJudge(db, { zh: '评委1', en: 'Judge 1' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await addJudge(db, { zh: '评委2', en: 'Judge 2' });
    expect(first < second).toBe(true);
    await renameJudge(db, first, { zh: '王老师', en: '王老师' });
    expect((await db.judges.get(first))?.name.zh).toBe('王老师');
    await setJuryScore(db, { ...cell, judgeId: first }, 90);
    const backupId = await removeJudge(db, first);
    expect(await db.judges.get(first)).toBeUndefined();
    expect(await db.juryScores.where('judgeId').equals(first).count()).toBe(0);
    await restoreBackup(db, backupId as number);
    expect(await readJuryScore(db, { ...cell, judgeId: first })).toBe(90);
  });

  it('refuses to rename a judge that does not exist', async () => {
    await expect(renameJudge(db, 'nobody', { zh: 'x', en: 'x' })).rejects.toThrow(/not found/);
  });

  it('makes ids that sort by time', () => {
    expect(newJudgeId(1_000) < newJudgeId(2_000)).toBe(true);
    expect(newJudgeId(35) < newJudgeId(36)).toBe(true);
  });
});
