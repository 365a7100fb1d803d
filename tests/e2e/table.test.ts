import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

async function openBoard(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

const headers = (app: AppPage) => app.page.locator('table.ranking-table thead th').allTextContents();

describe('leaderboard table in Chromium (production build)', () => {
  it('hides and shows a dimension column from the columns menu, and keeps the choice after a reload', async () => {
    const app = await openBoard();
    const before = await headers(app);
    const menu = app.page.getByRole('button', { name: '列', exact: true });
    await menu.focus();
    await app.page.keyboard.press('Enter');
    const first = app.page.getByRole('group', { name: '维度列' }).getByRole('checkbox').first();
    const name = (await first.evaluate((input) => input.parentElement?.textContent)) ?? '';
    expect(before.join()).toContain(name);
    await first.focus();
    await app.page.keyboard.press('Space');
    await expect.poll(() => headers(app)).toHaveLength(before.length - 1);
    expect((await headers(app)).join()).not.toContain(name);
    await app.page.waitForTimeout(300);
    await app.page.reload();
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    await expect.poll(() => headers(app)).toHaveLength(before.length - 1);
    await app.page.getByRole('button', { name: '列', exact: true }).click();
    await app.page
      .getByRole('group', { name: '维度列' })
      .getByRole('checkbox', { name, exact: true })
      .check();
    await expect.poll(() => headers(app)).toEqual(before);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows rank-change arrows against a saved snapshot that match the rank differences', async () => {
    const app = await openBoard();
    const saved = await readBoard(app.page);
    await app.page.getByRole('button', { name: '保存快照' }).click();
    await app.page.getByLabel('快照备注').fill('第一次会议');
    await app.page.getByRole('button', { name: '保存', exact: true }).click();
    const select = app.page.getByLabel('对比基线');
    await expect.poll(() => select.locator('option').count()).toBe(2);
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value ?? '');
    // Against itself nothing has moved.
    await expect
      .poll(() => app.page.locator('td.rank-change').allTextContents())
      .toEqual(saved.map(() => '=名次不变'));
    // Move the weights until the ranking changes.
    const sliders = app.page.getByRole('slider');
    await sliders.nth(0).focus();
    await app.page.keyboard.press('End');
    await sliders.nth(1).focus();
    await app.page.keyboard.press('Home');
    const savedRank = new Map(saved.map((row) => [row.zoneId, row.rank]));
    await expect
      .poll(async () => (await readBoard(app.page)).some((row) => row.rank !== savedRank.get(row.zoneId)))
      .toBe(true);
    const changes = await app.page.$$eval('table.ranking-table tbody tr', (rows) =>
      rows.map((row) => ({
        zoneId: (row as HTMLElement).dataset.zoneId ?? '',
        rank: Number.parseInt(row.children[0]?.textContent ?? '', 10),
        change: Number((row.querySelector('td.rank-change') as HTMLElement | null)?.dataset.rankChange),
        text: row.querySelector('td.rank-change')?.textContent ?? '',
      })),
    );
    for (const row of changes) {
      const difference = (savedRank.get(row.zoneId) ?? 0) - row.rank;
      expect(row.change, row.zoneId).toBe(difference);
      if (difference > 0) expect(row.text).toBe(`▲${difference}上升 ${difference} 位`);
      else if (difference < 0) expect(row.text).toBe(`▼${-difference}下降 ${-difference} 位`);
      else expect(row.text).toBe('=名次不变');
    }
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('badges the zones whose result uses the sample jury scores', async () => {
    const app = await openBoard();
    const badges = app.page.locator('table.ranking-table tbody .badge-sample');
    expect(await badges.count()).toBe(9);
    expect(await badges.first().textContent()).toBe('示例');
    await app.context.close();
  });
});
