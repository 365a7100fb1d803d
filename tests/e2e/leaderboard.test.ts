import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const NINE_ZONES = [
  '上合示范区',
  '青岛自贸片区',
  '青岛经济技术开发区',
  '青岛高新区',
  '青岛蓝谷',
  '青岛国际邮轮港区',
  '青岛董家口经济区',
  '青岛金家岭金融聚集区',
  '青岛轨道交通产业示范区',
];

const openPage = chromiumForThisFile();

async function openBoard(query = ''): Promise<AppPage> {
  const app = await openPage('#/', query);
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

/** Sets every dimension weight to 0 except `keep`, which goes to the maximum, using the keyboard. */
async function isolateDimension(app: AppPage, keep: number) {
  const sliders = app.page.getByRole('slider');
  const count = await sliders.count();
  for (let index = 0; index < count; index++) {
    await sliders.nth(index).focus();
    await app.page.keyboard.press(index === keep ? 'End' : 'Home');
  }
}

describe('leaderboard in Chromium (production build)', () => {
  it('shows the nine zones ranked with competition ranks that agree with the totals', async () => {
    const app = await openBoard();
    const rows = await readBoard(app.page);
    expect(rows).toHaveLength(9);
    const names = await app.page.locator('table.ranking-table tbody th a').allTextContents();
    expect([...names].sort()).toEqual([...NINE_ZONES].sort());
    for (const row of rows) {
      expect(row.total, row.text).not.toBeNull();
      // Standard competition ranking: 1 + the number of zones with a strictly higher total.
      const higher = rows.filter((other) => (other.total ?? -1) > (row.total ?? -1)).length;
      expect(row.rank, row.text).toBe(higher + 1);
    }
    expect(await app.page.getByRole('note').textContent()).toContain('示例数据');
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('re-ranks while a weight slider moves: with one dimension alone, totals equal its scores', async () => {
    const app = await openBoard();
    const initial = await readBoard(app.page);
    const dimensionCount = initial[0]?.dimensions.length ?? 0;
    expect(dimensionCount).toBeGreaterThanOrEqual(3);
    let changedOrder = false;
    for (let dimension = 0; dimension < dimensionCount; dimension++) {
      await isolateDimension(app, dimension);
      const rows = await readBoard(app.page);
      for (const row of rows) {
        const score = row.dimensions[dimension];
        if (score !== null && score !== undefined) expect(row.total, row.text).toBeCloseTo(score, 1);
      }
      const order = rows.map((row) => row.zoneId).join();
      if (order !== initial.map((row) => row.zoneId).join()) changedOrder = true;
    }
    expect(changedOrder).toBe(true);
    await app.context.close();
  });

  it('keeps the weights and the ranking after a reload (IndexedDB)', async () => {
    const app = await openBoard();
    await isolateDimension(app, 0);
    const before = await readBoard(app.page);
    const sliderValues = await app.page
      .getByRole('slider')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // The save is debounced by 150 ms; give IndexedDB time to commit before reloading.
    await app.page.waitForTimeout(600);
    await app.page.reload();
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    expect(await readBoard(app.page)).toEqual(before);
    expect(
      await app.page
        .getByRole('slider')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(sliderValues);
    await app.context.close();
  });

  it('clears the sample jury scores in one action and undoes it exactly', async () => {
    const app = await openBoard();
    const before = await readBoard(app.page);
    await app.page.getByRole('button', { name: '清除示例评分' }).click();
    await expect.poll(() => app.page.getByRole('note').count()).toBe(0);
    // Without jury scores only the quantitative dimension (10 % of the weight, two zones) has data:
    // every zone falls below the 50 % coverage threshold and is flagged; none gets an invented score.
    await expect
      .poll(async () => (await readBoard(app.page)).filter((row) => row.text.includes('数据不足')).length)
      .toBe(9);
    await app.page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => app.page.getByRole('note').count()).toBe(1);
    await expect.poll(() => readBoard(app.page)).toEqual(before);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('speaks English with ?lang=en', async () => {
    const app = await openBoard('?lang=en');
    await expect.poll(() => app.page.locator('h1').first().textContent()).toBe('Leaderboard');
    expect(await app.page.getByRole('button', { name: 'Export…' }).count()).toBe(1);
    await app.context.close();
  });
});
