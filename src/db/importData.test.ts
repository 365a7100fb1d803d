import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../formats/bundle';
import { serialiseBundleFile } from '../formats/bundleFile';
import { planTextImport } from '../formats/import/importFile';
import type { ImportPlan } from '../formats/import/plan';
import type { Fact } from '../scoring/model';
import { ArenaDatabase } from './database';
import { readBundle, restoreBackup, writeBundle } from './dataset';
import { applyImportPlan } from './importData';

// Vitest runs from the repository root; jsdom's import.meta.url is not a file URL.
const bundled = JSON.parse(readFileSync('data/qingdao-2023-arena.json', 'utf8')) as Bundle;

let db: ArenaDatabase;
let dbCounter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`import-test-${dbCounter++}`);
  await db.open();
  await writeBundle(db, bundled, 'bundled');
});

afterEach(async () => {
  await db.delete();
});

function plan(text: string, periodId = '2023Q1'): ImportPlan {
  return planTextImport('test.csv', new TextEncoder().encode(text), bundled, { periodId });
}

async function factsOf(zoneId: string): Promise<Fact[]> {
  return db.facts.where('zoneId').equals(zoneId).toArray();
}

/** Everything the user could lose, minus the load time that every write stamps. */
async function dump() {
  const bundle = await readBundle(db);
  const dataset = await db.datasets.get('dataset');
  return { bundle, origin: dataset?.origin, weightSets: await db.weightSets.toArray() };
}

describe('applyImportPlan', () => {
  it('merges by id: the file’s figures replace the stored ones, everything else stays', async () => {
    const before = await db.facts.count();
    const stored = (await factsOf('hitech')).find((fact) => fact.indicatorId === 'projects-introduced');
    expect(stored?.periodId).toBe('2023Q1');
    const backupId = await applyImportPlan(
      db,
      plan('zone,projects-introduced\nhitech,99\nftz,1万个\n'),
      'merge',
    );
    expect(backupId).toEqual(expect.any(Number));
    const updated = await db.facts.get(stored?.id ?? '');
    expect(updated?.value).toBe(99);
    expect((await factsOf('ftz')).find((fact) => fact.indicatorId === 'projects-introduced')?.value).toBe(
      10000,
    );
    expect(await db.facts.count()).toBe(before + 1);
    expect((await db.datasets.get('dataset'))?.origin).toBe('imported');
  });

  it('replace: a sheet replaces every fact of its period and keeps other periods', async () => {
    const otherPeriod = await db.facts.where('periodId').equals('2023').count();
    await applyImportPlan(db, plan('zone,projects-introduced\nhitech,99\n'), 'replace');
    expect(await db.facts.where('periodId').equals('2023Q1').count()).toBe(1);
    expect(await db.facts.where('periodId').equals('2023').count()).toBe(otherPeriod);
  });

  it('replace: a bundle replaces the whole dataset, and the backup restores it exactly', async () => {
    const original = await dump();
    const small = { ...bundled, zones: bundled.zones.slice(0, 1), facts: [], targets: [], texts: [] };
    const bundlePlan = planTextImport('b.json', new TextEncoder().encode(JSON.stringify(small)), bundled, {
      periodId: '2023Q1',
    });
    expect(bundlePlan.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const backupId = await applyImportPlan(db, bundlePlan, 'replace');
    expect(await db.zones.count()).toBe(1);
    expect(await db.facts.count()).toBe(0);
    await restoreBackup(db, backupId ?? -1);
    expect(await dump()).toEqual(original);
  });

  it('refuses a plan that still has errors and writes nothing', async () => {
    const original = await dump();
    await expect(
      applyImportPlan(db, plan('zone,projects-introduced\nhitech,约3\n'), 'merge'),
    ).rejects.toThrow(/errors/);
    expect(await dump()).toEqual(original);
  });

  it('leaves the data exactly as it was when a write fails half-way', async () => {
    const original = await dump();
    const broken = plan('zone,projects-introduced,funds-in-place\nhitech,99,5\nftz,1,2\n');
    // The second fact has no key: IndexedDB rejects it after the first was written in the same transaction.
    const second = broken.facts[1];
    if (second) (second.fact as Partial<Fact>).id = undefined;
    await expect(applyImportPlan(db, broken, 'merge')).rejects.toThrow();
    expect(await dump()).toEqual(original);
    await expect(applyImportPlan(db, broken, 'replace')).rejects.toThrow();
    expect(await dump()).toEqual(original);
  });
});

describe('restoring a file downloaded from the Data screen', () => {
  it('brings back the data and the user’s weights in replace mode', async () => {
    const weights = {
      scorecardId: 'contest-2023',
      weights: { 'dim-plans': 80 },
      updatedAt: '2026-12-01T00:00:00Z',
    };
    const text = serialiseBundleFile(bundled, [weights]);
    await db.weightSets.clear();
    await db.facts.clear();
    const restored = planTextImport('leitai-arena-2026-12-01.json', new TextEncoder().encode(text), bundled, {
      periodId: '2023Q1',
    });
    expect(restored.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    await applyImportPlan(db, restored, 'replace');
    expect(await db.weightSets.toArray()).toEqual([weights]);
    expect(await db.facts.count()).toBe(bundled.facts.length);
  });

  it('warns about malformed weights and imports the data without them', async () => {
    const text = JSON.stringify({
      ...bundled,
      weightSets: [{ scorecardId: 'contest-2023', weights: { x: 'heavy' } }],
    });
    const restored = planTextImport('bad-weights.json', new TextEncoder().encode(text), bundled, {
      periodId: '2023Q1',
    });
    expect(restored.issues.map((issue) => [issue.severity, issue.column])).toContainEqual([
      'warning',
      '$.weightSets',
    ]);
    await db.weightSets.clear();
    await applyImportPlan(db, restored, 'replace');
    expect(await db.weightSets.count()).toBe(0);
  });
});
