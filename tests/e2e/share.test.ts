import { describe, expect, it } from 'vitest';
import { type BoardRowView, readBoard, waitForBoardChange } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

async function waitForBoard(app: AppPage): Promise<BoardRowView[]> {
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return readBoard(app.page);
}

/** The ranking as rank → zone, independent of how the table happens to be sorted. */
function ranking(rows: BoardRowView[]): string[] {
  return rows.map((row) => `${row.rank} ${row.zoneId} ${row.total}`).sort();
}

describe('share link in Chromium', () => {
  it('copies a link that reproduces the ranking in a fresh browser, viewing before saving', async () => {
    const sender = await openPage('#/');
    const bundledBoard = await waitForBoard(sender);
    // A what-if the sender has not saved as a scorecard: no weight on 展实绩.
    const slider = sender.page.getByRole('slider', { name: '“展实绩”的权重' }).first();
    await slider.focus();
    await sender.page.keyboard.press('Home');
    const sentBoard = await waitForBoardChange(sender.page, bundledBoard);
    expect(ranking(sentBoard)).not.toEqual(ranking(bundledBoard));

    await sender.page.getByRole('button', { name: '复制分享链接' }).click();
    const field = sender.page.getByRole('textbox', { name: '分享链接' });
    await field.waitFor();
    expect(
      await sender.page
        .getByText(/链接只包含评分方案和权重，不包含数据/)
        .first()
        .isVisible(),
    ).toBe(true);
    const link = await field.inputValue();
    const hash = new URL(link).hash;
    expect(hash).toMatch(/^#\/share\/z[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(8192);

    // A new context has its own, empty IndexedDB: only the link travels.
    const recipient = await openPage(hash);
    const banner = recipient.page.getByRole('heading', {
      name: '这个链接带来了评分方案「功能区擂台赛（默认）」',
    });
    await banner.waitFor();
    // The same-id warning needs the recipient's own database, which is still seeding: wait for it.
    await expect
      .poll(() => recipient.page.getByText(/链接只包含评分方案和权重，不包含数据/).isVisible())
      .toBe(true);
    await expect.poll(() => recipient.page.getByText(/本机已有同一 id 的评分方案/).isVisible()).toBe(true);
    await recipient.page.getByRole('button', { name: '查看' }).click();
    expect(ranking(await waitForBoard(recipient))).toEqual(ranking(sentBoard));

    // Viewing wrote nothing: the recipient's own board is still the bundled ranking.
    await recipient.page.evaluate(() => {
      window.location.hash = '#/';
    });
    expect(ranking(await waitForBoard(recipient))).toEqual(ranking(bundledBoard));

    // Saving stores it (after a backup) and makes it the board's scorecard, with an undo.
    await recipient.page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await recipient.page.getByRole('button', { name: '保存到本机' }).click();
    await expect.poll(() => recipient.page.evaluate(() => window.location.hash)).toBe('#/');
    await expect.poll(async () => ranking(await waitForBoard(recipient))).toEqual(ranking(sentBoard));
    expect(await recipient.page.getByText(/已保存评分方案“功能区擂台赛（默认）”/).isVisible()).toBe(true);
    await recipient.page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => ranking(await readBoard(recipient.page))).toEqual(ranking(bundledBoard));

    expect(sender.errors).toEqual([]);
    expect(recipient.errors).toEqual([]);
    expect(recipient.foreignRequests).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });

  it('refuses a damaged link with a reason and leaves the data alone', async () => {
    const app = await openPage('#/share/zAAAA-broken');
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('无法打开这个分享链接');
    expect(await alert.textContent()).toContain('链接已损坏');
    await app.page.getByRole('link', { name: '返回排行榜' }).first().click();
    await waitForBoard(app);
    await app.context.close();
  });
});
