import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BoardRowView, readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

const DEFAULT = '功能区擂台赛（默认） · 第 1 版';
const PLANS_ONLY = '只看谈打算 · 第 1 版';

interface BundledScorecard {
  id: string;
  name: { zh: string; en: string };
  root: { children: { id: string; weight: number }[] };
}

/** The bundled scorecard with all weight on 谈打算, imported as a second saved scorecard. */
async function importPlansOnly(app: AppPage): Promise<void> {
  const bundle = JSON.parse(await readFile('data/qingdao-2023-arena.json', 'utf8')) as {
    scorecards: BundledScorecard[];
  };
  const scorecard = structuredClone(bundle.scorecards[0] as BundledScorecard);
  scorecard.id = 'plans-only';
  scorecard.name = { zh: '只看谈打算', en: 'Plans only' };
  for (const child of scorecard.root.children) child.weight = child.id === 'dim-plans' ? 100 : 0;
  await app.page.getByLabel('导入评分方案…').setInputFiles({
    name: 'plans-only.scorecard.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'leitai-arena-scorecard', version: 1, scorecard })),
  });
  await expect
    .poll(() => app.page.getByRole('combobox', { name: '当前评分方案' }).inputValue())
    .toBe('plans-only');
}

/** What a scorecard ranks on its own, chosen in the picker: rank → zone. */
async function boardOf(page: Page, scorecardId: string): Promise<string[]> {
  await page.getByRole('combobox', { name: '当前评分方案' }).selectOption(scorecardId);
  await expect
    .poll(async () => {
      const rows = await readBoard(page);
      return rows.length === 9 && !rows.some((row) => Number.isNaN(row.rank));
    })
    .toBe(true);
  // Two reads a moment apart that agree: the board has settled on the chosen scorecard.
  let previous: BoardRowView[] = [];
  for (;;) {
    await page.waitForTimeout(200);
    const rows = await readBoard(page);
    if (JSON.stringify(rows) === JSON.stringify(previous)) return order(rows);
    previous = rows;
  }
}

function order(rows: BoardRowView[]): string[] {
  return rows.map((row) => `${row.rank} ${row.zoneId}`).sort();
}

async function raceOrder(page: Page, scenario: string): Promise<string[]> {
  const items = page.getByRole('list', { name: `情景“${scenario}”的名次` }).locator('li');
  const entries = await items.evaluateAll((lis) =>
    lis.map((li) => `${li.getAttribute('value')} ${(li as HTMLElement).dataset.zoneId}`),
  );
  return entries.sort();
}

describe('scenario race in Chromium', () => {
  it('shows scenario A’s order, then after "next" scenario B’s, each as the scorecard ranks on its own', async () => {
    const app = await openPage('#/');
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    await importPlansOnly(app);
    const plansOnly = await boardOf(app.page, 'plans-only');
    const bundled = await boardOf(app.page, 'contest-2023');
    expect(plansOnly).not.toEqual(bundled);

    const race = app.page.getByRole('region', { name: '情景对比：换一种权重，名次怎么变' });
    // Exactly two scenarios, whatever presets the bundle ships besides.
    const boxes = race.getByRole('checkbox');
    for (let index = 0; index < (await boxes.count()); index++) {
      const label = await boxes.nth(index).evaluate((box) => box.closest('label')?.textContent ?? '');
      if (label !== DEFAULT && label !== PLANS_ONLY) await boxes.nth(index).uncheck();
    }
    const showing = race.getByRole('status');
    await expect.poll(() => showing.textContent()).toBe(`情景 1/2：${DEFAULT}`);
    expect(await raceOrder(app.page, DEFAULT)).toEqual(bundled);
    // ECharts' aria module replaces the host's aria-label with its own description, so find it by class.
    const chart = race.locator('.scenario-chart');
    await chart.locator('canvas').first().waitFor();
    await app.page.waitForTimeout(800);
    const before = await chart.screenshot();

    await race.getByRole('button', { name: '下一个情景' }).click();
    await expect.poll(() => showing.textContent()).toBe(`情景 2/2：${PLANS_ONLY}`);
    expect(await raceOrder(app.page, PLANS_ONLY)).toEqual(plansOnly);
    // The chart follows: its bars are redrawn in the new scenario's order.
    await app.page.waitForTimeout(800);
    expect((await chart.screenshot()).equals(before)).toBe(false);

    // The table lines the two up; a zone whose place changes is named as depending on the weighting.
    const table = race.getByRole('table', { name: '各情景下的名次（名次变动大的在前）' });
    expect(await table.locator('tbody tr').count()).toBe(9);
    expect(await race.getByText(/^最依赖权重：/).textContent()).toMatch(/第 \d+–\d+ 名/);

    // Play steps on its own (every 2.5 s) and wraps round; pause stops it.
    await race.getByRole('button', { name: '播放' }).click();
    await expect.poll(() => showing.textContent(), { timeout: 6_000 }).toBe(`情景 1/2：${DEFAULT}`);
    await race.getByRole('button', { name: '暂停' }).click();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('steps without animation when the system asks for reduced motion, using the keyboard', async () => {
    const app = await openPage('#/');
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const race = app.page.getByRole('region', { name: '情景对比：换一种权重，名次怎么变' });
    await race.getByText('系统设置为减少动态效果：切换情景时不播放过渡动画。').waitFor();
    await race.getByRole('button', { name: '下一个情景' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => race.getByRole('status').textContent()).toMatch(/^情景 2\/\d+：/);
    await app.context.close();
  });
});
