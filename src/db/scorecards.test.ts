import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../formats/bundle';
import { buildLeaf, buildScorecard } from '../scoring/testFixtures';
import { ArenaDatabase } from './database';
import { readBundle, restoreBackup, saveWeights, writeBundle } from './dataset';
import { saveScorecard } from './scorecards';

let db: ArenaDatabase;
let dbCounter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`scorecards-test-${dbCounter++}`);
  await db.open();
  const bundle = emptyBundle({ title: { zh: '测试', en: 'Test' }, asOf: '2023-04-14', sources: [] });
  bundle.scorecards = [buildScorecard([buildLeaf('output')], { id: 'card', revision: 1 })];
  await writeBundle(db, bundle, 'bundled');
});

afterEach(async () => {
  await db.delete();
});

describe('saveScorecard', () => {
  it('replaces the scorecard with the same id and clears its saved weights, keeping others', async () => {
    await saveWeights(db, 'card', { output: 5 });
    await saveWeights(db, 'other-card', { x: 1 });
    const imported = buildScorecard([buildLeaf('output', { weight: 3 })], { id: 'card', revision: 7 });
    await saveScorecard(db, imported);
    expect(await db.scorecards.get('card')).toEqual(imported);
    expect(await db.weightSets.get('card')).toBeUndefined();
    expect(await db.weightSets.get('other-card')).toBeDefined();
  });

  it('adds a scorecard with a new id next to the existing ones', async () => {
    await saveScorecard(db, buildScorecard([buildLeaf('output')], { id: 'new-card' }));
    expect((await db.scorecards.toArray()).map((card) => card.id).sort()).toEqual(['card', 'new-card']);
  });

  it('takes an import backup first, so the overwrite can be undone', async () => {
    await saveWeights(db, 'card', { output: 5 });
    const backupId = await saveScorecard(db, buildScorecard([], { id: 'card', revision: 9 }));
    expect(backupId).not.toBeNull();
    expect((await db.backups.get(backupId ?? -1))?.reason).toBe('import');
    await restoreBackup(db, backupId ?? -1);
    expect((await readBundle(db))?.scorecards.map((card) => card.revision)).toEqual([1]);
    expect(await db.weightSets.get('card')).toMatchObject({ weights: { output: 5 } });
  });
});
