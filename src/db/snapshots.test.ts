import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../formats/bundle';
import { parseColumnVisibility, readColumnVisibility, saveColumnVisibility } from './columnVisibility';
import { ArenaDatabase } from './database';
import { writeBundle } from './dataset';
import {
  deleteSnapshot,
  listSnapshots,
  restoreSnapshot,
  type SnapshotInput,
  saveSnapshot,
} from './snapshots';

let db: ArenaDatabase;
let dbCounter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`snapshots-test-${dbCounter++}`);
  await db.open();
  const bundle = emptyBundle({ title: { zh: '测试', en: 'Test' }, asOf: '2023-04-14', sources: [] });
  await writeBundle(db, bundle, 'bundled');
});

afterEach(async () => {
  await db.delete();
});

function input(overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    scorecardId: 'card',
    scorecardRevision: 3,
    periodId: '2023Q1',
    weights: { dim: 2 },
    result: [
      { zoneId: 'east', rank: 1, total: 90 },
      { zoneId: 'west', rank: 2, total: 80 },
    ],
    note: '  第一次会议  ',
    ...overrides,
  };
}

describe('saveSnapshot', () => {
  it('freezes the ranking with the rules, the data version, the time and the trimmed note', async () => {
    const id = await saveSnapshot(db, input(), new Date('2023-04-14T08:00:00Z'));
    const saved = await db.snapshots.get(id);
    expect(saved).toMatchObject({
      scorecardId: 'card',
      scorecardRevision: 3,
      periodId: '2023Q1',
      weights: { dim: 2 },
      result: [
        { zoneId: 'east', rank: 1, total: 90 },
        { zoneId: 'west', rank: 2, total: 80 },
      ],
      createdAt: '2023-04-14T08:00:00.000Z',
      note: '第一次会议',
    });
    expect(saved?.dataVersion).toMatch(/^2023-04-14@/);
  });
});

describe('listSnapshots', () => {
  it("lists one scorecard's snapshots, newest first", async () => {
    await saveSnapshot(db, input({ note: 'old' }), new Date('2023-01-01T00:00:00Z'));
    await saveSnapshot(db, input({ note: 'new' }), new Date('2023-02-01T00:00:00Z'));
    await saveSnapshot(db, input({ scorecardId: 'other', note: 'other' }), new Date('2023-03-01T00:00:00Z'));
    expect((await listSnapshots(db, 'card')).map((snapshot) => snapshot.note)).toEqual(['new', 'old']);
  });
});

describe('deleteSnapshot', () => {
  it('deletes a snapshot and hands it back so restoreSnapshot can undo exactly', async () => {
    const id = await saveSnapshot(db, input());
    const before = await db.snapshots.get(id);
    const deleted = await deleteSnapshot(db, id);
    expect(await db.snapshots.count()).toBe(0);
    if (!deleted) throw new Error('nothing deleted');
    await restoreSnapshot(db, deleted);
    expect(await db.snapshots.get(id)).toEqual(before);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await deleteSnapshot(db, 999)).toBeUndefined();
  });
});

describe('column visibility', () => {
  it('is kept per scorecard', async () => {
    await saveColumnVisibility(db, 'card', { 'dim:a': false, 'leaf:x': true });
    expect(await readColumnVisibility(db, 'card')).toEqual({ 'dim:a': false, 'leaf:x': true });
    expect(await readColumnVisibility(db, 'other')).toEqual({});
  });

  it.each([
    [undefined, {}],
    ['not json', {}],
    ['[true]', {}],
    ['{"a":true,"b":"yes"}', { a: true }],
  ])('parses %s leniently', (text, expected) => {
    expect(parseColumnVisibility(text)).toEqual(expected);
  });
});
