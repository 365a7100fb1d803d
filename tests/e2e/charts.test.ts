import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

async function openBoard(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

/** The zone ids in the order a chart drew them (ChartHost's data-order, set from the option). */
async function drawnOrder(page: Page, selector: string): Promise<string[]> {
  const order = await page.locator(selector).getAttribute('data-order');
  return (order ?? '').split(' ').filter(Boolean);
}

/** The table's zone ids in rank order (ties in the table's order). */
async function tableRankOrder(page: Page): Promise<string[]> {
  const rows = await readBoard(page);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.rank - b.row.rank || a.index - b.index)
    .map(({ row }) => row.zoneId);
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

const TOTAL_CHART = '.chart-panel .ranking-chart[data-order]';
const CONTRIBUTION_CHART = '.chart-panel .contribution-chart[data-order]';
const ROBUSTNESS_CHART = '.robustness-chart [data-order]';

describe('charts in Chromium (production build)', () => {
  it('draws the bar race in the table’s rank order, follows a slider, and animates the change', async () => {
    const app = await openBoard();
    await app.page.locator(`${TOTAL_CHART} canvas`).first().waitFor();
    expect(await drawnOrder(app.page, TOTAL_CHART)).toEqual(await tableRankOrder(app.page));

    const initial = await tableRankOrder(app.page);
    const dimensionCount = (await readBoard(app.page))[0]?.dimensions.length ?? 0;
    let sawReorder = false;
    for (let dimension = 0; dimension < dimensionCount && !sawReorder; dimension++) {
      await isolateDimension(app, dimension);
      const expected = await tableRankOrder(app.page);
      await expect.poll(() => drawnOrder(app.page, TOTAL_CHART)).toEqual(expected);
      if (expected.join() !== initial.join()) {
        sawReorder = true;
        // The bars are still moving shortly after the change and settle within the animation time.
        const chart = app.page.locator(TOTAL_CHART);
        const during = await chart.screenshot();
        await app.page.waitForTimeout(1_200);
        const settled = await chart.screenshot();
        await app.page.waitForTimeout(300);
        expect(during.equals(settled)).toBe(false);
        expect((await chart.screenshot()).equals(settled)).toBe(true);
      }
    }
    expect(sawReorder).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('switches to the contributions view: one stacked series per dimension, in rank order', async () => {
    const app = await openBoard();
    const toggle = app.page.getByRole('group', { name: '图表视图' });
    await expect
      .poll(() => toggle.getByRole('button', { name: '总分' }).getAttribute('aria-pressed'))
      .toBe('true');
    await toggle.getByRole('button', { name: '各维度贡献' }).click();
    expect(await toggle.getByRole('button', { name: '各维度贡献' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await app.page.locator(`${CONTRIBUTION_CHART} canvas`).first().waitFor();
    const dimensionCount = (await readBoard(app.page))[0]?.dimensions.length ?? 0;
    expect(dimensionCount).toBeGreaterThanOrEqual(3);
    expect(await app.page.locator(CONTRIBUTION_CHART).getAttribute('data-series-count')).toBe(
      String(dimensionCount),
    );
    expect(await drawnOrder(app.page, CONTRIBUTION_CHART)).toEqual(await tableRankOrder(app.page));
    expect(await app.page.locator('.chart-caption').textContent()).toContain('加权汇总');
    // And back to the totals.
    await toggle.getByRole('button', { name: '总分' }).click();
    await app.page.locator(`${TOTAL_CHART} canvas`).first().waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('draws the robustness chart in current-rank order with a band per tier', async () => {
    const app = await openBoard();
    const status = app.page.locator('.robustness-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^已完成/);
    const chart = app.page.locator(ROBUSTNESS_CHART);
    await chart.locator('canvas').first().waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    const tableRows = await app.page.$$eval('table.robustness-table tbody tr', (trs) =>
      trs.map((tr) => ({
        zoneId: (tr as HTMLElement).dataset.zoneId ?? '',
        current: Number(tr.querySelector('td')?.textContent),
      })),
    );
    const byCurrent = tableRows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => a.row.current - b.row.current || a.index - b.index)
      .map(({ row }) => row.zoneId);
    const drawn = await drawnOrder(app.page, ROBUSTNESS_CHART);
    expect([...drawn].sort()).toEqual([...byCurrent].sort());
    const currentOf = new Map(tableRows.map((row) => [row.zoneId, row.current]));
    const drawnRanks = drawn.map((id) => currentOf.get(id) ?? Number.NaN);
    expect(drawnRanks).toEqual([...drawnRanks].sort((a, b) => a - b));
    const tierCount = await app.page.locator('table.robustness-table tbody.robustness-tier').count();
    expect(Number(await chart.getAttribute('data-tier-count'))).toBe(tierCount);
    // The chart has drawn something (not a blank canvas).
    const box = await chart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(200);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
