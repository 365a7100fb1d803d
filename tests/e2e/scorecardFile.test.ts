import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

async function openBoard(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

interface ScorecardFile {
  scorecard: {
    id: string;
    name: { zh: string; en: string };
    root: { children: { id: string; weight: number }[] };
  };
}

describe('scorecard file round trip in Chromium', () => {
  it('exports the scorecard, imports an edited copy as a new scorecard, and keeps it after a reload', async () => {
    const app = await openBoard();
    const downloadPromise = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: '导出评分方案 (JSON)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.scorecard\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as ScorecardFile;
    expect(exported.scorecard.root.children.map((child) => child.weight)).toEqual([35, 20, 35, 10]);

    // A colleague's variant: only the plans dimension counts.
    const variant = structuredClone(exported);
    variant.scorecard.id = 'plans-only';
    variant.scorecard.name = { zh: '只看谈打算', en: 'Plans only' };
    for (const child of variant.scorecard.root.children) child.weight = child.id === 'dim-plans' ? 100 : 0;
    await app.page.getByLabel('导入评分方案…').setInputFiles({
      name: 'plans-only.scorecard.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(variant)),
    });
    const picker = app.page.getByRole('combobox', { name: '当前评分方案' });
    await expect.poll(() => picker.inputValue()).toBe('plans-only');
    await expect
      .poll(async () => (await readBoard(app.page)).every((row) => row.total === row.dimensions[2]))
      .toBe(true);
    const rankedOnPlans = await readBoard(app.page);

    await app.page.reload();
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    expect(await picker.inputValue()).toBe('plans-only');
    expect(await readBoard(app.page)).toEqual(rankedOnPlans);

    await picker.selectOption('contest-2023');
    await expect.poll(async () => (await readBoard(app.page))[0]?.total).not.toBe(rankedOnPlans[0]?.total);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('refuses a broken scorecard, naming the JSON path, and changes nothing', async () => {
    const app = await openBoard();
    const before = await readBoard(app.page);
    const broken = {
      format: 'leitai-arena-scorecard',
      version: 1,
      scorecard: {
        id: 'x',
        name: { zh: '坏', en: 'Bad' },
        revision: 1,
        periodId: '2023Q1',
        missing: { policy: 'skip', minCoverage: 0.5 },
        root: {
          id: 'root',
          name: { zh: '总', en: 'T' },
          weight: 1,
          aggregation: 'arithmetic',
          children: [
            {
              id: 'leaf',
              name: { zh: '叶', en: 'L' },
              weight: -3,
              indicatorId: 'jury-plans',
              normalisation: { method: 'none' },
            },
          ],
        },
      },
    };
    await app.page.getByLabel('导入评分方案…').setInputFiles({
      name: 'broken.scorecard.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('$.scorecard.root.children[0].weight');
    expect(await alert.textContent()).toContain('broken.scorecard.json');
    expect(await app.page.getByRole('combobox', { name: '当前评分方案' }).inputValue()).toBe('contest-2023');
    expect(await readBoard(app.page)).toEqual(before);
    await app.context.close();
  });
});
