import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

interface BundledCard {
  id: string;
  revision: number;
  root: { children: { id: string; name: { zh: string } }[] };
}

describe('scorecard editor in Chromium', () => {
  it('edits a weight and a normalisation, refuses bad goalposts, saves, and re-ranks the board', async () => {
    const bundle = JSON.parse(await readFile('data/qingdao-2023-arena.json', 'utf8')) as {
      scorecards: BundledCard[];
    };
    const bundled = bundle.scorecards[0] as BundledCard;
    const app = await openPage('#/');
    const { page } = app;
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const before = await readBoard(page);

    await page.getByRole('navigation').getByRole('link', { name: '评分方案' }).click();
    await page.getByText('方案有效。').waitFor();
    const quantitative = page.locator('li[data-node-id="dim-quantitative"] > fieldset');
    await quantitative.getByLabel('权重').fill('70');

    const leaf = page.locator('li[data-node-id="leaf-projects-introduced"] > fieldset');
    await leaf.getByLabel('标准化').selectOption('goalposts');
    await leaf.getByLabel('下限（得 0 分）').fill('300');
    await leaf.getByLabel('上限（得 100 分）').fill('100');
    const hi = leaf.getByLabel('上限（得 100 分）');
    await expect.poll(() => hi.getAttribute('aria-invalid')).toBe('true');
    const fieldMessage = leaf.locator('.field-issue');
    expect(await fieldMessage.textContent()).toContain('300');
    const summary = page.locator('.editor-issues');
    expect(await summary.textContent()).toContain('$.root.children[3].children[0].normalisation.hi');
    expect(await page.getByRole('button', { name: '保存', exact: true }).isDisabled()).toBe(true);

    await leaf.getByLabel('下限（得 0 分）').fill('0');
    await page.getByText('方案有效。').waitFor();
    expect(await fieldMessage.count()).toBe(0);

    const methodology = (await page.getByRole('region', { name: '方法说明' }).textContent()) ?? '';
    for (const dimension of bundled.root.children) expect(methodology).toContain(dimension.name.zh);
    expect(methodology).toContain('S = 100 ×（x − 0）/（100 − 0），截断到 0–100');

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page
      .getByText(`第 ${bundled.revision + 1} 版`)
      .first()
      .waitFor();
    expect(await page.getByText('没有未保存的修改').count()).toBe(1);

    await page.getByRole('navigation').getByRole('link', { name: '排行榜' }).click();
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const picker = page.getByRole('combobox', { name: '当前评分方案' });
    await expect
      .poll(() => picker.locator('option:checked').textContent())
      .toContain(`r${bundled.revision + 1}`);
    const after = await readBoard(page);
    expect(after.map((row) => row.total)).not.toEqual(before.map((row) => row.total));
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
