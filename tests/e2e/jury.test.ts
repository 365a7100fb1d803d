import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

/** Judge 1's 展实绩 score of each zone. */
const COLUMN: Record<string, string> = {
  上合: '80',
  自贸片区: '88',
  经开区: '76',
  高新区: '92',
  蓝谷: '84',
  邮轮港区: '79',
  董家口: '71',
  金家岭: '86',
  轨道交通: '90',
};

/** The zones as the grid lists them, top to bottom. */
async function zoneOrder(page: Page): Promise<string[]> {
  return page.locator('.jury-grid tbody th').allTextContents();
}

function cell(page: Page, judge: number, zone: string, indicator = '展实绩') {
  return page.getByRole('textbox', { name: `评委${judge} · ${zone} · ${indicator}`, exact: true });
}

async function openJury(): Promise<AppPage> {
  const app = await openPage('#/jury');
  await app.page.getByRole('table', { name: '“展实绩”评委打分表' }).waitFor();
  return app;
}

/** Adds three judges (评委1–3) with the button, as an operator would before the meeting. */
async function addThreeJudges(page: Page) {
  for (let n = 1; n <= 3; n++) {
    await page.getByRole('button', { name: '添加评委' }).click();
    await cell(page, n, '上合').waitFor();
  }
}

/** Types judge 1's column top to bottom with the keyboard, answering the sample-score prompt by clearing them. */
async function typeFirstColumn(page: Page) {
  const [first, ...rest] = await zoneOrder(page);
  expect(rest).toHaveLength(8);
  await cell(page, 1, first as string).click();
  await page.keyboard.type(`${COLUMN[first as string]}\n`);
  await page.getByRole('button', { name: '清除该指标的示例分，并保存这个分数' }).click();
  await expect.poll(() => cell(page, 1, first as string).inputValue()).toBe(COLUMN[first as string]);
  for (const zone of rest) await page.keyboard.type(`${COLUMN[zone]}\n`);
  const last = rest.at(-1) as string;
  await expect.poll(() => cell(page, 1, last).inputValue()).toBe(COLUMN[last]);
}

