import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

interface RobustnessRowView {
  zoneId: string;
  tier: string;
  cells: string[];
}

/** The robustness table as displayed: tier label (from its row group), then the data cells. */
async function readRobustness(page: Page): Promise<RobustnessRowView[]> {
  return page.$$eval('table.robustness-table tbody', (groups) =>
    groups.flatMap((group) => {
      const tier = group.querySelector('.robustness-tier-label')?.textContent ?? '';
      return Array.from(group.querySelectorAll('tr'), (tr) => ({
        zoneId: (tr as HTMLElement).dataset.zoneId ?? '',
        tier,
        cells: Array.from(tr.querySelectorAll('td'), (cell) => cell.textContent ?? ''),
      }));
    }),
  );
}

async function waitForDone(app: AppPage): Promise<string> {
  const status = app.page.locator('.robustness-status');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^已完成|done in/);
  return (await status.textContent()) ?? '';
}

describe('rank robustness in Chromium (production build)', () => {
  it('computes a median rank and a 90 % interval for each of the nine zones in a Web Worker', async () => {
    const app = await openPage('#/');
    const workers: string[] = [];
    app.page.on('worker', (worker) => workers.push(worker.url()));
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const status = await waitForDone(app);
    expect(status).toMatch(/已完成 10,000 次抽样，用时 [\d,]+ 毫秒，随机种子 1。/);
    console.log(`robustness in the browser: ${status}`);

    const rows = await readRobustness(app.page);
    expect(rows).toHaveLength(9);
    const boardIds = await app.page.$$eval('table.ranking-table tbody tr', (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.zoneId ?? ''),
    );
    expect(rows.map((row) => row.zoneId).sort()).toEqual([...boardIds].sort());
    for (const row of rows) {
      const [current, median, interval, first] = row.cells;
      const currentRank = Number(current);
      const medianRank = Number(median);
      const bounds = /^第 (\d+)(?:–(\d+))? 名$/.exec(interval ?? '');
      expect(bounds, row.cells.join(' | ')).not.toBeNull();
      const lower = Number(bounds?.[1]);
      const upper = Number(bounds?.[2] ?? bounds?.[1]);
      expect(currentRank).toBeGreaterThanOrEqual(1);
      expect(lower).toBeLessThanOrEqual(medianRank);
      expect(medianRank).toBeLessThanOrEqual(upper);
      expect(upper).toBeLessThanOrEqual(9);
      expect(first).toMatch(/^\d+(\.\d)?%$/);
      expect(row.tier).toMatch(/^[A-Z] 梯队$/);
    }
    // Nine interval bars are drawn, and the explanation of tiers is there.
    expect(await app.page.locator('.robustness-bar').count()).toBe(9);
    expect(await app.page.getByText('同一梯队内各功能区的 90% 名次区间相互重叠').count()).toBe(1);
    // The analysis ran in the module worker, not on the page.
    expect(workers.some((url) => /robustness/.test(url))).toBe(true);
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('re-runs when a weight changes, saying that it is computing, and reruns on demand with new options', async () => {
    const app = await openPage('#/', '?lang=en');
    await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    await waitForDone(app);
    const before = await readRobustness(app.page);

    const slider = app.page.getByRole('slider').first();
    await slider.focus();
    await app.page.keyboard.press('End');
    await expect.poll(() => app.page.locator('.robustness-status').textContent()).toMatch(/^Computing…/);
    await waitForDone(app);
    expect(await readRobustness(app.page)).not.toEqual(before);

    await app.page.getByRole('combobox', { name: 'Perturbation' }).selectOption('uniform');
    await app.page.getByRole('spinbutton', { name: 'Spread (± %)' }).fill('0');
    await app.page.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await app.page.getByRole('button', { name: 'Run analysis' }).click();
    await expect
      .poll(() => app.page.locator('.robustness-status').textContent(), { timeout: 20_000 })
      .toMatch(/seed 7\.$/);
    // Without any spread every sample reproduces the board: interval = median = current rank.
    for (const row of await readRobustness(app.page)) {
      const [current, median, interval, first] = row.cells;
      expect(median, row.cells.join(' | ')).toBe(current);
      expect(interval).toBe(current);
      expect(first).toBe(current === '1' ? '100%' : '0%');
    }
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
