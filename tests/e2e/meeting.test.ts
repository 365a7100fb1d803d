import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';
import { openSecondPage } from './secondPage';

const openPage = chromiumForThisFile();

interface StageRowView {
  position: number;
  zoneId: string | null;
  rank: number | null;
  total: number | null;
}

/** The projected ranking as the hall sees it: one entry per position, hidden ones without a zone. */
async function readStage(page: Page, scope = '.stage-box'): Promise<StageRowView[]> {
  const rows = await page.$$eval(`${scope} .stage-row`, (items) =>
    items.map((item) => {
      const element = item as HTMLElement;
      return {
        position: Number(element.dataset.position),
        zoneId: element.dataset.zoneId ?? null,
        rank: element.dataset.rank ? Number(element.dataset.rank) : null,
        total: Number.parseFloat(element.querySelector('.stage-total')?.textContent ?? ''),
      };
    }),
  );
  return rows
    .map((row) => ({ ...row, total: Number.isFinite(row.total) ? row.total : null }))
    .sort((a, b) => a.position - b.position);
}

function stageAttribute(page: Page, name: string): Promise<string | null> {
  return page.locator('.stage').first().getAttribute(name);
}

/** Presenter console (the only writer) and audience window, two pages of one browser profile. */
async function openMeeting(): Promise<{ presenter: AppPage; audience: AppPage }> {
  const presenter = await openPage('#/present');
  await presenter.page.getByText('本窗口正在主持会议').waitFor();
  const audience = await openSecondPage(presenter, '#/audience', { width: 1920, height: 1080 });
  await audience.page.locator('.stage-row').nth(8).waitFor();
  return { presenter, audience };
}

/** The leaderboard's ranking (zone ids, first place first) in a third window of the same profile. */
async function leaderboardOrder(app: AppPage): Promise<string[]> {
  const board = await openSecondPage(app, '#/');
  await board.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  const rows = await readBoard(board.page);
  await board.page.close();
  return rows.map((row) => row.zoneId);
}

