import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../formats/bundle';
import type { Fact, Zone } from '../scoring/model';
import { ArenaDatabase } from './database';
import { applyRowChanges, EditConflictError, type RowChange } from './dataEdits';
import { writeBundle } from './dataset';

const zone: Zone = {
  id: 'z1',
  name: { zh: '一区', en: 'Zone 1' },
  shortName: { zh: '一', en: 'Z1' },
  categoryId: 'c',
  color: '#112233',
};
const fact: Fact = {
  id: 'f1',
  zoneId: 'z1',
  indicatorId: 'i1',
  periodId: '2023',
  value: 10,
  source: { sourceId: 's', text: '引进项目10个' },
};

let db: ArenaDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`edits-${counter++}`);
  const bundle = emptyBundle({ title: { zh: '测', en: 'T' }, asOf: '2023-04-14', sources: [] });
  bundle.zones = [zone];
  bundle.facts = [fact];
  await writeBundle(db, bundle, 'bundled');
});

afterEach(async () => {
  await db.delete();
});

const edited: Fact = {
  ...fact,
  value: 12,
  userEdit: { editedAt: '2026-12-02T00:00:00Z', originalValue: 10 },
};

describe('applyRowChanges', () => {
  it('writes a change and its undo restores the exact row', async () => {
    const changes: RowChange[] = [{ table: 'facts', before: fact, after: edited }];
    await applyRowChanges(db, changes, 'do');
    expect(await db.facts.get('f1')).toEqual(edited);
    await applyRowChanges(db, changes, 'undo');
    expect(await db.facts.get('f1')).toEqual(fact);
    expect(JSON.stringify(await db.facts.get('f1'))).toBe(JSON.stringify(fact));
  });

  it('renames a row (the old key goes) and undo brings the old key back', async () => {
    const renamed = { ...fact, id: 'f2' };
    const changes: RowChange[] = [{ table: 'facts', before: fact, after: renamed }];
    await applyRowChanges(db, changes, 'do');
    expect(await db.facts.toCollection().primaryKeys()).toEqual(['f2']);
    await applyRowChanges(db, changes, 'undo');
    expect(await db.facts.toArray()).toEqual([fact]);
  });

  it('deletes a zone with its facts in one edit and undoes both', async () => {
    const changes: RowChange[] = [
      { table: 'facts', before: fact, after: null },
      { table: 'zones', before: zone, after: null },
    ];
    await applyRowChanges(db, changes, 'do');
    expect(await db.zones.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    await applyRowChanges(db, changes, 'undo');
    expect(await db.zones.toArray()).toEqual([zone]);
    expect(await db.facts.toArray()).toEqual([fact]);
  });

  it('refuses an undo over a change made elsewhere and writes nothing', async () => {
    const recoloured: Zone = { ...zone, color: '#000000' };
    const changes: RowChange[] = [
      { table: 'zones', before: zone, after: recoloured },
      { table: 'facts', before: fact, after: edited },
    ];
    await applyRowChanges(db, changes, 'do');
    await db.facts.put({ ...edited, value: 99 });
    await expect(applyRowChanges(db, changes, 'undo')).rejects.toBeInstanceOf(EditConflictError);
    expect((await db.zones.get('z1'))?.color).toBe('#000000');
    expect((await db.facts.get('f1'))?.value).toBe(99);
  });

  it('refuses to add a row whose id is already taken', async () => {
    const duplicate: Fact = { ...fact, value: 1 };
    await expect(
      applyRowChanges(db, [{ table: 'facts', before: null, after: duplicate }], 'do'),
    ).rejects.toBeInstanceOf(EditConflictError);
    expect(await db.facts.toArray()).toEqual([fact]);
  });
});
