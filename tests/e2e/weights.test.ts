import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BoardRowView, readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

async function openBoard(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

const slider = (page: Page, name: string) => page.getByRole('slider', { name: `“${name}”的权重` });

async function sliderValues(page: Page): Promise<string[]> {
  return page
    .getByRole('slider')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function shareOf(page: Page, nodeId: string): Promise<number> {
  const text = await page.locator(`li[data-node-id="${nodeId}"] .weight-share`).textContent();
  return Number.parseFloat(text ?? '');
}

/** The zone order and totals: what a viewer would call "the ranking". */
const rankingOf = (rows: readonly BoardRowView[]) =>
  rows.map((row) => `${row.zoneId}:${row.rank}:${row.total}`);

async function reloadBoard(app: AppPage) {
  // The save is debounced by 150 ms; give IndexedDB time to commit before reloading.
  await app.page.waitForTimeout(600);
  await app.page.reload();
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
}

describe('weights panel in Chromium (production build)', () => {
  it('re-ranks while a slider is dragged, and undoes the whole drag as one step', async () => {
    const app = await openBoard();
    const initial = await readBoard(app.page);
    const quantified = slider(app.page, '量化实绩');
    const box = await quantified.boundingBox();
    if (!box) throw new Error('slider not visible');
    const y = box.y + box.height / 2;
    await app.page.mouse.move(box.x + box.width * 0.1, y);
    await app.page.mouse.down();
    let changedMidDrag = false;
    for (let step = 1; step <= 10; step++) {
      await app.page.mouse.move(box.x + box.width * (0.1 + 0.09 * step), y);
      if (step === 5)
        changedMidDrag = rankingOf(await readBoard(app.page)).join() !== rankingOf(initial).join();
    }
    await app.page.mouse.up();
    // The table follows the pointer before it is released (no save or debounce in the way).
    expect(changedMidDrag).toBe(true);
    const dragged = await readBoard(app.page);
    expect(Number(await quantified.inputValue())).toBeGreaterThan(90);
    expect(dragged.map((row) => row.zoneId)).not.toEqual(initial.map((row) => row.zoneId));
    expect(dragged.map((row) => row.rank)).toEqual([...dragged.map((row) => row.rank)].sort((a, b) => a - b));
    const undo = app.page.getByRole('button', { name: '撤回权重调整' });
    await undo.click();
    await expect.poll(async () => rankingOf(await readBoard(app.page))).toEqual(rankingOf(initial));
    // Ten pointer moves, one undo step.
    expect(await undo.isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps a locked share while another slider moves; the unlocked siblings absorb the change', async () => {
    const app = await openBoard();
    expect(await shareOf(app.page, 'dim-achievements')).toBe(35);
    await app.page.getByRole('button', { name: '锁定“展实绩”的占比' }).click();
    expect(await slider(app.page, '展实绩').isDisabled()).toBe(true);
    await slider(app.page, '谈打算').focus();
    await app.page.keyboard.press('End');
    expect(await shareOf(app.page, 'dim-achievements')).toBe(35);
    // 谈打算 takes everything the lock leaves; 晒不足 and 量化实绩 drop to 0.
    expect(await shareOf(app.page, 'dim-plans')).toBe(65);
    expect(await shareOf(app.page, 'dim-shortfalls')).toBe(0);
    await slider(app.page, '谈打算').focus();
    await app.page.keyboard.press('Home');
    expect(await shareOf(app.page, 'dim-achievements')).toBe(35);
    const shares = await Promise.all(
      ['dim-achievements', 'dim-shortfalls', 'dim-plans', 'dim-quantitative'].map((id) =>
        shareOf(app.page, id),
      ),
    );
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z; the result survives a reload', async () => {
    const app = await openBoard();
    const initial = await readBoard(app.page);
    await slider(app.page, '展实绩').focus();
    await app.page.keyboard.press('Home');
    const first = await readBoard(app.page);
    await slider(app.page, '谈打算').focus();
    await app.page.keyboard.press('Home');
    const second = await readBoard(app.page);
    expect(rankingOf(second)).not.toEqual(rankingOf(first));
    await app.page.keyboard.press('Control+z');
    await expect.poll(async () => rankingOf(await readBoard(app.page))).toEqual(rankingOf(first));
    await app.page.keyboard.press('Control+z');
    await expect.poll(async () => rankingOf(await readBoard(app.page))).toEqual(rankingOf(initial));
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => rankingOf(await readBoard(app.page))).toEqual(rankingOf(first));
    const values = await sliderValues(app.page);
    expect(values).toEqual(['0', '20', '35', '10']);
    await reloadBoard(app);
    expect(rankingOf(await readBoard(app.page))).toEqual(rankingOf(first));
    expect(await sliderValues(app.page)).toEqual(values);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('applies a preset from the bundle as an undoable draft', async () => {
    const app = await openBoard();
    await app.page.getByRole('combobox', { name: '预设权重' }).selectOption({ label: '重实绩（示例预设）' });
    await app.page.getByRole('button', { name: '应用预设' }).click();
    expect(await sliderValues(app.page)).toEqual(['50', '10', '25', '15']);
    await app.page.getByRole('button', { name: '撤回权重调整' }).click();
    expect(await sliderValues(app.page)).toEqual(['35', '20', '35', '10']);
    await app.context.close();
  });

  it('saves the weights as a new scorecard and makes it the active one', async () => {
    const app = await openBoard();
    await slider(app.page, '量化实绩').focus();
    await app.page.keyboard.press('End');
    const before = await readBoard(app.page);
    await app.page.getByRole('button', { name: '另存为新方案…' }).click();
    const name = app.page.getByRole('textbox', { name: '新方案名称' });
    expect(await name.inputValue()).toBe('功能区擂台赛（默认）（副本）');
    await name.fill('量化优先');
    await app.page.getByRole('button', { name: '保存并启用' }).click();
    const picker = app.page.getByRole('combobox', { name: '当前评分方案' });
    await expect.poll(() => picker.inputValue()).toBe('contest-2023-copy');
    expect(await picker.locator('option:checked').textContent()).toContain('量化优先 · r1');
    // The weights are baked into the new scorecard: they are its own, so there is nothing to reset.
    expect(await sliderValues(app.page)).toEqual(['35', '20', '35', '100']);
    expect(await app.page.getByRole('button', { name: '恢复方案权重' }).isDisabled()).toBe(true);
    expect(rankingOf(await readBoard(app.page))).toEqual(rankingOf(before));
    expect(await app.page.locator('.toast').textContent()).toContain('已另存为评分方案“量化优先”');
    await reloadBoard(app);
    expect(await app.page.getByRole('combobox', { name: '当前评分方案' }).inputValue()).toBe(
      'contest-2023-copy',
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