describe('jury score grid in Chromium (production build)', () => {
  it('takes a column typed with the keyboard, marks the dropped scores, refuses bad input, undoes, and keeps it all', async () => {
    const app = await openJury();
    const { page } = app;
    expect(await page.getByRole('link', { name: '评委打分' }).getAttribute('aria-current')).toBe('page');
    await addThreeJudges(page);
    await typeFirstColumn(page);
    // The sample scores of 展实绩 are gone (backed up, undoable); their columns with them.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已清除“展实绩”的示例分' }).count())
      .toBe(1);
    expect(await page.getByRole('textbox', { name: /^示例评委/ }).count()).toBe(0);

    // Judges 2 and 3 score 上合 across the row: 80, 95, 70 → drop 95 and 70 → 80.
    await cell(page, 2, '上合').click();
    await page.keyboard.type('95');
    await page.keyboard.press('Tab');
    await page.keyboard.type('70\n');
    const row = page.getByRole('row', { name: /^上合/ });
    await expect.poll(() => row.locator('.jury-combined-value').textContent()).toBe('80.00');
    await expect.poll(() => row.locator('.jury-progress').textContent()).toBe('3/3 位评委');
    const highest = cell(page, 2, '上合');
    const lowest = cell(page, 3, '上合');
    expect(await describedText(highest)).toBe('已去掉的最高分');
    expect(await describedText(lowest)).toBe('已去掉的最低分');
    expect(await describedText(cell(page, 1, '上合'))).toBe('');
    expect(await highest.evaluate((input) => getComputedStyle(input).textDecorationLine)).toBe(
      'line-through',
    );
    expect(await cell(page, 1, '上合').evaluate((input) => getComputedStyle(input).textDecorationLine)).toBe(
      'none',
    );
    // A zone with one score is flagged: 去掉最高分和最低分 needs three.
    expect(
      await page
        .getByRole('row', { name: /^自贸片区/ })
        .getByText(/评分不足/)
        .count(),
    ).toBe(1);

    // Out of range: refused at the cell, in Chinese, and nothing is written.
    await cell(page, 3, '自贸片区').click();
    await page.keyboard.type('150\n');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('150 超出范围：分数须在 0–100 之间。');
    await page.keyboard.press('Escape');
    expect(await cell(page, 3, '自贸片区').inputValue()).toBe('');
    // Full-width digits typed with an IME are read.
    await page.keyboard.press('Enter');
    await page.keyboard.type('８５\n');
    await expect.poll(() => cell(page, 3, '自贸片区').inputValue()).toBe('85');

    // Undo restores the previous score (Ctrl+Z in the grid), redo brings the edit back.
    await cell(page, 1, '上合').click();
    await page.keyboard.type('60\n');
    await expect.poll(() => cell(page, 1, '上合').inputValue()).toBe('60');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 1, '上合').inputValue()).toBe('80');
    await expect.poll(() => row.locator('.jury-combined-value').textContent()).toBe('80.00');

    // A reload reads everything back from IndexedDB.
    await page.reload();
    await page.getByRole('table', { name: '“展实绩”评委打分表' }).waitFor();
    for (const zone of Object.keys(COLUMN)) {
      expect(await cell(page, 1, zone).inputValue()).toBe(zone === '上合' ? '80' : COLUMN[zone]);
    }
    expect(await cell(page, 2, '上合').inputValue()).toBe('95');
    expect(await cell(page, 3, '自贸片区').inputValue()).toBe('85');

    // The leaderboard ranks on the new scores: 上合's 展实绩 is the trimmed mean 80, 自贸片区's the mean of 88 and 85.
    await page.getByRole('link', { name: '排行榜' }).click();
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const board = await readBoard(page);
    expect(board.find((entry) => entry.zoneId === 'shanghe')?.dimensions[0]).toBeCloseTo(80, 1);
    expect(board.find((entry) => entry.zoneId === 'ftz')?.dimensions[0]).toBeCloseTo(86.5, 1);
    expect(board.find((entry) => entry.zoneId === 'jinjialing')?.dimensions[0]).toBeCloseTo(86, 1);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('shows another window’s edits live: scores, a renamed judge, a removed and restored judge', async () => {
    const app = await openJury();
    await addThreeJudges(app.page);
    const other = await app.context.newPage();
    await other.goto(app.page.url());
    await cell(other, 1, '上合').waitFor();
    await typeFirstColumn(app.page);
    await expect.poll(() => cell(other, 1, '金家岭').inputValue()).toBe(COLUMN.金家岭);
    expect(await other.getByRole('textbox', { name: /^示例评委/ }).count()).toBe(0);

    // Renaming a judge renames the column in both windows.
    const name = app.page.getByRole('textbox', { name: '评委1 的名称' });
    await name.fill('王老师');
    await name.press('Enter');
    await expect
      .poll(() => other.getByRole('textbox', { name: '王老师 · 金家岭 · 展实绩' }).inputValue())
      .toBe(COLUMN.金家岭);
    // Removing a judge takes their scores with them, after a backup the toast's undo restores.
    await app.page.getByRole('button', { name: '删除评委 王老师' }).click();
    await expect.poll(() => other.getByRole('textbox', { name: /^王老师 · / }).count()).toBe(0);
    await app.page.getByRole('status').getByRole('button', { name: '撤销', exact: true }).click();
    await expect
      .poll(() => other.getByRole('textbox', { name: '王老师 · 金家岭 · 展实绩' }).inputValue())
      .toBe(COLUMN.金家岭);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

/** The text of the elements an input's aria-describedby names (what a screen reader reads after its name). */
function describedText(locator: ReturnType<Page['getByRole']>): Promise<string> {
  return locator.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