describe('meeting mode: presenter console and audience window in Chromium', () => {
  it('shows on the audience a weight change made in the presenter', async () => {
    const { presenter, audience } = await openMeeting();
    const before = await readStage(audience.page);
    expect(before.map((row) => row.zoneId).filter(Boolean)).toHaveLength(9);
    // Only the first dimension counts: totals and very likely the order change.
    const sliders = presenter.page.getByRole('slider');
    const count = await sliders.count();
    for (let index = 0; index < count; index++) {
      await sliders.nth(index).focus();
      await presenter.page.keyboard.press(index === 0 ? 'End' : 'Home');
    }
    await expect
      .poll(async () => JSON.stringify(await readStage(audience.page)))
      .not.toBe(JSON.stringify(before));
    // The audience ends on exactly what the presenter's preview shows, which is the leaderboard's ranking.
    await expect
      .poll(async () => JSON.stringify(await readStage(audience.page)))
      .toBe(JSON.stringify(await readStage(presenter.page)));
    const after = await readStage(audience.page);
    expect(after.map((row) => row.zoneId)).toEqual(await leaderboardOrder(presenter));
    expect(after.map((row) => row.total)).not.toEqual(before.map((row) => row.total));
    expect(await audience.page.locator('.stage-sample').textContent()).toContain('示例数据');
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    expect([...presenter.foreignRequests, ...audience.foreignRequests]).toEqual([]);
    await presenter.context.close();
  });

  it('reveals from the last place to the first as the presenter steps, ending on the podium', async () => {
    const { presenter, audience } = await openMeeting();
    const ranking = await leaderboardOrder(presenter);
    await presenter.page.getByRole('button', { name: '开始揭晓' }).click();
    await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe('0');
    expect((await readStage(audience.page)).every((row) => row.zoneId === null)).toBe(true);
    const revealedOrder: string[] = [];
    for (let step = 1; step <= 9; step++) {
      await presenter.page.keyboard.press(step % 2 === 0 ? 'Space' : 'ArrowRight');
      if (step < 9) {
        await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe(String(step));
        const rows = await readStage(audience.page);
        const shown = rows.filter((row) => row.zoneId !== null);
        expect(shown).toHaveLength(step);
        // The shown positions are always the last `step` ones.
        expect(shown.map((row) => row.position)).toEqual(rows.slice(9 - step).map((row) => row.position));
        const newest = shown[0]?.zoneId ?? '';
        revealedOrder.push(newest);
      }
    }
    await expect.poll(() => audience.page.locator('.podium li[data-zone-id]').count()).toBe(3);
    revealedOrder.push(ranking[0] ?? '');
    expect(revealedOrder).toEqual([...ranking].reverse());
    const podium = await audience.page
      .locator('.podium li[data-zone-id]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.zoneId));
    // Second, first, third from left to right.
    expect(podium).toEqual([ranking[1], ranking[0], ranking[2]]);
    // Back one step leaves the podium and hides first place again.
    await presenter.page.keyboard.press('ArrowLeft');
    await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe('8');
    expect((await readStage(audience.page))[0]?.zoneId).toBeNull();
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await presenter.context.close();
  });

  it('keeps reveal step, zone on stage and the running timer over a reload of either window', async () => {
    const { presenter, audience } = await openMeeting();
    await presenter.page.keyboard.press('t');
    await presenter.page.getByRole('button', { name: '下一位登台' }).click();
    await presenter.page.keyboard.press('t');
    await presenter.page.getByRole('button', { name: '开始揭晓' }).click();
    await presenter.page.keyboard.press('ArrowRight');
    await presenter.page.keyboard.press('ArrowRight');
    await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe('2');
    const zone = await stageAttribute(audience.page, 'data-current-zone');
    expect(zone).toBe('ftz');
    const readClock = (page: Page) => page.locator('.stage-clock-time').first().textContent();

    await audience.page.reload();
    await audience.page.locator('.stage-row').nth(8).waitFor();
    expect(await stageAttribute(audience.page, 'data-reveal')).toBe('2');
    expect(await stageAttribute(audience.page, 'data-current-zone')).toBe('ftz');
    expect(await audience.page.locator('.stage-clock').getAttribute('data-running')).toBe('true');
    const first = await readClock(audience.page);
    await expect.poll(() => readClock(audience.page)).not.toBe(first);

    await presenter.page.reload();
    await presenter.page.getByText('本窗口正在主持会议').waitFor();
    expect(await presenter.page.getByRole('status').filter({ hasText: '已揭晓' }).textContent()).toContain(
      '2 / 9',
    );
    expect(await presenter.page.locator('.running-order li.is-current').getAttribute('data-zone-id')).toBe(
      'ftz',
    );
    expect(await presenter.page.getByRole('button', { name: '暂停计时' }).count()).toBe(1);
    // Still the presenter after the reload: the next step reaches the audience.
    await presenter.page.keyboard.press('ArrowRight');
    await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe('3');
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await presenter.context.close();
  });

  it('blacks out the audience with B in either window, and F there asks for fullscreen on the stage', async () => {
    const { presenter, audience } = await openMeeting();
    await presenter.page.keyboard.press('b');
    await expect.poll(() => stageAttribute(audience.page, 'data-black')).toBe('true');
    expect(await audience.page.locator('.stage-row').count()).toBe(0);
    // A key pressed in the audience window is carried out by the presenter (the only writer).
    await audience.page.keyboard.press('b');
    await expect.poll(() => stageAttribute(audience.page, 'data-black')).toBe('false');
    await audience.page.keyboard.press('f');
    await expect
      .poll(() =>
        audience.page.evaluate(() => document.fullscreenElement?.classList.contains('stage-box') ?? false),
      )
      .toBe(true);
    await audience.page.keyboard.press('f');
    await expect.poll(() => audience.page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // The help overlay lists the keys; typing in a field is not a shortcut.
    await presenter.page.keyboard.press('?');
    await expect.poll(() => presenter.page.getByRole('dialog').count()).toBe(1);
    await presenter.page.getByRole('button', { name: '关闭' }).click();
    await presenter.page.getByLabel('备注').fill('bbb');
    expect(await stageAttribute(audience.page, 'data-black')).toBe('false');
    // The open button opens the audience route in a new window of the same profile (a user gesture).
    const [popup] = await Promise.all([
      presenter.context.waitForEvent('page'),
      presenter.page.getByRole('button', { name: '打开投影窗口' }).click(),
    ]);
    await popup.locator('.stage-row').nth(8).waitFor();
    expect(new URL(popup.url()).hash).toBe('#/audience');
    expect(await popup.locator('.app-header').count()).toBe(0);
    expect(await presenter.page.getByRole('alert').count()).toBe(0);
    expect([...presenter.errors, ...audience.errors]).toEqual([]);
    await presenter.context.close();
  });

  it('lets a second presenter window only read until it takes over explicitly', async () => {
    const { presenter, audience } = await openMeeting();
    const second = await openSecondPage(presenter, '#/present');
    await second.page.getByText('另一个主持窗口正在控制会议').waitFor();
    expect(await second.page.getByRole('button', { name: '黑屏' }).isDisabled()).toBe(true);
    await second.page.keyboard.press('b');
    await presenter.page.keyboard.press('t');
    await expect.poll(() => audience.page.locator('.stage-clock').getAttribute('data-running')).toBe('true');
    expect(await stageAttribute(audience.page, 'data-black')).toBe('false');
    await second.page.getByRole('button', { name: '由本窗口接管' }).click();
    await second.page.getByText('本窗口正在主持会议').waitFor();
    await presenter.page.getByText('另一个主持窗口正在控制会议').waitFor();
    await second.page.keyboard.press('b');
    await expect.poll(() => stageAttribute(audience.page, 'data-black')).toBe('true');
    // The taken-over window's keys change nothing.
    await presenter.page.keyboard.press('b');
    await presenter.page.waitForTimeout(300);
    expect(await stageAttribute(audience.page, 'data-black')).toBe('true');
    expect([...presenter.errors, ...audience.errors, ...second.errors]).toEqual([]);
    await presenter.context.close();
  });

  it('takes screenshots of a rehearsal: presenter console and the 1920×1080 audience window', async () => {
    const { presenter, audience } = await openMeeting();
    await presenter.page.getByRole('button', { name: '请“青岛蓝谷”登台' }).click();
    await presenter.page.keyboard.press('t');
    await presenter.page.getByRole('button', { name: '开始揭晓' }).click();
    for (let step = 0; step < 5; step++) await presenter.page.keyboard.press('ArrowRight');
    await expect.poll(() => stageAttribute(audience.page, 'data-reveal')).toBe('5');
    await presenter.page.getByRole('button', { name: '“青岛蓝谷”上移一位' }).waitFor();
    // Let the row animations settle before the pictures.
    await audience.page.waitForTimeout(1200);
    await mkdir('public/screenshots', { recursive: true });
    await presenter.page.screenshot({ path: 'public/screenshots/present.png', fullPage: true });
    await audience.page.screenshot({ path: 'public/screenshots/audience.png' });
    const size = await audience.page.evaluate(() => [window.innerWidth, window.innerHeight]);
    expect(size).toEqual([1920, 1080]);
    await presenter.context.close();
  });
});
